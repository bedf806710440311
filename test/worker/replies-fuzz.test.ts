import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeCursor } from "../../src/domain/cursor";
import { list, posted, uniqueThread } from "./comments-helpers";
import { call } from "./helpers";
import { snapshot } from "./storage";
import { seedReplies } from "./thread-seed";

// Property-based: GET /api/v1/comments/:id/replies with generated ids and cursors never
// answers 5xx; a rejection is the error envelope (400 validation_failed, 404 not_found)
// and changes nothing; an answer is the ReplyPage shape.

/** URL-encodes junk; a lone surrogate (which no URL can carry) becomes U+FFFD first. */
const enc = (value: string) =>
  encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"),
  );

const junk = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("'; DROP TABLE comments; --", "%00", "..", "A".repeat(600), "W10", "e30", "bnVsbA"),
);

/** Cursors that decode but were never issued: right shape, wrong tag or types. */
const forgedCursor = fc
  .tuple(
    fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null)),
    fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 5 })),
    fc.oneof(fc.string({ maxLength: 30 }), fc.integer()),
  )
  .map((slots) => encodeCursor(slots as never));

describe("GET /api/v1/comments/:id/replies under generated input", () => {
  it("never answers 5xx; rejections are enveloped and change nothing", async () => {
    const thread = uniqueThread("/fuzz");
    const root = await posted({ thread, body: "root" });
    await seedReplies(thread, root.id, `fz-${Date.now().toString(36)}-`, 55, Date.now() + 1000);
    const issued = (await list(thread)).json.comments[0].moreReplies as string;
    const ids = fc.oneof(junk, fc.constant(root.id));
    const cursors = fc.oneof(junk, forgedCursor, fc.constant(issued), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(ids, cursors, async (id, cursor) => {
        const before = await snapshot();
        const path = `/api/v1/comments/${enc(id) || "%20"}/replies${cursor === undefined ? "" : `?cursor=${enc(cursor)}`}`;
        const res = await call("GET", path);
        expect(res.status, `${path} ${JSON.stringify(res.json)}`).toBeLessThan(500);
        if (res.status >= 400) {
          expect([400, 404]).toContain(res.status);
          expect(typeof res.json?.error?.code).toBe("string");
          expect(typeof res.json?.error?.message).toBe("string");
        } else {
          expect(res.status).toBe(200);
          expect(Array.isArray(res.json.replies)).toBe(true);
          expect(res.json.replies.length).toBeLessThanOrEqual(50);
          expect(res.json.moreReplies === null || typeof res.json.moreReplies === "string").toBe(true);
        }
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
