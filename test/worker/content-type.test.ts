import { describe, expect, it } from "vitest";
import { posted, uniqueThread } from "./comments-helpers";
import { admin, call, createCampaign } from "./helpers";

// API.md: "All bodies are JSON (`application/json; charset=utf-8`)" — answers, errors and
// cached re-reads alike.
describe("JSON answers", () => {
  it("are labelled application/json; charset=utf-8, errors and repeated reads included", async () => {
    const slug = await createCampaign();
    const thread = uniqueThread();
    await posted({ thread, body: "hello" });
    const answers = [
      await call("GET", `/api/v1/campaigns/${slug}`),
      await call("GET", `/api/v1/campaigns/${slug}`),
      await call("GET", `/api/v1/comments?thread=${encodeURIComponent(thread)}`),
      await call("GET", `/api/v1/comments?thread=${encodeURIComponent(thread)}`),
      await call("GET", `/api/v1/embed?campaign=${slug}&thread=${encodeURIComponent(thread)}`),
      await call("POST", "/api/v1/comments", { body: { thread, body: "" } }),
      await call("GET", "/api/v1/campaigns/no-such-campaign"),
      await call("GET", "/api/v1/no-such-route"),
      await admin("GET", "/api/v1/admin/campaigns"),
      await call("GET", "/api/v1/admin/campaigns"),
      await call("GET", "/no-such-page"),
      await call("GET", "/openapi.json"),
    ];
    for (const res of answers) expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });
});
