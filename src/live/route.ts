import { createRoute, z } from "@hono/zod-openapi";
import { ApiError } from "../errors";
import { SlugSchema } from "../schemas/campaigns";
import { ThreadKey } from "../schemas/comments";
import { ErrorSchema } from "../schemas/common";
import { createRouter } from "../validation";
import { liveOn, maxConnections } from "./config";

/** GET /api/v1/live: the WebSocket that pushes a thread's and a campaign's changes. */
export const live = createRouter();

const LiveQuery = z
  .object({
    thread: ThreadKey.optional().openapi({ description: "thread key whose comments to follow" }),
    campaign: SlugSchema.optional().openapi({ description: "campaign slug whose progress to follow" }),
  })
  .refine((q) => q.thread !== undefined || q.campaign !== undefined, {
    message: "give a thread, a campaign or both",
    path: ["thread"],
  });

const error = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });

live.openapi(
  createRoute({
    method: "get",
    path: "/live",
    tags: ["Live"],
    summary: "WebSocket of live updates for a thread and/or a campaign (docs/live.md)",
    description:
      "Upgrade with `Upgrade: websocket`. The server pushes JSON text messages: " +
      "`comment` (a new or changed visible comment, with its html), `removed` (id), `votes` (id and tallies, " +
      "at most one per comment per second) and `campaign` (the public progress). Clients may send `ping` " +
      "(answered `pong`). A page with both a thread and a campaign needs one socket.",
    request: { query: LiveQuery },
    responses: {
      101: { description: "Switching protocols: the WebSocket is open" },
      400: error("validation_failed: no thread and no campaign, or a malformed one"),
      426: error("upgrade_required: not a WebSocket upgrade request"),
      429: error("rate_limited: this thread or campaign has its maximum of open sockets"),
      503: error("live_disabled: LIVE=off"),
    },
  }),
  async (c) => {
    if (!liveOn(c.env)) throw new ApiError(503, "live_disabled", "Live updates are turned off (LIVE=off)");
    const { thread, campaign } = c.req.valid("query");
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
      throw new ApiError(
        426,
        "upgrade_required",
        "GET /api/v1/live is a WebSocket: send Upgrade: websocket",
        undefined,
        {
          Upgrade: "websocket",
        },
      );
    }
    const target = new URL("https://live.internal/connect");
    target.searchParams.set("max", String(maxConnections(c.env)));
    if (campaign) target.searchParams.set("campaign", campaign);
    // A thread socket carries the campaign too: one socket per page.
    const stub = thread ? c.env.LIVE_THREAD.getByName(thread) : c.env.LIVE_CAMPAIGN.getByName(campaign!);
    const res = await stub.fetch(new Request(target, { headers: c.req.raw.headers }));
    if (res.status === 101 && thread && campaign) {
      // The campaign relays its progress to this thread's object from now on.
      await c.env.LIVE_CAMPAIGN.getByName(campaign).follow(thread);
    }
    return res;
  },
);
