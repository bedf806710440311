import { createExecutionContext, env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CONSOLE_CSS_URL, CONSOLE_JS_URL } from "../../src/generated/assets";
import app from "../../src/index";
import { CONSOLE_CSP } from "../../src/routes/console";
import { uniqueIp, uniqueThread } from "./comments-helpers";
import { admin, call } from "./helpers";

const directives = (csp: string | null) =>
  new Map(
    (csp ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values.join(" ")]),
  );

describe("GET /admin", () => {
  it("serves the console shell as HTML that must not be cached", async () => {
    const res = await call("GET", "/admin");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.json).toContain(`<script src="${CONSOLE_JS_URL}" defer></script>`);
    expect(res.json).toContain(`<link rel="stylesheet" href="${CONSOLE_CSS_URL}">`);
    expect(CONSOLE_JS_URL).toMatch(/^\/admin\/assets\/console\.[0-9a-f]{12}\.js$/);
  });

  it("sends /admin/ to the console at /admin", async () => {
    const res = await SELF.fetch("http://goalpost.test/admin/", { redirect: "manual" });
    expect(res.status).toBe(308);
    expect(new URL(res.headers.get("location")!, "http://goalpost.test/").pathname).toBe("/admin");
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
    expect(csp.get("trusted-types")).toBe("goalpost-console goalpost");
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

/** Posts a comment with MODERATION=all, so it waits (or, with the honeypot filled, is spam). */
async function held(website = "") {
  const request = new Request("http://goalpost.test/api/v1/comments", {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": uniqueIp() },
    body: JSON.stringify({ thread: uniqueThread(), body: "hello", website }),
  });
  const res = await app.fetch(request, { ...env, MODERATION: "all" }, createExecutionContext());
  expect(res.status).toBe(202);
  return ((await res.json()) as { comment: { id: string } }).comment.id;
}

describe("GET /api/v1/admin/moderation/counts", () => {
  it("counts pending and spam comments, and a decision takes one off", async () => {
    const before = (await admin("GET", "/api/v1/admin/moderation/counts")).json;
    const waiting = await held();
    await held();
    await held("http://spam.example");
    expect((await admin("GET", "/api/v1/admin/moderation/counts")).json).toEqual({
      pending: before.pending + 2,
      spam: before.spam + 1,
    });
    await admin("PATCH", `/api/v1/admin/comments/${waiting}`, { body: { status: "approved" } });
    expect((await admin("GET", "/api/v1/admin/moderation/counts")).json).toEqual({
      pending: before.pending + 1,
      spam: before.spam + 1,
    });
  });

  it("answers 401 without the admin token", async () => {
    const res = await call("GET", "/api/v1/admin/moderation/counts");
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("unauthorized");
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await call("GET", "/openapi.json")).json;
    expect(doc.paths["/api/v1/admin/moderation/counts"].get.security).toEqual([{ bearerAuth: [] }]);
  });
});
