import { createApp } from "./app";
import type { Bindings } from "./env";
import { live } from "./live/route";
import { consumeNotifications } from "./notify/consumer";
import { adminBlocks } from "./routes/admin/blocks";
import { adminCampaigns } from "./routes/admin/campaigns";
import { adminComments } from "./routes/admin/comments";
import { adminDonations } from "./routes/admin/donations";
import { adminDonorWall } from "./routes/admin/donor-wall";
import { adminExport } from "./routes/admin/export";
import { adminImport } from "./routes/admin/import";
import { adminModeration } from "./routes/admin/moderation";
import { adminPace } from "./routes/admin/pace";
import { adminPrivacy } from "./routes/admin/privacy";
import { adminSpam } from "./routes/admin/spam";
import { campaigns } from "./routes/campaigns";
import { commentActions } from "./routes/comment-actions";
import { commentReplies } from "./routes/comment-replies";
import { comments } from "./routes/comments";
import { consolePages } from "./routes/console";
import { embed } from "./routes/embed";
import { pages } from "./routes/pages";
import { fromAssets } from "./routes/static-assets";
import { subscriptions } from "./routes/subscriptions";
import { webhooks } from "./routes/webhooks";

const app = createApp();

app.route("/api/v1/campaigns", campaigns);
app.route("/api/v1/admin/campaigns", adminCampaigns);
app.route("/api/v1/admin/campaigns", adminDonations);
app.route("/api/v1/admin/campaigns", adminDonorWall);
app.route("/api/v1/admin/campaigns", adminPace);
app.route("/api/v1", comments);
app.route("/api/v1", commentActions);
app.route("/api/v1", commentReplies);
app.route("/api/v1/embed", embed);
app.route("/api/v1/admin/comments", adminComments);
app.route("/api/v1/admin/moderation", adminModeration);
app.route("/api/v1/admin/privacy", adminPrivacy);
app.route("/api/v1/admin/import", adminImport);
app.route("/api/v1/admin/export", adminExport);
app.route("/api/v1/admin/blocks", adminBlocks);
app.route("/api/v1/admin/spam", adminSpam);
app.route("/api/v1/webhooks", webhooks);
app.route("/api/v1", subscriptions);
app.route("/api/v1", live);
// "/admin/" (a typed or bookmarked URL) is the console too.
app.get("/admin/", (c) => c.redirect("/admin", 308));
app.route("/admin", consolePages);
app.route("/", pages);

// /openapi.json is built from these routes (OPENAPI_CONFIG, src/openapi.ts) as a static asset.
app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
app.get("/openapi.json", fromAssets);

// The live updates' Durable Object classes (wrangler.toml durable_objects).
export { LiveCampaign } from "./live/campaign-object";
export { LiveThread } from "./live/thread-object";
export { app };

// `fetch` for HTTP, `queue` for the NOTIFICATIONS consumer.
export default {
  fetch: app.fetch,
  queue: (batch, env, _ctx) => consumeNotifications(batch, env),
} satisfies ExportedHandler<Bindings>;
