import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distance, matchEnds, matchStart } from "../../widget/inline/fuzzy";

/** The fewest edits turning `pattern` into some non-empty-ended substring of `text` (brute force). */
function bestSubstringDistance(text: string, pattern: string): number {
  let best = Infinity;
  for (let i = 0; i <= text.length; i++)
    for (let j = Math.max(i, 1); j <= text.length; j++) best = Math.min(best, distance(pattern, text.slice(i, j)));
  return best;
}

describe("distance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(distance("kitten", "sitting")).toBe(3);
    expect(distance("", "abc")).toBe(3);
    expect(distance("same", "same")).toBe(0);
  });
});

describe("matchEnds and matchStart", () => {
  it("find a match with one substitution", () => {
    const text = "the quick brown fox jumps over";
    const [hit] = matchEnds(text, "brawn fox", 2);
    expect(hit).toEqual({ end: text.indexOf("fox") + 3, errors: 1 });
    expect(text.slice(matchStart(text, "brawn fox", hit!.end, 2), hit!.end)).toBe("brown fox");
  });

  it("report nothing beyond the allowed edits", () => {
    expect(matchEnds("abcdefgh", "xyzw", 2)).toEqual([]);
  });

  it("agree with the brute-force distance on random strings", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 14 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c"), minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 3 }),
        (text, pattern, k) => {
          const truth = bestSubstringDistance(text, pattern);
          const found = matchEnds(text, pattern, k);
          if (truth > k) return found.length === 0;
          if (found.length === 0 || found[0]!.errors !== truth) return false;
          return found.every(
            ({ end }) => distance(pattern, text.slice(matchStart(text, pattern, end, k), end)) === truth,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
