import { createExecutionContext, env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import app from "../../src/index";
import { posted, uniqueThread } from "./comments-helpers";
import { BASE, donate, stopClockMidWindow } from "./edge-cache-helpers";
import { call, createCampaign } from "./helpers";

stopClockMidWindow();

describe("edge cache and ETags on public GETs", () => {
  it("serves a repeat read from the cache with the same strong ETag and no D1 query", async () => {
    const slug = await createCampaign();
    const first = await call("GET", `/api/v1/campaigns/${slug}`);
    const second = await call("GET", `/api/v1/campaigns/${slug}`);
    expect(first.headers.get("x-cache")).toBe("MISS");
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("etag")).toMatch(/^"[\w-]{24}"$/);
    expect(second.headers.get("x-d1-queries")).toBe("0");
    expect(Number(first.headers.get("x-d1-queries"))).toBeGreaterThan(0);
    expect(second.json).toEqual(first.json);
    expect(second.headers.get("cache-control")).toBe("no-cache");
  });

  it("answers If-None-Match with 304 and no body, and 200 once the figures change", async () => {
    const slug = await createCampaign();
    const first = await call("GET", `/api/v1/campaigns/${slug}`);
    const etag = first.headers.get("etag")!;
    const revalidated = await SELF.fetch(`${BASE}/api/v1/campaigns/${slug}`, { headers: { "If-None-Match": etag } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect(revalidated.headers.get("x-request-id")).toBeTruthy();
    await donate(slug, 500);
    const changed = await SELF.fetch(`${BASE}/api/v1/campaigns/${slug}`, { headers: { "If-None-Match": etag } });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { raised: number }).raised).toBe(500);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("compares If-None-Match weakly (RFC 9110 §13.1.2): a W/ copy of the ETag, as a compressing proxy hands it on, is a 304", async () => {
    const slug = await createCampaign();
    const etag = (await call("GET", `/api/v1/campaigns/${slug}`)).headers.get("etag")!;
    for (const header of [`W/${etag}`, `"other", W/${etag}`]) {
      const res = await SELF.fetch(`${BASE}/api/v1/campaigns/${slug}`, { headers: { "If-None-Match": header } });
      expect(res.status, header).toBe(304);
      await res.text();
    }
    const other = await SELF.fetch(`${BASE}/api/v1/campaigns/${slug}`, { headers: { "If-None-Match": 'W/"other"' } });
    expect(other.status).toBe(200);
    await other.text();
  });

  it("never shows a reader a page without their own new comment, reply or vote", async () => {
    const thread = uniqueThread();
    const query = `/api/v1/comments?thread=${encodeURIComponent(thread)}`;
    const root = await posted({ thread, body: "first" });
    expect((await call("GET", query)).json.total).toBe(1);
    expect((await call("GET", query)).headers.get("x-cache")).toBe("HIT");
    await posted({ thread, body: "a reply", parentId: root.id });
    const afterReply = await call("GET", query);
    expect(afterReply.headers.get("x-cache")).toBe("MISS");
    expect(afterReply.json.total).toBe(2);
    await call("POST", `/api/v1/comments/${root.id}/votes`, { body: { voter: "voter-0123456789abcdef", value: 1 } });
    expect((await call("GET", query)).json.comments[0].upvotes).toBe(1);
    const counts = await call("GET", `/api/v1/counts?thread=${encodeURIComponent(thread)}`);
    expect(counts.json.counts[thread]).toBe(2);
  });

  it("refreshes embed after a donation and after a comment", async () => {
    const slug = await createCampaign();
    const thread = uniqueThread();
    const url = `/api/v1/embed?campaign=${slug}&thread=${encodeURIComponent(thread)}`;
    expect((await call("GET", url)).json.campaign.raised).toBe(0);
    await donate(slug, 700);
    expect((await call("GET", url)).json.campaign.raised).toBe(700);
    await posted({ thread, body: "hi" });
    expect((await call("GET", url)).json.comments.total).toBe(1);
  });

  it("keys entries by the full query, in any parameter order", async () => {
    const thread = uniqueThread();
    await posted({ thread, body: "one" });
    const a = await call("GET", `/api/v1/comments?thread=${encodeURIComponent(thread)}&sort=newest`);
    const b = await call("GET", `/api/v1/comments?sort=newest&thread=${encodeURIComponent(thread)}`);
    const other = await call("GET", `/api/v1/comments?thread=${encodeURIComponent(thread)}&sort=top`);
    expect(b.headers.get("x-cache")).toBe("HIT");
    expect(b.json).toEqual(a.json);
    expect(other.headers.get("x-cache")).toBe("MISS");
    expect(other.json.sort).toBe("top");
  });

  it.each([
    ["comments", (t: string) => `/api/v1/comments?thread=${t}&limit=5`, "&sort=newest"],
    ["embed", (t: string) => `/api/v1/embed?thread=${t}&limit=5`, "&campaign=none"],
    ["counts", (t: string) => `/api/v1/counts?thread=${t}`, "&thread=%2Fanother"],
  ])(
    "%s: shares one entry among requests that differ only in parameters the route does not read",
    async (_, path, own) => {
      const thread = uniqueThread();
      await posted({ thread, body: "one" });
      const first = await call("GET", path(encodeURIComponent(thread)));
      expect(first.headers.get("x-cache")).toBe("MISS");
      for (const junk of ["&_=1733212345", "&utm_source=mail&miss=7", "&thread_=x"]) {
        const busted = await call("GET", `${path(encodeURIComponent(thread))}${junk}`);
        expect(busted.headers.get("x-cache")).toBe("HIT");
        expect(busted.headers.get("x-d1-queries")).toBe("0");
        expect(busted.json).toEqual(first.json);
      }
      // A parameter the route reads still makes its own entry.
      const other = await call("GET", `${path(encodeURIComponent(thread))}${own}`);
      expect(other.status).toBe(200);
      expect(other.headers.get("x-cache")).toBe("MISS");
    },
  );

  it("gives the current request's CORS headers on a hit, never the first requester's", async () => {
    const slug = await createCampaign();
    const request = (origin: string) =>
      new Request(`${BASE}/api/v1/campaigns/${slug}`, { headers: { Origin: origin } });
    const config = { ...env, ALLOWED_ORIGINS: "https://a.example" };
    await app.fetch(request("https://a.example"), config, createExecutionContext());
    const hit = await app.fetch(request("https://evil.example"), config, createExecutionContext());
    expect(hit.headers.get("x-cache")).toBe("HIT");
    expect(hit.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("still sends ETags when EDGE_CACHE_SECONDS is 0", async () => {
    const slug = await createCampaign();
    const res = await app.fetch(
      new Request(`${BASE}/api/v1/campaigns/${slug}`),
      { ...env, EDGE_CACHE_SECONDS: "0" },
      createExecutionContext(),
    );
    expect(res.headers.get("x-cache")).toBe("BYPASS");
    expect(res.headers.get("etag")).toMatch(/^"/);
  });

  it("does not cache errors", async () => {
    const missing = await call("GET", "/api/v1/campaigns/not-yet");
    expect(missing.status).toBe(404);
    const slug = await createCampaign();
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).status).toBe(200);
    expect((await call("GET", "/api/v1/campaigns/not-yet")).headers.get("x-cache")).toBeNull();
  });
});

describe("D1 sessions (read replicas)", () => {
  it("returns a bookmark and accepts it back so a writer reads its own write", async () => {
    const slug = await createCampaign();
    const write = await donate(slug, 1200);
    const bookmark = write.headers.get("x-d1-bookmark");
    expect(bookmark).toBeTruthy();
    const read = await call("GET", `/api/v1/campaigns/${slug}`, { headers: { "X-D1-Bookmark": bookmark! } });
    expect(read.status).toBe(200);
    expect(read.json.raised).toBe(1200);
  });

  it("ignores a malformed bookmark instead of failing", async () => {
    const slug = await createCampaign();
    const res = await call("GET", `/api/v1/campaigns/${slug}`, { headers: { "X-D1-Bookmark": "<script>" } });
    expect(res.status).toBe(200);
  });
});
