import { describe, expect, it } from "vitest";
import { KEYS, LANGS, language, pluralForm, strings } from "../../widget/i18n";
import { PACKS, packTable } from "../../widget/i18n-packs";

describe("widget strings", () => {
  it("has a pack with every key for each language", () => {
    expect(Object.keys(PACKS).sort()).toEqual(LANGS);
    for (const [lang, pack] of Object.entries(PACKS)) {
      expect([lang, Object.keys(pack).sort()]).toEqual([lang, [...KEYS].sort()]);
      for (const key of KEYS) expect([lang, key, pack[key].trim().length > 0]).toEqual([lang, key, true]);
    }
  });

  it("serves each pack as a key → string object in KEYS order", () => {
    expect(Object.keys(packTable("ru", KEYS)!)).toEqual(KEYS);
    expect(packTable("de", KEYS)?.post).toBe("Kommentar senden");
    expect(packTable("de", KEYS)?.owner).toBe("Betreiber");
    expect(packTable("xx", KEYS)).toBeNull();
  });

  it("falls back to English for languages and keys without strings", () => {
    expect(language("pt-BR")).toBe("en");
    expect(language("de-AT")).toBe("de");
    expect(strings()("post")).toBe("Post comment");
    expect(strings({ reply: "Antworten" })("post")).toBe("Post comment");
  });

  it("keeps capitals out of the deadline strings (CSS uppercases them)", () => {
    for (const lang of LANGS) {
      const t = strings(packTable(lang, KEYS)!);
      expect(t("days") + t("untilEnd")).not.toMatch(/\p{Lu}{2,}/u);
    }
  });

  it("maps plural categories to forms, falling back to the last", () => {
    expect(pluralForm("ru", "a|b|c|d", "few")).toBe("b");
    expect(pluralForm("en", "a|b", "other")).toBe("b");
    expect(pluralForm("fr", "a|b", "many")).toBe("b");
  });
});
