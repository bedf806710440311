import { describe, expect, it } from "vitest";
import { describeFeature, spamFeatures } from "../../src/domain/spam-features";
import { emptyModel, learnFeatures, MIN_EXAMPLES, type SpamModel, scoreFeatures } from "../../src/domain/spam-model";

const SPAM = "Check out my channel http://promo.example subscribe for free gift cards!!!";
const HAM = "The second half of the article explains the river levels well, thanks for writing it.";

function trained(n: number): SpamModel {
  const model = emptyModel();
  for (let i = 0; i < n; i++) {
    learnFeatures(model, spamFeatures(`${SPAM} ${i}`), "spam");
    learnFeatures(model, spamFeatures(`${HAM} ${i}`), "ham");
  }
  return model;
}

describe("scoreFeatures", () => {
  it("judges nothing spam with an untrained model", () => {
    expect(scoreFeatures(emptyModel(), spamFeatures(SPAM))).toEqual({ score: 0, spam: false, reasons: [] });
  });

  it("judges nothing spam until it has seen MIN_EXAMPLES of each kind", () => {
    const barely = trained(MIN_EXAMPLES - 1);
    const verdict = scoreFeatures(barely, spamFeatures(SPAM));
    expect(verdict.score).toBeGreaterThan(0.5);
    expect(verdict.spam).toBe(false);
    expect(scoreFeatures(trained(MIN_EXAMPLES), spamFeatures(SPAM)).spam).toBe(true);
  });

  it("lets ham through and names what weighed most", () => {
    const model = trained(MIN_EXAMPLES);
    const ham = scoreFeatures(model, spamFeatures("I liked the part about the river levels"));
    expect(ham.spam).toBe(false);
    expect(ham.score).toBeLessThan(0.5);
    const spam = scoreFeatures(model, spamFeatures("subscribe to my channel http://promo.example"));
    expect(spam.reasons.length).toBeGreaterThan(0);
    expect(spam.reasons.length).toBeLessThanOrEqual(5);
    expect(spam.reasons.join(" ")).toMatch(/promo\.example|channel|subscribe|link/);
  });

  it("unlearns an example exactly (a decision that changes moves it)", () => {
    const model = trained(MIN_EXAMPLES);
    const before = JSON.stringify([...model.features]);
    const features = spamFeatures("a brand new sentence");
    learnFeatures(model, features, "spam");
    learnFeatures(model, features, "spam", -1);
    expect(JSON.stringify([...model.features])).toBe(before);
  });
});

describe("spamFeatures", () => {
  it("sees links and their hosts, shouting, repetition and the script", () => {
    const features = spamFeatures("FREE MONEY NOW!!!! VISIT www.Win-Big.example/x AND http://win-big.example TODAY");
    expect(features).toEqual(
      expect.arrayContaining(["link:2", "host:win-big.example", "caps:2", "repeat:punct", "script:latin"]),
    );
    expect(spamFeatures("Привет, отличная статья про реку")).toContain("script:cyrillic");
    expect(describeFeature("host:win-big.example")).toBe("link to win-big.example");
  });

  it("stays bounded for a 10,000-character paste", () => {
    const features = spamFeatures(Array.from({ length: 2000 }, (_, i) => `w${i}x`).join(" "));
    expect(features.length).toBeLessThanOrEqual(1500);
  });
});
