import { SELF } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { MemoryLayer } from "../../src/middleware/memory-cache";
import { moderate, posted, uniqueThread } from "./comments-helpers";
import { BASE, donate, stopClockMidWindow } from "./edge-cache-helpers";
import { admin, call, createCampaign } from "./helpers";

const embedOf = (slug: string, thread: string) => `/api/v1/embed?campaign=${slug}&thread=${encodeURIComponent(thread)}`;

stopClockMidWindow();

describe("versions per thread and per campaign", () => {
  it("a comment on thread A leaves thread B's cached page served and refreshes A's", async () => {
    const slug = await createCampaign();
    const [a, b] = [uniqueThread(), uniqueThread()];
    await posted({ thread: a, body: "on A" });
    await posted({ thread: b, body: "on B" });
    await call("GET", embedOf(slug, a));
    const bFirst = await call("GET", embedOf(slug, b));
    expect(bFirst.headers.get("x-cache")).toBe("MISS");

    await posted({ thread: a, body: "another on A" });

    const bAfter = await call("GET", embedOf(slug, b));
    expect(bAfter.headers.get("x-cache")).toBe("HIT");
    expect(bAfter.headers.get("x-d1-queries")).toBe("0");
    expect(bAfter.headers.get("etag")).toBe(bFirst.headers.get("etag"));
    const aAfter = await call("GET", embedOf(slug, a));
    expect(aAfter.headers.get("x-cache")).toBe("MISS");
    expect(aAfter.json.comments.total).toBe(2);
  });

  it("a vote, an edit or a moderation decision on A's comment leaves B served", async () => {
    const [a, b] = [uniqueThread(), uniqueThread()];
    const root = await posted({ thread: a, body: "vote for me" });
    await posted({ thread: b, body: "bystander" });
    const listOf = (thread: string) => `/api/v1/comments?thread=${encodeURIComponent(thread)}`;
    await call("GET", listOf(a));
    await call("GET", listOf(b));

    await call("POST", `/api/v1/comments/${root.id}/votes`, { body: { voter: "voter-0123456789abcdef", value: 1 } });
    expect((await call("GET", listOf(b))).headers.get("x-cache")).toBe("HIT");
    expect((await call("GET", listOf(a))).json.comments[0].upvotes).toBe(1);

    const edited = await call("PATCH", `/api/v1/comments/${root.id}`, {
      body: { body: "edited text" },
      headers: { Authorization: `Bearer ${root.editToken}` },
    });
    expect(edited.status).toBe(200);
    expect((await call("GET", listOf(b))).headers.get("x-cache")).toBe("HIT");
    expect((await call("GET", listOf(a))).json.comments[0].body).toBe("edited text");

    await moderate(root.id, { status: "spam" });
    expect((await call("GET", listOf(b))).headers.get("x-cache")).toBe("HIT");
    const hidden = await call("GET", listOf(a));
    expect(hidden.headers.get("x-cache")).toBe("MISS");
    expect(hidden.json.total).toBe(0);
    const counts = await call("GET", `/api/v1/counts?thread=${encodeURIComponent(a)}`);
    expect(counts.json.counts[a]).toBe(0);
  });

  it("a donation to one campaign leaves another campaign's entries served", async () => {
    const [x, y] = [await createCampaign(), await createCampaign()];
    await call("GET", `/api/v1/campaigns/${x}`);
    await call("GET", `/api/v1/campaigns/${y}`);
    await donate(x, 900);
    const other = await call("GET", `/api/v1/campaigns/${y}`);
    expect(other.headers.get("x-cache")).toBe("HIT");
    const changed = await call("GET", `/api/v1/campaigns/${x}`);
    expect(changed.headers.get("x-cache")).toBe("MISS");
    expect(changed.json.raised).toBe(900);
  });

  it("a new campaign replaces the cached null of an embed that named it early", async () => {
    const slug = `early-${Date.now().toString(36)}`;
    const thread = uniqueThread();
    expect((await call("GET", embedOf(slug, thread))).json.campaign).toBeNull();
    await admin("POST", "/api/v1/admin/campaigns", {
      body: { slug, title: "Late", currency: "USD", tiers: [{ amount: 1000 }], period: { kind: "open" } },
    });
    expect((await call("GET", embedOf(slug, thread))).json.campaign.slug).toBe(slug);
  });
});

