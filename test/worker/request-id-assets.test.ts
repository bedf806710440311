import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CONSOLE_CSS_URL, CONSOLE_JS_URL } from "../../src/generated/assets";
import worker from "../../src/index";

const BASE = "http://goalpost.test";

// The worker's own answer for a static asset (run_worker_first, or the worker called
// directly): "X-Request-Id is on every response" (docs/api.md) holds there too.
async function direct(path: string, headers: Record<string, string> = {}) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`${BASE}${path}`, { headers }), env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe("X-Request-Id on responses served from the static assets", () => {
  it("GET /openapi.json through the worker carries X-Request-Id, also on a 304", async () => {
    const res = await direct("/openapi.json", { "X-Request-Id": "smoke-req-0001" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("smoke-req-0001");
    expect(((await res.json()) as { paths?: unknown }).paths).toBeTruthy();
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await direct("/openapi.json", { "If-None-Match": etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("GET /widget.js through the worker carries X-Request-Id", async () => {
    const res = await direct("/widget.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  // wrangler.toml runs the worker first for every path (test/node/wrangler-config.test.ts), so
  // these are its answers too, not the asset router's alone.
  it("the content-hashed files widget.js loads and the console's files carry X-Request-Id", async () => {
    const widget = await (await direct("/widget.js")).text();
    const hashed = [...widget.matchAll(/\/assets\/[\w.-]+\.js(?=["'`])/g)].map((m) => m[0]);
    expect(hashed.length).toBeGreaterThan(0);
    const packs = widget.match(/\/assets\/i18n\.[0-9a-f]{12}/)?.[0];
    expect(packs).toBeTruthy();
    const paths = [
      ...hashed,
      `${packs}/de.json`,
      CONSOLE_JS_URL,
      CONSOLE_CSS_URL,
      "/admin/console.js",
      "/admin/console.css",
    ];
    for (const path of paths) {
      const res = await direct(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("x-request-id"), path).toMatch(/^[0-9a-f-]{36}$/);
      await res.body?.cancel();
    }
  });
});
