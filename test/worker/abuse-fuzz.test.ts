// Property-based: junk in the new headers and fields (X-Goalpost-Author, X-Goalpost-SSO,
// Idempotency-Key, X-Request-Id, author names, thread keys) never yields a 5xx, always yields
// the error envelope when rejected, and a rejected request leaves storage unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callWith, SSO_SECRET, ssoToken } from "./abuse-helpers";
import { posted, uniqueThread } from "./comments-helpers";
import { expectRejectedCleanly } from "./storage";

const RUNS = 30;
const TIMEOUT = 120_000;
const VARS = fc.constantFrom<Record<string, string>>(
  { SSO_SECRET },
  { SSO_SECRET, MODERATION: "first" },
  { MODERATION: "all" },
  {},
);

// Header values are byte strings without line breaks; anything else the Request refuses itself.
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((n) => String.fromCharCode(n)),
  maxLength: 160,
});
const junkText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("\u202Enimda", "ad\u200Bmin", "\u001b[2J", "\u0000", "\uD800", " ", "", "a".repeat(600)),
);
const junkValue = fc.oneof(
  junkText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const authorHeader = fc.oneof(printable, fc.stringMatching(/^[A-Za-z0-9_-]{30,130}$/));
const claims = fc.record(
  {
    id: junkValue,
    name: junkValue,
    email: fc.oneof(junkValue, fc.constant("a@example.org")),
    exp: fc.oneof(
      fc.integer({ min: -100_000, max: 200_000 }).map((d) => Math.floor(Date.now() / 1000) + d),
      junkValue,
    ),
  },
  { requiredKeys: [] },
);
const ssoHeader = fc.oneof(
  printable,
  fc.tuple(printable, printable).map(([a, b]) => `${a}.${b}`),
  claims.map((c) => ({ signed: c })),
);

async function header(value: string | { signed: Record<string, unknown> }) {
  return typeof value === "string" ? value : ssoToken(value.signed);
}

describe("fuzzing the identity headers and fields", () => {
  it(
    "POST /comments survives junk author keys, SSO headers, idempotency keys, request ids, names and threads",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          VARS,
          authorHeader,
          ssoHeader,
          fc.option(printable),
          printable,
          junkValue,
          fc.oneof(junkText, fc.constant(uniqueThread())),
          async (vars, author, sso, idem, requestId, name, thread) => {
            const headers: Record<string, string> = {
              "X-Goalpost-Author": author,
              "X-Goalpost-SSO": await header(sso),
              "X-Request-Id": requestId,
            };
            if (idem !== null) headers["Idempotency-Key"] = idem;
            const res = await expectRejectedCleanly(() =>
              callWith(vars, "POST", "/api/v1/comments", { thread, body: "fuzz", author: { name } }, headers),
            );
            expect(res.status === 201 || res.status === 202 || res.status >= 400).toBe(true);
            if (res.status < 400) expect(res.json.comment.author.name).not.toMatch(/^$|[\p{Cc}\p{Cf}]/u);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "PATCH, DELETE and votes survive junk identity headers and never change a comment without a right",
    async () => {
      const { id } = await posted({ thread: uniqueThread(), body: "target" });
      await fc.assert(
        fc.asyncProperty(VARS, authorHeader, ssoHeader, printable, async (vars, author, sso, token) => {
          const headers = { "X-Goalpost-Author": author, "X-Goalpost-SSO": await header(sso), Authorization: token };
          const edit = await expectRejectedCleanly(() =>
            callWith(vars, "PATCH", `/api/v1/comments/${id}`, { body: "taken" }, headers),
          );
          expect(edit.status).toBeGreaterThanOrEqual(400);
          const del = await expectRejectedCleanly(() =>
            callWith(vars, "DELETE", `/api/v1/comments/${id}`, undefined, headers),
          );
          expect(del.status).toBeGreaterThanOrEqual(400);
          await expectRejectedCleanly(() =>
            callWith(vars, "POST", `/api/v1/comments/${id}/votes`, { voter: author, value: 1 }, headers),
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
