import { describe, expect, it } from "vitest";
import { spamFeatures } from "../../src/domain/spam-features";
import { post, uniqueThread } from "./comments-helpers";
import { storedSpam, teach, uniqueWord } from "./spam-helpers";

// Cyrillic letters that look like Latin ones, as spammers swap them in.
const LOOKALIKE: Record<string, string> = { a: "а", e: "е", o: "о", c: "с", p: "р", x: "х", y: "у", i: "і" };
const disguised = (word: string) => word.replace(/[aeocpxyi]/g, (letter) => LOOKALIKE[letter] ?? letter);
const zeroWidth = (word: string) => [...word].join("\u200b");
const softHyphens = (word: string) => [...word].join("\u00ad");

describe("spam that hides its words from the machine but not from readers", () => {
  const cases: [string, (word: string) => string][] = [
    ["zero-width spaces inside its words", zeroWidth],
    ["soft hyphens inside its words", softHyphens],
    ["Cyrillic lookalike letters in its words", disguised],
  ];
  for (const [name, hide] of cases) {
    it(`is still judged spam with ${name}`, async () => {
      // Words rich in lookalike letters, so the disguise changes each of them.
      const words = [uniqueWord("spaceoxy"), uniqueWord("caperoxi"), uniqueWord("pixeocay")];
      await teach(words, [uniqueWord("h"), uniqueWord("h")]);
      // Only the taught words: caught plainly, they must be caught disguised too.
      const plain = await post({ thread: uniqueThread(), body: words.join(" ") });
      expect(plain.status).toBe(202);
      const body = words.map(hide).join(" ");
      expect(body).not.toContain(words[1]);
      const res = await post({ thread: uniqueThread(), body });
      expect(res.status).toBe(202);
      expect(res.json.comment.status).toBe("pending");
      expect((await storedSpam(res.json.comment.id))?.status).toBe("spam");
    });
  }
});

describe("spamFeatures reads text as readers see it", () => {
  it("folds lookalike letters only in Latin text, so a Russian comment keeps its own words", () => {
    const russian = "Спасибо за статью, очень интересно читать про реку и город";
    const features = spamFeatures(russian);
    expect(features).toContain("w:спасибо");
    expect(features).toContain("script:cyrillic");
    expect(spamFeatures("subscrіbe to my сhannel")).toEqual(spamFeatures("subscribe to my channel"));
  });
});
