import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CONSOLE_CSS_URL, CONSOLE_JS_URL } from "../../src/generated/assets";
import { CONSOLE_CSP } from "../../src/routes/console-policy";
import { LANGS } from "../../widget/i18n";
import { KEYS } from "../../widget/i18n-keys";
import { INLINE_EN } from "../../widget/inline/strings";

const BASE = "http://goalpost.test";
const YEAR = "public, max-age=31536000, immutable";
const REVALIDATE = "public, max-age=300, must-revalidate";

/** The asset router (env.ASSETS, what production answers before the worker) and the worker's forward. */
const ways = [
  ["the asset binding", (path: string, init?: RequestInit) => env.ASSETS.fetch(`${BASE}${path}`, init)],
  ["the worker", (path: string, init?: RequestInit) => SELF.fetch(`${BASE}${path}`, init)],
] as const;

/** The hashed URLs widget.js loads after first paint, read from the served widget.js itself. */
async function hashedUrls(): Promise<string[]> {
  const widget = await (await env.ASSETS.fetch(`${BASE}/widget.js`)).text();
  // Quoted, or (the packs' folder) followed by "/<lang>.json" in a template string.
  return [...widget.matchAll(/\/assets\/[\w.-]+(?=["'`/])/g)].map((m) => m[0]);
}

describe.each(ways)("static assets through %s", (way, get) => {
  it.each([
    ["/widget.js", "text/javascript; charset=utf-8", REVALIDATE],
    ["/widget-inline.js", "text/javascript; charset=utf-8", REVALIDATE],
    ["/widget/i18n/de.json", "application/json", REVALIDATE],
    ["/widget/i18n/inline/ar.json", "application/json", REVALIDATE],
    ["/admin/console.js", "text/javascript; charset=utf-8", "no-cache"],
    ["/admin/console.css", "text/css; charset=utf-8", "no-cache"],
    [CONSOLE_JS_URL, "text/javascript; charset=utf-8", YEAR],
    [CONSOLE_CSS_URL, "text/css; charset=utf-8", YEAR],
  ])("serves %s as %s with Cache-Control %s, an ETag and 304s", async (path, type, cacheControl) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    // The worker names the charset of every JSON body it answers (the API contract's label).
    const json = way === "the worker" && type === "application/json";
    expect(res.headers.get("content-type")).toBe(json ? `${type}; charset=utf-8` : type);
    expect(res.headers.get("cache-control")).toBe(cacheControl);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await res.text()).length).toBeGreaterThan(100);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{16,}"$/);
    const again = await get(path, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("serves the widget's files to any site and the console's under the console's policy", async () => {
    expect((await get("/widget.js")).headers.get("access-control-allow-origin")).toBe("*");
    const consoleJs = await get(CONSOLE_JS_URL);
    expect(consoleJs.headers.get("content-security-policy")).toBe(CONSOLE_CSP);
    expect(consoleJs.headers.get("x-frame-options")).toBe("DENY");
    expect(consoleJs.headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });

  it("caches the content-hashed files widget.js loads for a year", async () => {
    const urls = await hashedUrls();
    expect(urls.some((url) => /^\/assets\/widget-inline\.[0-9a-f]{12}\.js$/.test(url))).toBe(true);
    expect(urls.some((url) => /^\/assets\/widget-interactions\.[0-9a-f]{12}\.js$/.test(url))).toBe(true);
    for (const url of urls.filter((u) => u.endsWith(".js"))) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      expect(res.headers.get("cache-control")).toBe(YEAR);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
    }
    const packs = urls.find((url) => /^\/assets\/i18n\.[0-9a-f]{12}$/.test(url))!;
    const de = await get(`${packs}/de.json`);
    expect(de.headers.get("cache-control")).toBe(YEAR);
    expect(await de.json()).toEqual(await (await get("/widget/i18n/de.json")).json());
    // Every language of LANGS is served, region-tagged codes included.
    for (const lang of LANGS) {
      const pack = await get(`${packs}/${lang}.json`);
      expect([lang, pack.status]).toEqual([lang, 200]);
      expect([lang, Object.keys(await pack.json())]).toEqual([lang, KEYS]);
      // The second file's strings of the language, beside its pack.
      const inline = await get(`${packs}/inline/${lang}.json`);
      expect([lang, inline.status, inline.headers.get("cache-control")]).toEqual([lang, 200, YEAR]);
      expect([lang, Object.keys(await inline.json()).sort()]).toEqual([lang, Object.keys(INLINE_EN).sort()]);
    }
    expect(await (await get(`${packs}/inline/ja.json`)).json()).toEqual(
      await (await get("/widget/i18n/inline/ja.json")).json(),
    );
  });

  it("answers 404 for a pack that does not exist", async () => {
    expect((await get("/widget/i18n/xx.json")).status).toBe(404);
    expect((await get("/widget/i18n/inline/en.json")).status).toBe(404);
  });
});

describe("a missing asset through the worker", () => {
  it("gets the API's 404 envelope, never a year-long Cache-Control", async () => {
    const res = await SELF.fetch(`${BASE}/assets/widget-inline.000000000000.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBeNull();
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
