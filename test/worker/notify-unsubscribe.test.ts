import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { uniqueThread } from "./comments-helpers";
import { errorOf } from "./helpers";
import { linkIn, mockWebhook, notifyHarness, subscribed, uniqueEmail } from "./notify-helpers";

let web: ReturnType<typeof mockWebhook>;
beforeEach(() => {
  web = mockWebhook();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A thread with a confirmed follower who has just received one notification. */
async function notified() {
  const h = notifyHarness();
  const thread = uniqueThread();
  const follower = uniqueEmail("follower");
  await subscribed(h, web, thread, follower, "thread");
  await h.post({ thread, author: { name: "Carol" } });
  await h.run();
  const [hook] = web.to(follower);
  web.hooks.length = 0;
  return { h, thread, follower, hook: hook! };
}

describe("unsubscribe", () => {
  it("carries the link in the text, the HTML and the List-Unsubscribe header pair", async () => {
    const { hook } = await notified();
    const url = hook.body.unsubscribeUrl as string;
    expect(url).toMatch(/^http:\/\/goalpost\.test\/api\/v1\/unsubscribe\?token=[A-Za-z0-9_-]{43}$/);
    expect(hook.body.headers).toEqual({
      "List-Unsubscribe": `<${url}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(hook.body.text).toContain(url);
    expect(hook.body.html).toContain(`href="${url}"`);
  });

  it("POST stops the thread's notifications and answers the same again", async () => {
    const { h, thread, hook } = await notified();
    const link = linkIn(hook, "unsubscribe");
    const res = await h.call("POST", link);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ unsubscribed: true, scope: "thread", thread });
    expect((await h.call("POST", link)).json).toEqual({ unsubscribed: true, scope: "thread", thread });

    await h.post({ thread, author: { name: "Carol" }, body: "again" });
    await h.run();
    expect(web.hooks).toEqual([]);
  });

  it("accepts the RFC 8058 one-click POST with its form body", async () => {
    const { h, thread, hook } = await notified();
    const res = await h.call("POST", linkIn(hook, "unsubscribe"), {
      raw: "List-Unsubscribe=One-Click",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ unsubscribed: true, scope: "thread" });

    await h.post({ thread, author: { name: "Carol" }, body: "again" });
    await h.run();
    expect(web.hooks).toEqual([]);
  });

  it("shows browsers a small HTML page after the button's POST", async () => {
    const { h, hook } = await notified();
    const res = await h.call("POST", linkIn(hook, "unsubscribe"), { headers: { Accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.text).toContain("Unsubscribed");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("answers 404 for an unknown token", async () => {
    const h = notifyHarness();
    const res = await h.call("POST", `/api/v1/unsubscribe?token=${"b".repeat(43)}`);
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe("not_found");
  });

  it("lets the owner stop moderation notices", async () => {
    const owner = uniqueEmail("owner");
    const h = notifyHarness({ MODERATION: "all", OWNER_EMAIL: owner });
    await h.post({ thread: uniqueThread(), author: { name: "A" } });
    await h.run();
    const res = await h.call("POST", linkIn(web.to(owner)[0]!, "unsubscribe"));
    expect(res.json).toMatchObject({ scope: "moderation" });
    await h.post({ thread: uniqueThread(), author: { name: "B" } });
    await h.run();
    expect(web.to(owner)).toHaveLength(1);
  });
});

describe("GET /openapi.json", () => {
  it("documents the confirmation and unsubscribe endpoints", async () => {
    const doc = (await notifyHarness().call("GET", "/openapi.json")).json;
    expect(Object.keys(doc.paths["/api/v1/subscriptions/confirm"]).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/unsubscribe"]).sort()).toEqual(["get", "post"]);
    expect(doc.paths["/api/v1/unsubscribe"].post.parameters[0]).toMatchObject({
      name: "token",
      in: "query",
      required: true,
    });
  });
});
