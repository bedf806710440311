import { describe, expect, it } from "vitest";
import { CONSOLE_CSP } from "../../src/routes/console";
import { call } from "./helpers";

const directives = (csp: string | null) =>
  new Map((csp ?? "").split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(" ")]));

describe("GET /admin", () => {
  it("serves the console shell as HTML that must not be cached", async () => {
    const res = await call("GET", "/admin");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.json).toContain('<script src="/admin/console.js" defer></script>');
    expect(res.json).toContain('<link rel="stylesheet" href="/admin/console.css">');
  });

  it("sends a strict Content-Security-Policy and forbids framing", async () => {
    const res = await call("GET", "/admin");
    const csp = directives(res.headers.get("content-security-policy"));
    expect(csp.get("default-src")).toBe("'none'");
    expect(csp.get("script-src")).toBe("'self'");
    expect(csp.get("style-src")).toBe("'self'");
    expect(csp.get("connect-src")).toBe("'self'");
    expect(csp.get("img-src")).toBe("'self' data:");
    expect(csp.get("base-uri")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("require-trusted-types-for")).toBe("'script'");
    expect(csp.get("trusted-types")).toBe("goalpost-console");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("has no inline script, style element, style attribute or event handler attribute", async () => {
    const html: string = (await call("GET", "/admin")).json;
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it("answers 404 in the error envelope for an unknown console path", async () => {
    const res = await call("GET", "/admin/nope");
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe("not_found");
  });
});

describe.each([
  ["/admin/console.js", "text/javascript; charset=utf-8"],
  ["/admin/console.css", "text/css; charset=utf-8"],
])("GET %s", (path, type) => {
  it("serves the asset with its content type, an ETag and the same policy headers", async () => {
    const res = await call("GET", path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(type);
    expect(res.headers.get("etag")).toMatch(/^"[\w-]{16,}"$/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("content-security-policy")).toBe(CONSOLE_CSP);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(String(res.json).length).toBeGreaterThan(1000);
  });

  it("answers 304 with no body when If-None-Match carries the ETag", async () => {
    const etag = (await call("GET", path)).headers.get("etag")!;
    const res = await call("GET", path, { headers: { "If-None-Match": `W/${etag}` } });
    expect(res.status).toBe(304);
    expect(res.json).toBeNull();
  });
});
