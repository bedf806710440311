import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { callWith as callVars } from "./abuse-helpers";
import { post, posted, uniqueIp, uniqueThread } from "./comments-helpers";
import { admin, errorOf } from "./helpers";
import { storedSpam } from "./spam-helpers";

const KEY = () => `key_${crypto.randomUUID().replaceAll("-", "")}`;

/** Posts a comment that must be published, with the given headers. */
async function publish(headers: Record<string, string>, extra: Record<string, unknown> = {}) {
  const res = await post({ thread: uniqueThread(), body: "a fine comment", ...extra }, headers);
  if (res.status !== 201) throw new Error(`not published: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json.comment.id as string;
}

const block = (body: Record<string, unknown>) => admin("POST", "/api/v1/admin/blocks", { body });
const blockCount = async () =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM blocks").first<{ n: number }>())?.n ?? 0;

describe("POST /api/v1/admin/blocks", () => {
  it("by network: later comments from that IPv4 address are stored as spam and answered like held ones", async () => {
    const ip = uniqueIp();
    const id = await publish({ "CF-Connecting-IP": ip });
    const res = await block({ commentId: id, kind: "network" });
    expect(res.status).toBe(201);
    expect(res.json.block).toMatchObject({ kind: "network", commentId: id, expiresAt: null });
    expect(JSON.stringify(res.json)).not.toContain(ip);

    const again = await post({ thread: uniqueThread(), body: "hello again" }, { "CF-Connecting-IP": ip });
    expect(again.status).toBe(202);
    expect(again.json.comment.status).toBe("pending");
    const stored = await storedSpam(again.json.comment.id);
    expect(stored?.status).toBe("spam");
    expect(stored?.spam_reasons).toContain("blocked source");
    expect((await post({ thread: uniqueThread() }, { "CF-Connecting-IP": uniqueIp() })).status).toBe(201);
  });

  it("by network: covers the whole IPv6 /64 of the comment", async () => {
    const prefix = `2001:db8:${Math.floor(Math.random() * 65535).toString(16)}:${Math.floor(Math.random() * 65535).toString(16)}`;
    const id = await publish({ "CF-Connecting-IP": `${prefix}::1` });
    expect((await block({ commentId: id, kind: "network" })).status).toBe(201);
    const same = await post({ thread: uniqueThread() }, { "CF-Connecting-IP": `${prefix}:0:0:0:abcd` });
    expect(same.status).toBe(202);
    const other = await post({ thread: uniqueThread() }, { "CF-Connecting-IP": "2001:db8:ffff:ffff::1" });
    expect(other.status).toBe(201);
  });

  it("by author key: the key's later comments are spam from any network", async () => {
    const key = KEY();
    const id = await publish({ "X-Goalpost-Author": key });
    expect((await block({ commentId: id, kind: "author" })).status).toBe(201);
    expect((await post({ thread: uniqueThread() }, { "X-Goalpost-Author": key })).status).toBe(202);
    expect((await post({ thread: uniqueThread() }, { "X-Goalpost-Author": KEY() })).status).toBe(201);
  });

  it("by mailbox: any case and any +tag of the address", async () => {
    const local = `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const id = await publish({}, { author: { name: "M", email: `${local}@example.org` } });
    const res = await block({ commentId: id, kind: "email" });
    expect(res.status).toBe(201);
    expect(res.json.block.label).toBe(`${local}@example.org`);
    const tagged = await post({
      thread: uniqueThread(),
      author: { name: "M", email: `${local.toUpperCase()}+x@Example.org` },
    });
    expect(tagged.status).toBe(202);
    expect((await post({ thread: uniqueThread(), author: { email: `other-${local}@example.org` } })).status).toBe(201);
  });

  it("with days: the block stops counting once it expires", async () => {
    const ip = uniqueIp();
    const id = await publish({ "CF-Connecting-IP": ip });
    const res = await block({ commentId: id, kind: "network", days: 1 });
    expect(Date.parse(res.json.block.expiresAt) - Date.parse(res.json.block.createdAt)).toBe(86_400_000);
    expect((await post({ thread: uniqueThread() }, { "CF-Connecting-IP": ip })).status).toBe(202);
    await env.DB.prepare("UPDATE blocks SET expires_at = ?2 WHERE id = ?1")
      .bind(res.json.block.id, Date.now() - 1)
      .run();
    expect((await post({ thread: uniqueThread() }, { "CF-Connecting-IP": ip })).status).toBe(201);
  });

  it("answers 409 when the comment has no such source, 404 for an unknown comment, and stores nothing", async () => {
    const id = await publish({});
    const before = await blockCount();
    const none = await block({ commentId: id, kind: "author" });
    expect(none.status).toBe(409);
    expect(errorOf(none).code).toBe("conflict");
    expect(errorOf(await block({ commentId: id, kind: "email" })).code).toBe("conflict");
    const unknown = await block({ commentId: "c_nope", kind: "network" });
    expect(unknown.status).toBe(404);
    expect(await blockCount()).toBe(before);
  });

  it("rejects bad input with the JSON error and stores nothing", async () => {
    const id = await publish({});
    const before = await blockCount();
    for (const body of [
      {},
      { commentId: id },
      { commentId: id, kind: "ip" },
      { commentId: id, kind: "network", days: 0 },
      { commentId: id, kind: "network", days: 1.5 },
      { commentId: id, kind: "network", days: "7" },
      { commentId: id, kind: "network", extra: 1 },
    ]) {
      const res = await block(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(errorOf(res).code).toBe("validation_failed");
    }
    const raw = await admin("POST", "/api/v1/admin/blocks", {
      raw: "nope",
      headers: { "Content-Type": "application/json" },
    });
    expect(errorOf(raw).code).toBe("invalid_json");
    expect(await blockCount()).toBe(before);
  });
});

