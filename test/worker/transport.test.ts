import { createExecutionContext, env, SELF } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import app from "../../src/index";
import { admin, call, createCampaign, errorOf, uniqueSlug } from "./helpers";
import { snapshot } from "./storage";

const BASE = "http://goalpost.test";
const withEnv = (request: Request, overrides: Partial<typeof env>) =>
  app.fetch(request, { ...env, ...overrides }, createExecutionContext());
const campaignBody = () => ({
  slug: uniqueSlug(),
  title: "t",
  currency: "USD",
  tiers: [{ amount: 1 }],
  period: { kind: "open" },
});

describe("admin authentication", () => {
  it("answers 503 admin_disabled when ADMIN_TOKEN is not configured", async () => {
    const res = await withEnv(
      new Request(`${BASE}/api/v1/admin/campaigns`, { headers: { Authorization: "Bearer x" } }),
      {
        ADMIN_TOKEN: undefined,
      },
    );
    expect(res.status).toBe(503);
    expect(errorOf({ json: await res.json() }).code).toBe("admin_disabled");
  });

  it.each([
    ["no header", {}],
    ["a wrong token", { Authorization: "Bearer wrong-token" }],
    ["a token prefix", { Authorization: "Bearer test-admin" }],
    ["Basic auth", { Authorization: `Basic ${btoa("admin:test-admin-token")}` }],
  ])("answers 401 with WWW-Authenticate for %s", async (_name, headers) => {
    const res = await call("GET", "/api/v1/admin/campaigns", { headers });
    expect(res.status).toBe(401);
    expect(errorOf(res).code).toBe("unauthorized");
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("does not accept the token as a query parameter", async () => {
    const res = await call("GET", "/api/v1/admin/campaigns?token=test-admin-token&access_token=test-admin-token");
    expect(res.status).toBe(401);
  });

  it("rejects an unauthenticated write and stores nothing", async () => {
    const before = await snapshot();
    const res = await call("POST", "/api/v1/admin/campaigns", { body: campaignBody() });
    expect(res.status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });
});

describe("request bodies", () => {
  it("answers 400 invalid_json for a body that is not JSON", async () => {
    const before = await snapshot();
    const res = await admin("POST", "/api/v1/admin/campaigns", {
      raw: "{not json",
      headers: { "Content-Type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe("invalid_json");
    expect(await snapshot()).toEqual(before);
  });

  it("answers 400 invalid_json for a missing body", async () => {
    const res = await admin("POST", "/api/v1/admin/campaigns");
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe("invalid_json");
  });

  it("answers 400 validation_failed for JSON that is not an object", async () => {
    const res = await admin("POST", "/api/v1/admin/campaigns", { body: [1, 2] });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe("validation_failed");
  });

  it("answers 415 for a body that is not JSON on a JSON endpoint", async () => {
    const before = await snapshot();
    const res = await admin("POST", "/api/v1/admin/campaigns", {
      raw: JSON.stringify(campaignBody()),
      headers: { "Content-Type": "text/plain" },
    });
    expect(res.status).toBe(415);
    expect(errorOf(res).code).toBe("unsupported_media_type");
    expect(await snapshot()).toEqual(before);
  });

  it("answers 413 for a body over 64 KiB", async () => {
    const before = await snapshot();
    const res = await admin("POST", "/api/v1/admin/campaigns", {
      body: { ...campaignBody(), title: "x".repeat(70_000) },
    });
    expect(res.status).toBe(413);
    expect(errorOf(res).code).toBe("payload_too_large");
    expect(await snapshot()).toEqual(before);
  });

  it("counts the bytes of a chunked body, which has no Content-Length", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await SELF.fetch(`${BASE}/api/v1/admin/campaigns`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer test-admin-token" },
      body: stream,
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
  });
});

describe("errors and headers", () => {
  it("answers an unknown route with 404 whatever its body", async () => {
    const res = await call("POST", "/api/v1/nope", { raw: "hello", headers: { "Content-Type": "text/plain" } });
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe("not_found");
  });

  it("answers ids and slugs longer than any we issue with 404, and embed with campaign null", async () => {
    const long = "a".repeat(300);
    expect((await call("GET", `/api/v1/campaigns/${long}`)).status).toBe(404);
    expect((await admin("GET", `/api/v1/admin/campaigns/${long}/donations`)).status).toBe(404);
    expect((await admin("DELETE", `/api/v1/admin/campaigns/${long}/donations/${long}`)).status).toBe(404);
    expect(
      (await call("DELETE", `/api/v1/comments/c_${long}`, { headers: { Authorization: "Bearer test-admin-token" } }))
        .status,
    ).toBe(404);
    expect(
      (await call("POST", `/api/v1/comments/c_${long}/votes`, { body: { voter: "voter-0123456789abcdef", value: 1 } }))
        .status,
    ).toBe(404);
    const embed = await call("GET", `/api/v1/embed?campaign=${long}`);
    expect(embed.status).toBe(200);
    expect(embed.json.campaign).toBeNull();
  });

  it("answers unknown routes with the 404 envelope", async () => {
    const res = await call("GET", "/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe("not_found");
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("answers a failing database with a bare 500 envelope carrying the request id, logging the detail", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = {
      prepare() {
        throw new Error("D1_ERROR: secret internal detail");
      },
    } as unknown as D1Database;
    const res = await withEnv(new Request(`${BASE}/api/v1/campaigns/demo`), { DB: failing });
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(res.status).toBe(500);
    expect(body.error.code).toBe("internal");
    expect(body.error.message).not.toContain("secret internal detail");
    const id = res.headers.get("x-request-id")!;
    expect(body.error.message).toContain(id);
    expect(String(log.mock.calls[0]?.[0])).toContain(id);
  });

  it("sets security headers on every response", async () => {
    const res = await call("GET", "/api/v1/campaigns/none");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBeTruthy();
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    const page = await call("GET", "/");
    expect(page.headers.get("content-security-policy")).toMatch(/script-src/);
    expect(page.headers.get("content-security-policy")).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});

describe("CORS", () => {
  it("answers a public preflight from any origin by default, with a request id", async () => {
    const res = await SELF.fetch(`${BASE}/api/v1/campaigns/demo`, {
      method: "OPTIONS",
      headers: { Origin: "https://news.example", "Access-Control-Request-Method": "GET" },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("allows only the listed origins when ALLOWED_ORIGINS is set", async () => {
    const request = (origin: string) => new Request(`${BASE}/api/v1/campaigns/none`, { headers: { Origin: origin } });
    const config = { ALLOWED_ORIGINS: "https://a.example, https://b.example" };
    const allowed = await withEnv(request("https://b.example"), config);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://b.example");
    const other = await withEnv(request("https://evil.example"), config);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("does not enable CORS on admin endpoints", async () => {
    const res = await SELF.fetch(`${BASE}/api/v1/admin/campaigns`, {
      headers: { Origin: "https://evil.example", Authorization: "Bearer test-admin-token" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("GET /openapi.json", () => {
  it("describes every campaign and donation endpoint", async () => {
    await createCampaign();
    const res = await call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    const paths = res.json.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths["/api/v1/campaigns/{slug}"]!)).toContain("get");
    expect(Object.keys(paths["/api/v1/admin/campaigns"]!).sort()).toEqual(["get", "post"]);
    expect(Object.keys(paths["/api/v1/admin/campaigns/{slug}"]!).sort()).toEqual(["delete", "patch"]);
    expect(Object.keys(paths["/api/v1/admin/campaigns/{slug}/donations"]!).sort()).toEqual(["get", "post"]);
    expect(Object.keys(paths["/api/v1/admin/campaigns/{slug}/donations/{id}"]!)).toEqual(["delete", "patch"]);
    expect(res.json.components.schemas.CampaignCreate).toBeTruthy();
  });
});

describe("empty query parameters", () => {
  it("treat `?cursor=&limit=&sort=` as not given, while bad values stay 400", async () => {
    const slug = await createCampaign();
    const ledger = await admin("GET", `/api/v1/admin/campaigns/${slug}/donations?cursor=&limit=`);
    expect(ledger.status).toBe(200);
    expect(ledger.json.nextCursor).toBeNull();
    const page = await call("GET", "/api/v1/comments?thread=%2Fempty-params&sort=&limit=&cursor=");
    expect(page.status).toBe(200);
    expect(page.json.sort).toBe("oldest");
    expect((await call("GET", "/api/v1/comments?thread=%2Fempty-params&limit=0")).status).toBe(400);
    expect((await call("GET", "/api/v1/comments?thread=%2Fempty-params&sort=best")).status).toBe(400);
  });
});
