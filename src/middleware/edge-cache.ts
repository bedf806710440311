import type { Context, MiddlewareHandler } from "hono";
import { tryDecodeURIComponent } from "hono/utils/url";
import { BOOKMARK, database } from "../db/request-session";
import { base64url } from "../domain/base64url";
import type { AppEnv } from "../env";
import { type CachedAnswer, MemoryLayer } from "./memory-cache";

/**
 * Public GETs are cached in two layers: a small in-isolate memory layer in front of the
 * Workers Cache API. Entries are keyed by the versions of what the answer depends on
 * (docs/caching.md): one per campaign, one per thread, the thread totals of `counts`, and
 * two epochs that only writes naming no single campaign or thread move. A write moves only
 * the versions of what it changed, so a comment on thread A leaves thread B's entries
 * served. Every answer carries a strong ETag; browsers revalidate (`no-cache`) for a 304,
 * answered from memory before any storage is touched.
 */
const ORIGIN = "https://cache.goalpost.internal";
const DEFAULT_TTL_SECONDS = 30;
/** How long an isolate trusts the versions it read from the Cache API before reading them again. */
export const VERSION_MEMORY_MS = 1000;

/** A version name: an epoch, or one campaign, thread or the totals of `counts`. */
export type VersionName = "campaigns" | "comments" | "totals" | `campaign:${string}` | `thread:${string}`;

const memory = new MemoryLayer(512);
const versions = new Map<VersionName, { value: string; until: number }>();

function cacheOf(): Cache | null {
  return typeof caches === "undefined" ? null : (caches as unknown as { default: Cache }).default;
}

function ttl(c: Context<AppEnv>): number {
  const value = Number(c.env.EDGE_CACHE_SECONDS ?? DEFAULT_TTL_SECONDS);
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : DEFAULT_TTL_SECONDS;
}

const versionUrl = (name: VersionName) => `${ORIGIN}/version/${encodeURIComponent(name)}`;

async function storeVersion(cache: Cache, name: VersionName, now: number): Promise<string> {
  const value = crypto.randomUUID().slice(0, 13);
  versions.set(name, { value, until: now + VERSION_MEMORY_MS });
  await cache.put(versionUrl(name), new Response(value, { headers: { "Cache-Control": "max-age=86400" } }));
  return value;
}

/**
 * The version of what was never written (or whose version the cache let go): a constant, so
 * a read stores nothing and every isolate keys the same entry. A write stores a random
 * version, never this one; an entry under it lives at most to the end of its window.
 */
const UNWRITTEN = "0";

/** The current version; read from memory while fresh, else from the Cache API. */
async function versionOf(cache: Cache, name: VersionName, now: number): Promise<string> {
  const known = versions.get(name);
  if (known && known.until > now) return known.value;
  const hit = await cache.match(versionUrl(name));
  const value = hit ? await hit.text() : UNWRITTEN;
  versions.set(name, { value, until: now + VERSION_MEMORY_MS });
  return value;
}

/** A strong ETag: the SHA-256 of the body. */
export async function etagOf(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
  return `"${base64url(digest.subarray(0, 18))}"`;
}

/**
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/"x"` matches `"x"`, as a
 * proxy that compressed the answer (Cloudflare's does) hands the ETag on weakened.
 */
export const matchesEtag = (header: string | undefined, etag: string) =>
  !!header &&
  header.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value.replace(/^W\//, "") === etag;
  });

/** A writer's read (a D1 bookmark in the header or the query) goes to D1, never to a cache. */
const hasBookmark = (c: Context<AppEnv>) =>
  [c.req.header("x-d1-bookmark"), c.req.query("bookmark")].some((mark) => !!mark && BOOKMARK.test(mark));

/** The version names a read depends on. */
export type Dependencies = (c: Context<AppEnv>) => VersionName[];

/** Names for a campaign and a thread read by one answer (either may be absent). */
export function readsOf(campaign: string | undefined, thread: string | undefined): VersionName[] {
  const names: VersionName[] = [];
  if (campaign !== undefined) names.push("campaigns", `campaign:${campaign}`);
  if (thread !== undefined) names.push("comments", `thread:${thread}`);
  return names;
}

function answer(c: Context<AppEnv>, entry: CachedAnswer, layer: string): Response {
  // Hono adds the headers middleware set before (CORS, request id) when c.res is replaced.
  const headers = {
    "Content-Type": entry.type,
    ETag: entry.etag,
    "Cache-Control": "no-cache",
    "X-Cache": "HIT",
    "X-Cache-Layer": layer,
  };
  if (matchesEtag(c.req.header("if-none-match"), entry.etag)) return new Response(null, { status: 304, headers });
  return new Response(entry.body, { status: 200, headers });
}

/**
 * The part of a request's query that can change its answer: the route's own parameters,
 * sorted (repeats kept in order). Anything else (a cache buster, a tracker's `utm_*`) is
 * left out of the key, since the route's schema drops it too: such requests share one entry
 * instead of each costing a D1 read and a cache write.
 */
export function keyQuery(url: URL, params: readonly string[]): string {
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (params.includes(name)) kept.append(name, value);
  kept.sort();
  const query = kept.toString();
  return query ? `?${query}` : "";
}

