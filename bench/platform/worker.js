// The platform's own cost of a cache miss under `wrangler dev`: `/floor` answers at once
// (the 404 floor of a worker with nothing in it); `/miss` looks its URL up in the Cache API,
// runs `SELECT 1` on D1 and stores a 2 KB answer, as every edge-cache miss must at least do.
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname !== "/miss") return new Response("not found", { status: 404 });
    const key = `https://platform.internal/${url.search}`;
    const hit = await caches.default.match(key);
    if (hit) return hit;
    const row = await env.DB.prepare("SELECT 1 AS one").first();
    const body = JSON.stringify({ row, pad: "x".repeat(2000) });
    ctx.waitUntil(caches.default.put(key, new Response(body, { headers: { "Cache-Control": "max-age=30" } })));
    return new Response(body, { headers: { "Content-Type": "application/json" } });
  },
};
