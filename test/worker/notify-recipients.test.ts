import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { uniqueThread } from "./comments-helpers";
import { mockWebhook, notifyHarness, subscribed, uniqueEmail } from "./notify-helpers";

let web: ReturnType<typeof mockWebhook>;
beforeEach(() => {
  web = mockWebhook();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("who gets what", () => {
  it("a reply produces exactly one notification for the person replied to", async () => {
    const h = notifyHarness();
    const thread = uniqueThread();
    const alice = uniqueEmail("alice");
    const bob = uniqueEmail("bob");
    const parentId = await subscribed(h, web, thread, alice, "replies");

    const reply = await h.post({
      thread,
      parentId,
      author: { name: "Bob", email: bob },
      body: "I **disagree**, politely.",
    });
    expect(reply.status).toBe(201);
    await h.run();

    expect(web.hooks).toHaveLength(1);
    const [hook] = web.to(alice);
    expect(hook!.body).toMatchObject({ kind: "reply", to: alice, subject: "Bob replied to your comment" });
    expect(hook!.body.text).toContain("I **disagree**, politely.");
    expect(hook!.body.comment).toEqual({
      id: reply.json.comment.id,
      thread,
      url: `https://blog.example${thread}#${reply.json.comment.id}`,
    });
  });

  it("tells thread subscribers of every new comment and replies subscribers only of replies to their comment", async () => {
    const h = notifyHarness();
    const thread = uniqueThread();
    const follower = uniqueEmail("follower");
    const replier = uniqueEmail("replier");
    await subscribed(h, web, thread, follower, "thread");
    const replierComment = await subscribed(h, web, thread, replier, "replies");
    web.hooks.length = 0;

    await h.post({ thread, author: { name: "Carol" } });
    await h.run();
    expect(web.hooks.map((hook) => [hook.body.to, hook.body.kind])).toEqual([[follower, "thread"]]);

    web.hooks.length = 0;
    await h.post({ thread, parentId: replierComment, author: { name: "Carol" } });
    await h.run();
    expect(web.hooks.map((hook) => [hook.body.to, hook.body.kind]).sort()).toEqual([
      [follower, "thread"],
      [replier, "reply"],
    ]);
  });

  it("mails someone subscribed both ways once, as a reply", async () => {
    const h = notifyHarness();
    const thread = uniqueThread();
    const both = uniqueEmail("both");
    await subscribed(h, web, thread, both, "thread");
    const second = await subscribed(h, web, thread, both, "replies");

    await h.post({ thread, parentId: second, author: { name: "Dan" } });
    await h.run();
    expect(web.hooks.map((hook) => hook.body.kind)).toEqual(["reply"]);
  });

  it("never mails anyone about their own comment, whatever the case of the address", async () => {
    const h = notifyHarness();
    const thread = uniqueThread();
    const self = uniqueEmail("self");
    const first = await subscribed(h, web, thread, self, "thread");

    await h.post({ thread, parentId: first, author: { name: "me", email: `  ${self.toUpperCase()} ` } });
    await h.post({ thread, author: { name: "me", email: self } });
    await h.run();
    expect(web.hooks).toEqual([]);
  });

  it("does not mail thread subscribers of other threads", async () => {
    const h = notifyHarness();
    const follower = uniqueEmail("follower");
    await subscribed(h, web, uniqueThread(), follower, "thread");
    await h.post({ thread: uniqueThread(), author: { name: "Eve" } });
    await h.run();
    expect(web.hooks).toEqual([]);
  });

  it("queues nothing for a honeypot (spam) comment", async () => {
    const h = notifyHarness({ OWNER_EMAIL: uniqueEmail("owner") });
    const res = await h.post({
      thread: uniqueThread(),
      website: "http://spam.example",
      author: { email: uniqueEmail() },
      notify: "thread",
    });
    expect(res.status).toBe(202);
    expect(h.queued).toEqual([]);
  });
});

describe("moderation", () => {
  it("notifies subscribers of a held comment only once it is approved", async () => {
    const open = notifyHarness();
    const thread = uniqueThread();
    const alice = uniqueEmail("alice");
    const parentId = await subscribed(open, web, thread, alice, "replies");

    const held = notifyHarness({ MODERATION: "all" });
    const reply = await held.post({ thread, parentId, author: { name: "Bob" } });
    expect(reply.status).toBe(202);
    await held.run();
    expect(web.hooks).toEqual([]);

    const approved = await held.admin("PATCH", `/api/v1/admin/comments/${reply.json.comment.id}`, {
      body: { status: "approved" },
    });
    expect(approved.status).toBe(200);
    await held.run();
    expect(web.hooks.map((hook) => [hook.body.to, hook.body.kind])).toEqual([[alice, "reply"]]);

    // Approving again (or pinning) publishes nothing new.
    await held.admin("PATCH", `/api/v1/admin/comments/${reply.json.comment.id}`, {
      body: { status: "approved", pinned: true },
    });
    expect(held.queued).toEqual([]);
  });

  it("tells the site owner about a comment waiting in moderation, once", async () => {
    const owner = uniqueEmail("owner");
    const h = notifyHarness({ MODERATION: "all", OWNER_EMAIL: owner });
    const thread = uniqueThread();
    const author = uniqueEmail("writer");
    const res = await h.post({ thread, author: { name: "Writer", email: author }, body: "Please approve me" });
    expect(res.status).toBe(202);
    await h.run();
    await h.consume([{ type: "held", commentId: res.json.comment.id, origin: "http://goalpost.test" }]);
    await h.run();

    expect(web.hooks).toHaveLength(1);
    const [hook] = web.to(owner);
    expect(hook!.body).toMatchObject({ kind: "moderation", subject: "A comment by Writer is waiting for moderation" });
    expect(hook!.body.text).toContain("Please approve me");
    expect(hook!.body.text).toContain(author);
    expect(hook!.body.text).toContain(res.json.comment.id);
  });

  it("does not tell the owner about their own held comment, nor one approved before the notice went out", async () => {
    const owner = uniqueEmail("owner");
    const h = notifyHarness({ MODERATION: "all", OWNER_EMAIL: owner });
    const own = await h.post({ thread: uniqueThread(), author: { name: "Owner", email: owner.toUpperCase() } });
    await h.run();
    expect(web.hooks).toEqual([]);

    const other = await h.post({ thread: uniqueThread(), author: { name: "Someone" } });
    await h.admin("PATCH", `/api/v1/admin/comments/${other.json.comment.id}`, { body: { status: "approved" } });
    await h.run();
    expect(web.to(owner)).toEqual([]);
    expect(own.status).toBe(202);
  });

  it("stores the subscription of a held comment and confirms the address only after approval", async () => {
    const h = notifyHarness({ MODERATION: "all" });
    const email = uniqueEmail("held");
    const res = await h.post({ thread: uniqueThread(), author: { name: "H", email }, notify: "thread" });
    await h.run();
    expect(web.hooks).toEqual([]);
    await h.admin("PATCH", `/api/v1/admin/comments/${res.json.comment.id}`, { body: { status: "approved" } });
    await h.run();
    expect(web.to(email).map((hook) => hook.body.kind)).toEqual(["confirm"]);
    const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM notification_deliveries WHERE comment_id = ?1")
      .bind(res.json.comment.id)
      .first();
    expect(row).toEqual({ n: 1 });
  });
});
