import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { insertComment, type NewComment } from "../../src/db/comment-insert";

// Query-level tests of src/db/comment-insert.ts against the real local D1 (no routes, no mocks).

let serial = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${serial++}`;

/** A valid new top-level comment in its own thread, from its own client. */
function newComment(overrides: Partial<NewComment> = {}): NewComment {
  const id = unique("c");
  return {
    id,
    thread: unique("thread"),
    parentId: null,
    authorName: "Ada",
    email: null,
    body: "Hello",
    html: "<p>Hello</p>",
    tokenHash: `token-${id}`,
    idempotencyKeyHash: null,
    ipHash: unique("ip"),
    createdAt: 1_700_000_000_000,
    moderation: "off",
    spam: false,
    rateLimit: 5,
    minute: Math.floor(1_700_000_000_000 / 60_000),
    subscription: null,
    ...overrides,
  };
}

/** The database, recording how many statements each batch (one round trip) sends. */
function recordingDb() {
  const batches: number[] = [];
  const db = new Proxy(env.DB, {
    get(target, property) {
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) => {
          batches.push(statements.length);
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db, batches };
}

const storedRow = (id: string) =>
  env.DB.prepare(
    "SELECT thread, parent_id, root_id, path, depth, status, email_key, ip_hash, reply_to_id, reply_count FROM comments WHERE id = ?1",
  )
    .bind(id)
    .first<Record<string, unknown>>();

const rateCount = (ipHash: string, minute: number) =>
  env.DB.prepare("SELECT count FROM comment_rate WHERE ip_hash = ?1 AND minute = ?2")
    .bind(ipHash, minute)
    .first<number>("count");

describe("insertComment", () => {
  it("stores a top-level comment, counts it toward the rate limit, in one round trip of six statements", async () => {
    const { db, batches } = recordingDb();
    const input = newComment({ email: "Ada.Lovelace+x@Example.com" });
    const outcome = await insertComment(db, input);
    expect(outcome).toMatchObject({ ok: true, comment: { id: input.id, thread: input.thread, depth: 0 } });
    expect(batches).toEqual([6]);
    expect(await storedRow(input.id)).toMatchObject({
      thread: input.thread,
      parent_id: null,
      root_id: input.id,
      path: input.id,
      depth: 0,
      status: "approved",
      ip_hash: input.ipHash,
    });
    expect((await storedRow(input.id))?.email_key).toBe("ada.lovelace@example.com");
    expect(await rateCount(input.ipHash, input.minute)).toBe(1);
  });

  it("stores a reply under its parent, recounts the parent and subscribes, in one round trip", async () => {
    const parent = newComment();
    await insertComment(env.DB, parent);
    const { db, batches } = recordingDb();
    const reply = newComment({
      thread: parent.thread,
      parentId: parent.id,
      email: "reader@example.com",
      subscription: { id: unique("s"), kind: "replies", tokenHash: unique("t"), authorKeyHash: null },
    });
    expect(await insertComment(db, reply)).toMatchObject({ ok: true, comment: { parentId: parent.id, depth: 1 } });
    // insert, three rate statements, recount, subscription, check, read back.
    expect(batches).toEqual([8]);
    expect(await storedRow(reply.id)).toMatchObject({
      root_id: parent.id,
      path: `${parent.id}/${reply.id}`,
      depth: 1,
    });
    expect((await storedRow(parent.id))?.reply_count).toBe(1);
    const subscribed = await env.DB.prepare("SELECT kind, comment_id FROM subscriptions WHERE thread = ?1")
      .bind(parent.thread)
      .all();
    expect(subscribed.results).toEqual([{ kind: "replies", comment_id: reply.id }]);
  });

  it("refuses the comment over the rate limit and stores nothing for it", async () => {
    const first = newComment({ rateLimit: 2 });
    const client = { ipHash: first.ipHash, minute: first.minute, rateLimit: 2 };
    expect((await insertComment(env.DB, first)).ok).toBe(true);
    expect((await insertComment(env.DB, newComment(client))).ok).toBe(true);
    const refused = newComment(client);
    expect(await insertComment(env.DB, refused)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await storedRow(refused.id)).toBeNull();
    expect(await rateCount(first.ipHash, first.minute)).toBe(2);
    // The next minute is a new window.
    expect((await insertComment(env.DB, newComment({ ...client, minute: first.minute + 1 }))).ok).toBe(true);
  });

  it("names why a reply is refused: unknown parent, another thread, a deleted parent", async () => {
    const parent = newComment();
    await insertComment(env.DB, parent);
    const missing = newComment({ parentId: unique("nope") });
    expect(await insertComment(env.DB, missing)).toEqual({ ok: false, reason: "parent_not_found" });
    const elsewhere = newComment({ parentId: parent.id });
    expect(await insertComment(env.DB, elsewhere)).toEqual({ ok: false, reason: "parent_other_thread" });
    const child = newComment({ thread: parent.thread, parentId: parent.id });
    await insertComment(env.DB, child);
    await env.DB.prepare("UPDATE comments SET status = 'deleted' WHERE id = ?1").bind(parent.id).run();
    const late = newComment({ thread: parent.thread, parentId: parent.id });
    expect(await insertComment(env.DB, late)).toEqual({ ok: false, reason: "parent_deleted" });
    for (const refused of [missing, elsewhere, late]) expect(await storedRow(refused.id)).toBeNull();
    expect(await rateCount(late.ipHash, late.minute)).toBeNull();
  });

  it("stores a reply to a comment at the depth cap beside it, naming it in reply_to_id", async () => {
    const root = newComment();
    await insertComment(env.DB, root);
    const child = newComment({ thread: root.thread, parentId: root.id, maxDepth: 1 });
    await insertComment(env.DB, child);
    const capped = newComment({ thread: root.thread, parentId: child.id, maxDepth: 1 });
    expect(await insertComment(env.DB, capped)).toMatchObject({
      ok: true,
      comment: { parentId: root.id, depth: 1, replyToId: child.id },
    });
    expect(await storedRow(capped.id)).toMatchObject({ path: `${root.id}/${capped.id}`, reply_to_id: child.id });
    expect((await storedRow(root.id))?.reply_count).toBe(2);
  });

  it("holds a comment under moderation unless it is the owner's, and marks the honeypot's spam", async () => {
    const held = newComment({ moderation: "all" });
    const owners = newComment({ moderation: "all", author: { hash: null, verified: true, owner: true } });
    const trap = newComment({ spam: true });
    for (const input of [held, owners, trap]) await insertComment(env.DB, input);
    expect((await storedRow(held.id))?.status).toBe("pending");
    expect((await storedRow(owners.id))?.status).toBe("approved");
    expect((await storedRow(trap.id))?.status).toBe("spam");
  });

  it("trusts an author under `first` only after an approved comment with the same author hash", async () => {
    const author = { hash: unique("author"), verified: false, owner: false };
    const first = newComment({ moderation: "first", author });
    await insertComment(env.DB, first);
    expect((await storedRow(first.id))?.status).toBe("pending");
    await env.DB.prepare("UPDATE comments SET status = 'approved' WHERE id = ?1").bind(first.id).run();
    const second = newComment({ moderation: "first", author });
    await insertComment(env.DB, second);
    expect((await storedRow(second.id))?.status).toBe("approved");
  });

  it("rejects a second comment with the same idempotency key hash (the unique index)", async () => {
    const keyHash = unique("key");
    const first = newComment({ idempotencyKeyHash: keyHash, idempotencyFingerprint: "f1" });
    await insertComment(env.DB, first);
    const again = newComment({ idempotencyKeyHash: keyHash, idempotencyFingerprint: "f1" });
    await expect(insertComment(env.DB, again)).rejects.toThrow(/UNIQUE/);
    expect(await storedRow(again.id)).toBeNull();
    expect(await rateCount(again.ipHash, again.minute)).toBeNull();
  });
});
