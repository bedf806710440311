import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { list, post, posted, uniqueThread } from "./comments-helpers";
import { admin, call, errorOf } from "./helpers";

afterEach(() => vi.useRealTimers());

const path = (email: string) => `/api/v1/admin/privacy?email=${encodeURIComponent(email)}`;
const uniqueEmail = () => `reader-${crypto.randomUUID().slice(0, 8)}@example.org`;

describe("GET /api/v1/admin/privacy (export)", () => {
  it("returns every comment and subscription of the address, whatever its case, without secrets", async () => {
    const email = uniqueEmail();
    const thread = uniqueThread();
    await posted({ thread, body: "mine", author: { name: "Ann", email } });
    await posted({ thread, body: "also mine", author: { name: "Ann", email: email.toUpperCase() }, notify: "replies" });
    await posted({ thread, body: "someone else's", author: { name: "Bo", email: uniqueEmail() } });
    const res = await admin("GET", path(email));
    expect(res.status).toBe(200);
    expect(res.json.comments.map((c: { body: string }) => c.body)).toEqual(["mine", "also mine"]);
    expect(res.json.subscriptions).toHaveLength(1);
    expect(JSON.stringify(res.json)).not.toMatch(/hash|token/i);
  });

  it("rejects a malformed address and a missing token", async () => {
    expect(errorOf(await admin("GET", path("not-an-email"))).code).toBe("validation_failed");
    expect((await call("GET", path(uniqueEmail()))).status).toBe(401);
  });
});

describe("DELETE /api/v1/admin/privacy (erase)", () => {
  it("erases the address's comments, keeping a placeholder where others replied, and its subscriptions", async () => {
    const email = uniqueEmail();
    const thread = uniqueThread();
    const answered = await posted({ thread, body: "answered", author: { name: "Ann", email }, notify: "thread" });
    await posted({ thread, body: "a reply by Bo", parentId: answered.id, author: { name: "Bo" } });
    await posted({ thread, body: "leaf", author: { name: "Ann", email } });
    const res = await admin("DELETE", path(email));
    expect(res.status).toBe(200);
    expect(res.json.erased).toMatchObject({ comments: 2, subscriptions: 1 });
    const page = await list(thread);
    expect(page.json.total).toBe(1);
    expect(page.json.comments).toHaveLength(1);
    expect(page.json.comments[0]).toMatchObject({ deleted: true, body: "", html: "", author: null, replyCount: 1 });
    expect(page.json.comments[0].replies[0].body).toBe("a reply by Bo");
    const left = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM comments WHERE author_email = ?1 OR (thread = ?2 AND (body IN ('answered', 'leaf') OR author_name = 'Ann'))",
    )
      .bind(email, thread)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
    expect((await admin("GET", path(email))).json.comments).toEqual([]);
    expect((await admin("DELETE", path(email))).json.erased.comments).toBe(0);
  });
});

describe("IP hashes", () => {
  it("are dropped once a comment is older than the longest rate window", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-05-01T10:00:00Z"));
    const thread = uniqueThread();
    const old = await posted({ thread, body: "old" });
    const hashOf = async (id: string) =>
      (await env.DB.prepare("SELECT ip_hash FROM comments WHERE id = ?1").bind(id).first<{ ip_hash: string | null }>())
        ?.ip_hash;
    expect(await hashOf(old.id)).toMatch(/^[0-9a-f]{64}$/);
    vi.setSystemTime(new Date("2026-05-01T11:30:00Z"));
    const fresh = await posted({ thread, body: "new" });
    expect(await hashOf(old.id)).toBeNull();
    expect(await hashOf(fresh.id)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("never store the raw IP and set no cookies", async () => {
    const thread = uniqueThread();
    const res = await post({ thread, body: "hello" }, { "CF-Connecting-IP": "203.0.113.77" });
    expect(res.headers.get("set-cookie")).toBeNull();
    const dump = await env.DB.prepare("SELECT * FROM comments WHERE thread = ?1").bind(thread).all();
    expect(JSON.stringify(dump.results)).not.toContain("203.0.113.77");
    expect((await list(thread)).headers.get("set-cookie")).toBeNull();
  });
});