describe("hot reads", () => {
  it("answers If-None-Match from memory with a 304 and no D1 statement", async () => {
    const slug = await createCampaign();
    const thread = uniqueThread();
    const first = await call("GET", embedOf(slug, thread));
    const etag = first.headers.get("etag")!;
    const res = await SELF.fetch(`${BASE}${embedOf(slug, thread)}`, { headers: { "If-None-Match": etag } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
    expect(res.headers.get("x-cache-layer")).toBe("memory");
    expect(res.headers.get("x-d1-queries")).toBe("0");
    expect(res.headers.get("etag")).toBe(etag);
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("lets a writer's bookmark bypass every cache layer and see the write", async () => {
    const thread = uniqueThread();
    const url = `/api/v1/comments?thread=${encodeURIComponent(thread)}`;
    await posted({ thread, body: "one" });
    await call("GET", url);
    expect((await call("GET", url)).headers.get("x-cache")).toBe("HIT");
    const write = await call("POST", "/api/v1/comments", {
      body: { thread, body: "two" },
      headers: { "CF-Connecting-IP": "10.9.9.9" },
    });
    const bookmark = write.headers.get("x-d1-bookmark")!;
    expect(bookmark).toBeTruthy();
    for (const read of [
      await call("GET", `${url}&bookmark=${encodeURIComponent(bookmark)}`),
      await call("GET", url, { headers: { "X-D1-Bookmark": bookmark } }),
    ]) {
      expect(read.headers.get("x-cache")).toBe("BYPASS");
      expect(Number(read.headers.get("x-d1-queries"))).toBeGreaterThan(0);
      expect(read.json.total).toBe(2);
    }
  });

  it("never serves an entry past its window: days left turn at the zone's midnight", async () => {
    // Berlin's midnight is 23:00 UTC in January; the 30 s windows are aligned to it.
    vi.setSystemTime(new Date("2026-01-20T22:59:31Z"));
    const slug = await createCampaign({ period: { kind: "monthly", timeZone: "Europe/Berlin" } });
    const before = await call("GET", `/api/v1/campaigns/${slug}`);
    vi.setSystemTime(new Date("2026-01-20T22:59:59.999Z"));
    const late = await call("GET", `/api/v1/campaigns/${slug}`);
    expect(late.headers.get("x-cache")).toBe("HIT");
    expect(late.json.daysLeft).toBe(before.json.daysLeft);
    vi.setSystemTime(new Date("2026-01-20T23:00:00Z"));
    const next = await call("GET", `/api/v1/campaigns/${slug}`);
    expect(next.headers.get("x-cache")).toBe("MISS");
    expect(next.json.daysLeft).toBe(before.json.daysLeft - 1);
    expect(next.headers.get("etag")).not.toBe(before.headers.get("etag"));
  });

  it("a read of a thread nobody wrote to stores no version; the first comment on it is served at once", async () => {
    const thread = uniqueThread();
    const versionUrl = `https://cache.goalpost.internal/version/${encodeURIComponent(`thread:${thread}`)}`;
    const list = `/api/v1/comments?thread=${encodeURIComponent(thread)}`;
    const empty = await call("GET", list);
    expect(empty.headers.get("x-cache")).toBe("MISS");
    expect(empty.json.total).toBe(0);
    expect(await caches.default.match(versionUrl)).toBeUndefined();
    expect((await call("GET", list)).headers.get("x-cache")).toBe("HIT");

    await posted({ thread, body: "the first word" });
    expect(await caches.default.match(versionUrl)).toBeDefined();
    const after = await call("GET", list);
    expect(after.headers.get("x-cache")).toBe("MISS");
    expect(after.json.total).toBe(1);
  });

  it("a write in another isolate reaches this one's memory within a second of the request clock", async () => {
    const start = Date.parse("2026-03-02T10:00:00Z");
    vi.setSystemTime(start);
    const slug = await createCampaign();
    await call("GET", `/api/v1/campaigns/${slug}`);
    // Another isolate's write: it moves the version in the Cache API, not in this isolate's memory.
    await caches.default.put(
      `https://cache.goalpost.internal/version/${encodeURIComponent(`campaign:${slug}`)}`,
      new Response("elsewhere", { headers: { "Cache-Control": "max-age=86400" } }),
    );
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).headers.get("x-cache")).toBe("HIT");
    vi.setSystemTime(start + 1000);
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).headers.get("x-cache")).toBe("MISS");
  });
});

describe("the memory layer", () => {
  const answer = (etag: string) => ({ body: new ArrayBuffer(1), etag, type: "application/json" });

  it("drops an entry at its expiry and the least recently used one beyond its capacity", () => {
    const layer = new MemoryLayer(2);
    layer.set("a", answer('"a"'), 100);
    layer.set("b", answer('"b"'), 100);
    expect(layer.get("a", 99)?.etag).toBe('"a"');
    layer.set("c", answer('"c"'), 100);
    expect(layer.get("b", 0)).toBeNull();
    expect(layer.get("a", 0)?.etag).toBe('"a"');
    expect(layer.get("c", 100)).toBeNull();
  });

  it("keeps its bodies within its byte budget and skips an answer too large for it", () => {
    const layer = new MemoryLayer(100, 1600);
    const sized = (bytes: number) => ({ body: new ArrayBuffer(bytes), etag: '"x"', type: "application/json" });
    layer.set("big", sized(101), 100);
    expect(layer.get("big", 0)).toBeNull();
    for (const key of ["a", "b", "c", "d", "e"]) layer.set(key, sized(100), 100);
    for (let i = 0; i < 12; i++) layer.set(`f${i}`, sized(100), 100);
    expect(layer.get("a", 0)).toBeNull();
    expect(layer.get("f11", 0)).not.toBeNull();
    const kept = ["b", "c", "d", "e", ...Array.from({ length: 12 }, (_, i) => `f${i}`)].filter((key) =>
      layer.get(key, 0),
    );
    expect(kept.length).toBe(16);
  });
});
