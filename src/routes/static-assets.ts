import type { Context } from "hono";
import type { AppEnv } from "../env";

/**
 * Answers from the Workers Static Assets of dist/public (scripts/build-assets.mjs): its
 * content type, ETag, 304 and the Cache-Control of dist/public/_headers. In production the
 * asset router serves these paths before the worker runs; this serves them when the worker
 * is called directly (tests, `run_worker_first`). The copy makes the headers mutable for
 * the middleware after it.
 */
export async function fromAssets(c: Context<AppEnv>): Promise<Response> {
  const res = await c.env.ASSETS.fetch(c.req.raw);
  // A missing file gets the API's 404, not the year-long Cache-Control of its folder.
  if (res.status === 404) return c.notFound();
  return new Response(res.body, res);
}
