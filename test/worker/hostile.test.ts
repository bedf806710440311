import { createExecutionContext, env } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import app from "../../src/index";
import { posted, uniqueThread } from "./comments-helpers";
import { ADMIN, call, createCampaign, errorOf } from "./helpers";
import { expectRejectedCleanly } from "./storage";

// Property-based: generated junk at every endpoint never yields a 5xx, always yields the
// error envelope when rejected, and a rejected request leaves storage unchanged.

const INJECTIONS = [
  "'; DROP TABLE comments; --",
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "../../../../etc/passwd",
  "%00%0d%0aSet-Cookie: x=1",
  "\u0000\u0001\u001f\u007f",
  "\u202eRTL override",
  "𝓤𝓷𝓲𝓬𝓸𝓭𝓮 🎉 \uD800",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a Log4Shell probe, sent as plain text
  "${jndi:ldap://x}",
  "{{7*7}}",
  "A".repeat(5000),
];

const junkString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(...INJECTIONS),
);
const junkValue = fc.oneof(
  junkString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(junkString, { maxLength: 3 }),
  fc.dictionary(junkString, junkString, { maxKeys: 3 }),
);
/** A JSON body shaped like the real ones but with junk in every field. */
const junkBody = (keys: string[]) =>
  fc.oneof(
    fc.record(Object.fromEntries(keys.map((key) => [key, junkValue])), { requiredKeys: [] }),
    junkValue,
    fc.jsonValue(),
  );

const RUNS = 25;
const TIMEOUT = 120_000;

/** URL-encodes junk; a lone surrogate (which no URL can carry) becomes U+FFFD first. */
const enc = (value: string) =>
  encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"),
  );

