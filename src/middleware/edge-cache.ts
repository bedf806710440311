import type { Context, MiddlewareHandler } from "hono";
import { base64url } from "../domain/base64url";
import type { AppEnv } from "../env";

/**
 * Public GETs are cached at the edge with the Workers Cache API under a versioned key:
 * every successful write bumps the version of what it changes, so the next read misses
 * and a reader never sees their own comment missing after a reload. Every answer carries
 * a strong ETag, and browsers revalidate (`no-cache`) for a cheap 304.
 */
export type Scope = "campaigns" | "comments";

const ORIGIN = "https://cache.goalpost.internal";
const versionKey = (scope: Scope) => `${ORIGIN}/version/${scope}`;
const DEFAULT_TTL_SECONDS = 30;

function cacheOf(): Cache | null {
  return typeof caches === "undefined" ? null : (caches as unknown as { default: Cache }).default;
}

function ttl(c: Context<AppEnv>): number {
  const value = Number(c.env.EDGE_CACHE_SECONDS ?? DEFAULT_TTL_SECONDS);
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : DEFAULT_TTL_SECONDS;
}

async function storeVersion(cache: Cache, scope: Scope): Promise<string> {
  const version = crypto.randomUUID();
  await cache.put(versionKey(scope), new Response(version, { headers: { "Cache-Control": "max-age=86400" } }));
  return version;
}

/** The current version of a scope; a missing one starts a new version, so nothing older is reachable. */
async function versionOf(cache: Cache, scope: Scope): Promise<string> {
  const hit = await cache.match(versionKey(scope));
  return hit ? hit.text() : storeVersion(cache, scope);
}

/** A strong ETag: the SHA-256 of the body. */
export async function etagOf(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
  return `"${base64url(digest.subarray(0, 18))}"`;
}

export const matchesEtag = (header: string | undefined, etag: string) =>
  !!header && header.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");

/** Caches a public GET route under the versions of the scopes its answer depends on. */
export function edgeCache(...scopes: Scope[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const cache = ttl(c) > 0 ? cacheOf() : null;
    let key: string | null = null;
    let hit: Response | undefined;
    if (cache) {
      const versions = await Promise.all(scopes.map((scope) => versionOf(cache, scope)));
      const url = new URL(c.req.url);
      url.searchParams.sort();
      // Entries live in windows of the request clock aligned to the TTL: time-dependent
      // figures (days left, a new month at a zone's midnight) never outlive their window.
      const window = Math.floor(c.get("now").getTime() / (ttl(c) * 1000));
      key = `${ORIGIN}/entry/${versions.join(".")}/${window}${url.pathname}${url.search}`;
      hit = await cache.match(key);
    }
    if (hit) {
      c.res = new Response(hit.body, { status: 200, headers: hit.headers });
      c.header("X-Cache", "HIT");
    } else {
      await next();
      if (c.res.status !== 200) return;
      const body = await c.res.clone().arrayBuffer();
      const etag = await etagOf(body);
      c.res.headers.set("ETag", etag);
      if (cache && key) {
        // Only the body and its validators are stored; per-request headers (CORS, ids) are not.
        const stored = new Response(body, {
          headers: {
            "Content-Type": c.res.headers.get("content-type") ?? "application/json",
            ETag: etag,
            "Cache-Control": `max-age=${ttl(c)}`,
          },
        });
        c.executionCtx.waitUntil(cache.put(key, stored));
      }
      c.header("X-Cache", cache ? "MISS" : "BYPASS");
    }
    c.header("Cache-Control", "no-cache");
    const etag = c.res.headers.get("ETag");
    if (etag && matchesEtag(c.req.header("if-none-match"), etag)) {
      c.res = new Response(null, { status: 304, headers: c.res.headers });
    }
  };
}

/** The scopes a successful write under `path` may change. */
function scopesWrittenBy(path: string): Scope[] {
  if (path.startsWith("/api/v1/admin/campaigns") || path.startsWith("/api/v1/webhooks/")) return ["campaigns"];
  if (path.startsWith("/api/v1/comments") || path.startsWith("/api/v1/admin/comments")) return ["comments"];
  return ["campaigns", "comments"];
}

/** After every successful write, moves the versions of what it changed (before answering). */
export const invalidateOnWrite: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const method = c.req.method;
  if (method === "GET" || method === "HEAD" || method === "OPTIONS" || c.res.status >= 400) return;
  const cache = cacheOf();
  if (cache) await Promise.all(scopesWrittenBy(c.req.path).map((scope) => storeVersion(cache, scope)));
};