describe("blocks and the owner", () => {
  it("never hold the owner's own comment, even from a blocked network, author key or mailbox", async () => {
    const ip = uniqueIp();
    const key = KEY();
    const email = `owner-${crypto.randomUUID()}@example.org`;
    const id = await publish({ "CF-Connecting-IP": ip, "X-Goalpost-Author": key }, { author: { email } });
    for (const kind of ["network", "author", "email"]) expect((await block({ commentId: id, kind })).status).toBe(201);
    const res = await post(
      { thread: uniqueThread(), body: "the owner speaking", author: { email } },
      { "CF-Connecting-IP": ip, "X-Goalpost-Author": key, Authorization: "Bearer test-admin-token" },
    );
    expect(res.status).toBe(201);
    expect(res.json.comment.author.owner).toBe(true);
    expect((await storedSpam(res.json.comment.id))?.status).toBe("approved");
    // A guest from the same source is still blocked.
    expect((await post({ thread: uniqueThread() }, { "CF-Connecting-IP": ip })).status).toBe(202);
  });
});

describe("a blocked source's answer", () => {
  it("carries the same headers as a held comment's and a honeypot's: no D1 counters that tell them apart", async () => {
    const ip = uniqueIp();
    const id = await publish({ "CF-Connecting-IP": ip });
    expect((await block({ commentId: id, kind: "network" })).status).toBe(201);
    const blocked = await post({ thread: uniqueThread(), body: "hello there" }, { "CF-Connecting-IP": ip });
    const honeypot = await post(
      { thread: uniqueThread(), body: "hello there", website: "x" },
      { "CF-Connecting-IP": uniqueIp() },
    );
    const held = await callVars({ MODERATION: "all" }, "POST", "/api/v1/comments", {
      thread: uniqueThread(),
      body: "hello there",
    });
    const shape = (res: { status: number; headers: Headers }) => ({
      status: res.status,
      headers: [...res.headers].filter(([name]) => !["x-request-id", "x-d1-bookmark", "date"].includes(name)),
    });
    expect(shape(blocked)).toEqual(shape(held));
    expect(shape(honeypot)).toEqual(shape(held));
    expect(blocked.headers.get("x-d1-rows-read")).toBeNull();
  });
});

describe("GET and DELETE /api/v1/admin/blocks", () => {
  it("lists a block until it is lifted, then the source may post again", async () => {
    const ip = uniqueIp();
    const id = await publish({ "CF-Connecting-IP": ip });
    const { json } = await block({ commentId: id, kind: "network" });
    const listed = await admin("GET", "/api/v1/admin/blocks");
    expect(listed.json.blocks.map((b: { id: string }) => b.id)).toContain(json.block.id);
    expect((await admin("DELETE", `/api/v1/admin/blocks/${json.block.id}`)).status).toBe(204);
    expect((await post({ thread: uniqueThread() }, { "CF-Connecting-IP": ip })).status).toBe(201);
    const again = await admin("DELETE", `/api/v1/admin/blocks/${json.block.id}`);
    expect(again.status).toBe(404);
    expect(errorOf(again).code).toBe("not_found");
    const after = await admin("GET", "/api/v1/admin/blocks");
    expect(after.json.blocks.map((b: { id: string }) => b.id)).not.toContain(json.block.id);
  });

  it("needs the admin token", async () => {
    const id = (await posted({ thread: uniqueThread() })).id;
    const before = await blockCount();
    const res = await admin("POST", "/api/v1/admin/blocks", {
      body: { commentId: id, kind: "network" },
      headers: { Authorization: "Bearer wrong" },
    });
    expect(res.status).toBe(401);
    expect(await blockCount()).toBe(before);
  });
});