describe("hostile input", () => {
  it(
    "public reads survive junk slugs, threads, sorts, limits and cursors",
    async () => {
      await fc.assert(
        fc.asyncProperty(junkString, junkString, junkString, junkString, async (a, b, c, d) => {
          await expectRejectedCleanly(() => call("GET", `/api/v1/campaigns/${enc(a)}`));
          await expectRejectedCleanly(() =>
            call("GET", `/api/v1/comments?thread=${enc(a)}&sort=${enc(b)}&limit=${enc(c)}&cursor=${enc(d)}`),
          );
          await expectRejectedCleanly(() => call("GET", `/api/v1/counts?thread=${enc(a)}&thread=${enc(b)}`));
          await expectRejectedCleanly(() =>
            call("GET", `/api/v1/embed?campaign=${enc(a)}&thread=${enc(b)}&sort=${enc(c)}&limit=${enc(d)}`),
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "comment writes survive junk bodies, ids and tokens",
    async () => {
      const thread = uniqueThread();
      const target = await posted({ thread, body: "target" });
      await fc.assert(
        fc.asyncProperty(
          junkBody(["thread", "parentId", "body", "author", "notify", "website", "anchor"]),
          junkString,
          async (body, s) => {
            const ip = {
              "CF-Connecting-IP": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
            };
            await expectRejectedCleanly(() => call("POST", "/api/v1/comments", { body, headers: ip }));
            await expectRejectedCleanly(() =>
              call("PATCH", `/api/v1/comments/${enc(s)}`, {
                body,
                headers: { Authorization: `Bearer ${s.replace(/[^\x21-\x7e]/g, "")}x` },
              }),
            );
            await expectRejectedCleanly(() =>
              call("PATCH", `/api/v1/comments/${target.id}`, {
                body,
                headers: { Authorization: "Bearer not-the-token" },
              }),
            );
            await expectRejectedCleanly(() => call("DELETE", `/api/v1/comments/${enc(s)}`));
            await expectRejectedCleanly(() => call("POST", `/api/v1/comments/${target.id}/votes`, { body }));
            await expectRejectedCleanly(() =>
              call("POST", `/api/v1/comments/${enc(s)}/votes`, { body: { voter: "v".repeat(20), value: 1 } }),
            );
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "admin writes survive junk bodies, slugs, headers and cursors",
    async () => {
      const slug = await createCampaign();
      await fc.assert(
        fc.asyncProperty(
          junkBody([
            "slug",
            "title",
            "currency",
            "tiers",
            "period",
            "amount",
            "donor",
            "message",
            "at",
            "status",
            "pinned",
            "body",
          ]),
          junkString,
          async (body, s) => {
            const headers = ADMIN;
            await expectRejectedCleanly(() => call("POST", "/api/v1/admin/campaigns", { body, headers }));
            const patch = await expectRejectedCleanly(() =>
              call("PATCH", `/api/v1/admin/campaigns/${enc(s)}`, { body, headers }),
            );
            expect(patch.status).not.toBe(200);
            await expectRejectedCleanly(() =>
              call("POST", `/api/v1/admin/campaigns/${slug}/donations`, {
                body,
                headers: { ...headers, "Idempotency-Key": s.replace(/[^\x20-\x7e]/g, "") },
              }),
            );
            await expectRejectedCleanly(() =>
              call("GET", `/api/v1/admin/campaigns/${slug}/donations?cursor=${enc(s)}&limit=${enc(s)}`, { headers }),
            );
            await expectRejectedCleanly(() =>
              call("DELETE", `/api/v1/admin/campaigns/${slug}/donations/${enc(s)}`, { headers }),
            );
            await expectRejectedCleanly(() =>
              call("GET", `/api/v1/admin/comments?status=${enc(s)}&cursor=${enc(s)}`, { headers }),
            );
            await expectRejectedCleanly(() => call("PATCH", `/api/v1/admin/comments/${enc(s)}`, { body, headers }));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "rejects junk bodies of every content type and size without a 5xx",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 2048 }),
          fc.constantFrom(
            "application/json",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "",
          ),
          async (bytes, type) => {
            for (const path of ["/api/v1/comments", "/api/v1/admin/campaigns"]) {
              const headers: Record<string, string> = { ...ADMIN, "CF-Connecting-IP": "10.8.0.1" };
              if (type) headers["Content-Type"] = type;
              await expectRejectedCleanly(() => call("POST", path, { raw: bytes, headers }));
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "import, privacy and subscription links survive junk",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          junkBody(["source", "records", "type", "id", "thread", "body", "createdAt"]),
          junkString,
          async (body, s) => {
            await expectRejectedCleanly(() => call("POST", "/api/v1/admin/import", { body, headers: ADMIN }));
            await expectRejectedCleanly(() =>
              call("POST", "/api/v1/admin/import", { body: { source: s, records: [body] }, headers: ADMIN }),
            );
            await expectRejectedCleanly(() => call("GET", `/api/v1/admin/privacy?email=${enc(s)}`, { headers: ADMIN }));
            await expectRejectedCleanly(() =>
              call("DELETE", `/api/v1/admin/privacy?email=${enc(s)}`, { headers: ADMIN }),
            );
            await expectRejectedCleanly(() => call("GET", `/api/v1/subscriptions/confirm?token=${enc(s)}`));
            await expectRejectedCleanly(() => call("GET", `/api/v1/unsubscribe?token=${enc(s)}`));
            await expectRejectedCleanly(() => call("POST", `/api/v1/unsubscribe?token=${enc(s)}`, { body }));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it("answers a malformed percent-escape in a slug or comment id with 404 not_found, never a 500", async () => {
    const slug = await createCampaign();
    const { id } = await posted({ thread: uniqueThread(), body: "a comment" });
    const sends: [string, string][] = [
      ["GET", "/api/v1/campaigns/%E0%A4%A"],
      ["GET", "/api/v1/campaigns/%ZZ"],
      ["GET", "/api/v1/campaigns/%"],
      ["PATCH", "/api/v1/comments/%E0%A4%A"],
      ["DELETE", "/api/v1/comments/%E0%A4%A"],
      ["POST", "/api/v1/comments/%E0%A4%A/votes"],
      ["PATCH", "/api/v1/admin/comments/%E0%A4%A"],
      ["DELETE", "/api/v1/admin/comments/%ZZ"],
      ["PATCH", `/api/v1/admin/campaigns/${slug}%ZZ`],
    ];
    for (const [method, path] of sends) {
      const body =
        method === "POST" ? { voter: "v".repeat(20), value: 1 } : method === "PATCH" ? { body: "x" } : undefined;
      const res = await expectRejectedCleanly(() =>
        call(method, path, { body, headers: path.includes("/admin/") ? ADMIN : {} }),
      );
      expect([res.status, errorOf(res).code], `${method} ${path}`).toEqual([404, "not_found"]);
    }
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).status).toBe(200);
    expect((await call("GET", `/api/v1/comments/${id}/replies`)).status).toBe(200);
  });

  it(
    "answers junk Stripe deliveries with 400 and stores nothing",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 1024 }), junkString, async (bytes, signature) => {
          const request = new Request("http://goalpost.test/api/v1/webhooks/stripe", {
            method: "POST",
            headers: { "Content-Type": "application/json", "Stripe-Signature": signature.replace(/[^\x20-\x7e]/g, "") },
            body: bytes,
          });
          await expectRejectedCleanly(async () => {
            const res = await app.fetch(
              request,
              { ...env, STRIPE_WEBHOOK_SECRET: "whsec_hostile" },
              createExecutionContext(),
            );
            return { status: res.status, json: await res.json() };
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
