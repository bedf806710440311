import { describe, expect, it } from "vitest";
import { KEYS, language, lineCounts, pluralForm, strings } from "../../widget/i18n";

describe("widget strings", () => {
  it("has every key in every language", () => {
    for (const [lang, lines] of Object.entries(lineCounts())) expect([lang, lines]).toEqual([lang, KEYS.length]);
  });

  it("falls back to English for languages without strings", () => {
    expect(language("pt-BR")).toBe("en");
    expect(language("de-AT")).toBe("de");
    expect(strings(language("ja"))("post")).toBe("Post comment");
  });

  it("keeps capitals out of the deadline strings (CSS uppercases them)", () => {
    for (const lang of ["en", "de", "fr", "es", "ru"]) {
      const text = strings(lang)("days") + strings(lang)("untilEnd");
      expect(text).not.toMatch(/\p{Lu}{2,}/u);
    }
  });

  it("maps plural categories to forms, falling back to the last", () => {
    expect(pluralForm("ru", "a|b|c|d", "few")).toBe("b");
    expect(pluralForm("en", "a|b", "other")).toBe("b");
    expect(pluralForm("fr", "a|b", "many")).toBe("b");
  });
});
