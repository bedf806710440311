import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { app } from "../../src/index";
import { OPENAPI_CONFIG } from "../../src/openapi";

const BASE = "http://goalpost.test";

// /openapi.json is generated at build time (scripts/lib/openapi-document.mjs) and served as
// a static asset; the worker's bundle has no generator. The tests load the real generator:
// the served document must be exactly the one the current routes generate.
describe("GET /openapi.json (a static asset built from the routes)", () => {
  it("equals the document generated from the routes the worker mounts", async () => {
    const generated = JSON.parse(JSON.stringify(app.getOpenAPI31Document(OPENAPI_CONFIG)));
    expect(Object.keys(generated.paths).length).toBeGreaterThan(20);
    for (const res of [await SELF.fetch(`${BASE}/openapi.json`), await env.ASSETS.fetch(`${BASE}/openapi.json`)]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(await res.json()).toEqual(generated);
    }
  });
});
