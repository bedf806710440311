import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { postWith } from "./abuse-helpers";
import { list, moderate, post, posted, stored, uniqueThread } from "./comments-helpers";
import { admin, call, errorOf } from "./helpers";

const adminList = (query: string) => admin("GET", `/api/v1/admin/comments?${query}`);

afterEach(() => vi.useRealTimers());

describe("MODERATION", () => {
  it("all: holds every comment with 202, status pending and the edit token", async () => {
    const thread = uniqueThread();
    const res = await postWith({ MODERATION: "all" }, { thread, author: { name: "jo", email: "jo@example.org" } });
    expect(res.status).toBe(202);
    expect(res.json.comment).toMatchObject({ thread, status: "pending", body: "hello", author: { name: "jo" } });
    expect(res.json.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await list(thread)).json).toMatchObject({ total: 0, comments: [] });
    const queue = await adminList(`thread=${encodeURIComponent(thread)}`);
    expect(queue.json.comments).toEqual([
      expect.objectContaining({
        id: res.json.comment.id,
        status: "pending",
        author: { name: "jo", email: "jo@example.org" },
      }),
    ]);
    await moderate(res.json.comment.id, { status: "approved" });
    expect((await list(thread)).json.total).toBe(1);
  });

  it("first: holds an author key's first comment, publishes once one is approved", async () => {
    const thread = uniqueThread();
    const key = { "X-Goalpost-Author": `k${crypto.randomUUID().replaceAll("-", "")}` };
    const first = await postWith({ MODERATION: "first" }, { thread }, key);
    expect(first.status).toBe(202);
    expect((await postWith({ MODERATION: "first" }, { thread }, key)).status).toBe(202);
    await moderate(first.json.comment.id, { status: "approved" });
    const again = await postWith({ MODERATION: "first" }, { thread }, key);
    expect(again.status).toBe(201);
    expect(again.json.comment.status).toBe("approved");
  });

  it("first: always holds comments without an author key", async () => {
    const thread = uniqueThread();
    expect((await postWith({ MODERATION: "first" }, { thread })).status).toBe(202);
  });

  it("off: publishes at once", async () => {
    expect((await postWith({ MODERATION: "off" }, { thread: uniqueThread() })).status).toBe(201);
  });
});

describe("honeypot", () => {
  it("stores a filled-in website as spam and answers like a pending comment", async () => {
    const thread = uniqueThread();
    const res = await post({
      thread,
      website: "http://spam.example",
      author: { email: "bot@example.org" },
      notify: "thread",
    });
    expect(res.status).toBe(202);
    expect(res.json.comment.status).toBe("pending");
    expect(res.json.editToken).toEqual(expect.any(String));
    expect((await list(thread)).json.total).toBe(0);
    const spam = await adminList(`status=spam&thread=${encodeURIComponent(thread)}`);
    expect(spam.json.comments.map((c: any) => c.id)).toEqual([res.json.comment.id]);
    expect(await stored(thread)).toMatchObject({ comments: 1, subscriptions: 0 });
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After past RATE_LIMIT_COMMENTS a minute per IP and stores nothing", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 2, 1, 12, 0, 15));
    const thread = uniqueThread();
    const ip = { "CF-Connecting-IP": "198.51.100.23" };
    const vars = { RATE_LIMIT_COMMENTS: "2" };
    expect((await postWith(vars, { thread }, ip)).status).toBe(201);
    expect((await postWith(vars, { thread }, ip)).status).toBe(201);
    const limited = await postWith(vars, { thread }, ip);
    expect(limited.status).toBe(429);
    expect(errorOf(limited).code).toBe("rate_limited");
    expect(limited.headers.get("retry-after")).toBe("45");
    expect(await stored(thread)).toMatchObject({ comments: 2 });
    expect((await postWith(vars, { thread }, { "CF-Connecting-IP": "198.51.100.24" })).status).toBe(201);
    vi.setSystemTime(Date.UTC(2026, 2, 1, 12, 1, 0));
    expect((await postWith(vars, { thread }, ip)).status).toBe(201);
  });

  it("counts only stored comments: a rejected post leaves the rate-limit window as it was", async () => {
    // One stopped minute, so the window cannot turn between the two stored posts and the third.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 2, 1, 12, 5, 15));
    const thread = uniqueThread();
    const ip = { "CF-Connecting-IP": "198.51.100.77" };
    const vars = { RATE_LIMIT_COMMENTS: "2" };
    const window = () => env.DB.prepare("SELECT COALESCE(SUM(count), 0) AS n FROM comment_rate").first<{ n: number }>();
    const before = await window();
    for (let i = 0; i < 3; i++) expect((await postWith(vars, { thread, parentId: "c_missing" }, ip)).status).toBe(404);
    expect((await postWith(vars, { thread, body: " " }, ip)).status).toBe(400);
    expect(await window()).toEqual(before);
    expect((await postWith(vars, { thread }, ip)).status).toBe(201);
    expect((await postWith(vars, { thread }, ip)).status).toBe(201);
    expect((await postWith(vars, { thread }, ip)).status).toBe(429);
  });

  it("never stores the raw IP", async () => {
    const thread = uniqueThread();
    await postWith({}, { thread }, { "CF-Connecting-IP": "192.0.2.199" });
    const rows = await env.DB.prepare("SELECT ip_hash FROM comment_rate UNION ALL SELECT ip_hash FROM comments").all();
    expect(JSON.stringify(rows.results)).not.toContain("192.0.2.199");
  });
});