/**
 * Caches a public GET route under the versions of what its answer depends on; `params`
 * names the query parameters its schema reads (the rest never reach the key).
 */
export function edgeCache(dependencies: Dependencies, params: readonly string[] = []): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const seconds = ttl(c);
    const cache = seconds > 0 && !hasBookmark(c) ? cacheOf() : null;
    let key: string | null = null;
    let expires = 0;
    if (cache) {
      const now = c.get("now").getTime();
      const names = dependencies(c);
      const known = await Promise.all(names.map((name) => versionOf(cache, name, now)));
      const url = new URL(c.req.url);
      // Entries live in windows of the request clock aligned to the TTL: time-dependent
      // figures (days left, a new month at a zone's midnight) never outlive their window.
      const window = Math.floor(now / (seconds * 1000));
      expires = (window + 1) * seconds * 1000;
      key = `${ORIGIN}/entry/${known.join(".")}/${window}${url.pathname}${keyQuery(url, params)}`;
      const remembered = memory.get(key, now);
      if (remembered) {
        c.res = answer(c, remembered, "memory");
        return;
      }
      const hit = await cache.match(key);
      if (hit) {
        const entry = {
          body: await hit.arrayBuffer(),
          etag: hit.headers.get("etag") ?? "",
          type: hit.headers.get("content-type") ?? "application/json",
        };
        memory.set(key, entry, expires);
        c.res = answer(c, entry, "cache");
        return;
      }
    }
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.clone().arrayBuffer();
    const etag = await etagOf(body);
    const type = c.res.headers.get("content-type") ?? "application/json";
    c.res.headers.set("ETag", etag);
    if (cache && key) {
      memory.set(key, { body, etag, type }, expires);
      // Only the body and its validators are stored; per-request headers (CORS, ids) are not.
      const stored = new Response(body, {
        headers: { "Content-Type": type, ETag: etag, "Cache-Control": `max-age=${seconds}` },
      });
      c.executionCtx.waitUntil(cache.put(key, stored));
    }
    c.header("X-Cache", cache ? "MISS" : "BYPASS");
    c.header("Cache-Control", "no-cache");
    if (matchesEtag(c.req.header("if-none-match"), etag)) {
      c.res = new Response(null, { status: 304, headers: c.res.headers });
    }
  };
}

/**
 * A path segment decoded as Hono decodes route params: a malformed escape (`%E0%A4%A`) is
 * kept as sent rather than thrown, so the route answers its 404 instead of a 500.
 */
export const pathParam = (segment: string) => tryDecodeURIComponent(segment);

const COMMENT_BY_ID = /^\/api\/v1\/(?:admin\/)?comments\/([^/]+)/;
const CAMPAIGN_BY_SLUG = /^\/api\/v1\/admin\/campaigns\/([^/]+)/;

/** The thread of a comment, read before a write to it (a deleted row has none afterwards). */
async function threadOf(c: Context<AppEnv>, id: string): Promise<string | null> {
  const row = await database(c)
    .prepare("SELECT thread FROM comments WHERE id = ?1")
    .bind(id)
    .first<{ thread: string }>();
  return row?.thread ?? null;
}

/** The thread a new comment went to, from the answer (`comment.thread`). */
async function postedThread(res: Response): Promise<string | null> {
  try {
    const data = (await res.clone().json()) as { comment?: { thread?: unknown } };
    return typeof data.comment?.thread === "string" ? data.comment.thread : null;
  } catch {
    return null;
  }
}

const threadWrite = (thread: string | null): VersionName[] =>
  thread === null ? ["comments"] : [`thread:${thread}`, "totals"];

/**
 * After every successful write, moves the versions of what it changed (before answering):
 * a campaign's own version for its donations and settings, a thread's own version (and the
 * totals of `counts`) for a comment, a reply, an edit, a vote or a moderation decision. A
 * write that names no single campaign or thread (a new campaign, a provider webhook, an
 * import, an erasure) moves the epoch of its kind, which every entry of that kind depends on.
 */
export const invalidateOnWrite: MiddlewareHandler<AppEnv> = async (c, next) => {
  const method = c.req.method;
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return next();
  const path = c.req.path;
  const commentId = COMMENT_BY_ID.exec(path)?.[1];
  const thread = commentId ? await threadOf(c, pathParam(commentId)) : null;
  await next();
  if (c.res.status >= 400) return;
  const cache = cacheOf();
  if (!cache) return;
  let names: VersionName[];
  const slug = CAMPAIGN_BY_SLUG.exec(path)?.[1];
  if (slug) names = [`campaign:${pathParam(slug)}`];
  else if (path === "/api/v1/admin/campaigns" || path.startsWith("/api/v1/webhooks/")) names = ["campaigns"];
  else if (commentId) names = threadWrite(thread);
  else if (path === "/api/v1/comments") names = threadWrite(await postedThread(c.res));
  else names = ["campaigns", "comments"];
  const now = c.get("now").getTime();
  await Promise.all(names.map((name) => storeVersion(cache, name, now)));
};
