import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { threadUrl } from "../../src/notify/links";
import { call } from "./helpers";
import { snapshot } from "./storage";

// Junk at the link pages and in thread keys: never a 5xx, always the JSON envelope (or the
// "not valid" page for a browser), storage unchanged, and no link ever leaves our origin.

const junk = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "all",
    "ALL",
    "thread",
    "",
    "//evil.example",
    "https://evil.example/verify",
    "\\\\evil",
    "%00",
    "a".repeat(43),
  ),
);
const enc = (value: string) =>
  encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"),
  );

describe("hostile input at the link pages", () => {
  it("answers junk tokens, scopes, bodies and content types without a 5xx and changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        junk,
        junk,
        junk,
        fc.constantFrom("application/x-www-form-urlencoded", "application/json", "text/plain", "multipart/form-data"),
        fc.constantFrom("text/html", "application/json", "*/*"),
        async (token, scope, body, type, accept) => {
          const before = await snapshot();
          for (const path of ["/api/v1/subscriptions/confirm", "/api/v1/unsubscribe"]) {
            for (const method of ["GET", "POST"]) {
              const res = await call(method, `${path}?token=${enc(token)}&scope=${enc(scope)}`, {
                raw: method === "POST" ? body : undefined,
                headers: { "Content-Type": type, Accept: accept },
              });
              expect(res.status).toBeGreaterThanOrEqual(400);
              expect(res.status).toBeLessThan(500);
              const isPage = res.headers.get("content-type")?.startsWith("text/html");
              if (isPage) expect(accept).toBe("text/html");
              else expect(typeof res.json?.error?.code).toBe("string");
            }
          }
          expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});

describe("threadUrl", () => {
  it("keeps every thread key under SITE_URL or the worker's origin", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 60 }),
          fc.webUrl(),
          fc.webUrl().map((u) => u.replace(/^https?:/, "")),
        ),
        fc.constantFrom(undefined, "https://blog.example", "https://example.org/blog/", "not a url"),
        (thread, site) => {
          const url = threadUrl(site, "http://goalpost.test", thread, "c_1");
          if (url === null) return;
          const expected = site && URL.canParse(site) ? new URL(site).origin : "http://goalpost.test";
          expect(new URL(url).origin).toBe(expected);
          expect(new URL(url).hash).toBe("#c_1");
          expect(new URL(url).search).toBe("");
        },
      ),
      { numRuns: 500 },
    );
  });
});