describe("admin comments API", () => {
  it("lists pending by default, newest first, paginated", async () => {
    const thread = uniqueThread();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await postWith({ MODERATION: "all" }, { thread })).json.comment.id);
    const first = await adminList(`thread=${encodeURIComponent(thread)}&limit=2`);
    expect(first.status).toBe(200);
    const second = await adminList(`thread=${encodeURIComponent(thread)}&limit=2&cursor=${first.json.nextCursor}`);
    const seen = [...first.json.comments, ...second.json.comments].map((c: any) => c.id);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(second.json.nextCursor).toBeNull();
    expect(first.json.comments.every((c: any) => c.status === "pending")).toBe(true);
  });

  it("requires the admin token and validates status", async () => {
    expect((await call("GET", "/api/v1/admin/comments")).status).toBe(401);
    const bad = await adminList("status=hidden");
    expect(bad.status).toBe(400);
    expect(errorOf(bad).issues?.[0]?.path).toBe("status");
  });

  it("marking a comment with replies as spam leaves a placeholder and keeps total right", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread, body: "buy pills" });
    await posted({ thread, parentId: root.id });
    const updated = await moderate(root.id, { status: "spam" });
    expect(updated).toMatchObject({ status: "spam", replyCount: 1 });
    const page = (await list(thread)).json;
    expect(page.total).toBe(1);
    expect(page.comments[0]).toMatchObject({ deleted: true, body: "", author: null, replyCount: 1 });
  });

  it("pins and edits a comment", async () => {
    const thread = uniqueThread();
    await posted({ thread });
    const { id } = await posted({ thread });
    const res = await moderate(id, { pinned: true, body: "edited by **staff**" });
    expect(res).toMatchObject({
      pinned: true,
      body: "edited by **staff**",
      html: "<p>edited by <strong>staff</strong></p>\n",
    });
    expect((await list(thread, { sort: "newest" })).json.comments[0]).toMatchObject({ id, pinned: true });
  });

  it("hard-deletes a comment with its replies and their votes", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread });
    const child = await posted({ thread, parentId: root.id });
    const grandchild = await posted({ thread, parentId: child.id });
    const sibling = await posted({ thread, parentId: root.id });
    await call("POST", `/api/v1/comments/${grandchild.id}/votes`, { body: { voter: "v".repeat(16), value: 1 } });
    const res = await admin("DELETE", `/api/v1/admin/comments/${child.id}`);
    expect(res.status).toBe(204);
    expect(await stored(thread)).toEqual({ comments: 2, votes: 0, subscriptions: 0 });
    const page = (await list(thread)).json;
    expect(page.total).toBe(2);
    expect(page.comments[0]).toMatchObject({ replyCount: 1, replies: [expect.objectContaining({ id: sibling.id })] });
    expect((await admin("DELETE", `/api/v1/admin/comments/${child.id}`)).status).toBe(404);
  });

  it("answers 404 and 400 on PATCH for unknown comments and bad input, changing nothing", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    expect((await admin("PATCH", "/api/v1/admin/comments/c_nope", { body: { pinned: true } })).status).toBe(404);
    const bad = await admin("PATCH", `/api/v1/admin/comments/${id}`, { body: { status: "hidden", pinned: "yes" } });
    expect(bad.status).toBe(400);
    expect(
      errorOf(bad)
        .issues?.map((i) => i.path)
        .sort(),
    ).toEqual(["pinned", "status"]);
    expect((await list(thread)).json.comments[0]).toMatchObject({ pinned: false, deleted: false });
  });
});

describe("GET /openapi.json", () => {
  it("describes every comment endpoint", async () => {
    const doc = (await call("GET", "/openapi.json")).json;
    expect(doc.paths["/api/v1/comments"]).toHaveProperty("get");
    expect(doc.paths["/api/v1/comments"]).toHaveProperty("post");
    expect(doc.paths["/api/v1/comments/{id}"]).toHaveProperty("patch");
    expect(doc.paths["/api/v1/comments/{id}"]).toHaveProperty("delete");
    expect(doc.paths["/api/v1/comments/{id}/votes"]).toHaveProperty("post");
    expect(doc.paths["/api/v1/counts"]).toHaveProperty("get");
    expect(doc.paths["/api/v1/embed"]).toHaveProperty("get");
    expect(doc.paths["/api/v1/admin/comments"]).toHaveProperty("get");
    expect(doc.paths["/api/v1/admin/comments/{id}"]).toHaveProperty("patch");
    expect(doc.paths["/api/v1/admin/comments/{id}"]).toHaveProperty("delete");
    expect(doc.components.schemas).toHaveProperty("Comment");
  });
});
