import { describe, expect, it } from "vitest";
import { EN, LANGS, language, pluralForm, strings } from "../../widget/i18n";
import { KEYS } from "../../widget/i18n-keys";
import { PACKS, packTable } from "../../widget/i18n-packs";
import { LATER_EN } from "../../widget/interactions/strings";
import { TABLE as LIVE, liveStrings } from "../../widget/live/strings";

describe("widget strings", () => {
  it("has a pack with every key for each language", () => {
    expect(Object.keys(PACKS).sort()).toEqual(LANGS);
    for (const [lang, pack] of Object.entries(PACKS)) {
      expect([lang, Object.keys(pack).sort()]).toEqual([lang, [...KEYS].sort()]);
      for (const key of KEYS) expect([lang, key, pack[key].trim().length > 0]).toEqual([lang, key, true]);
    }
  });

  it("keeps the English of the chunk's strings out of widget.js's table, and each key in one of the two", () => {
    const paint = Object.keys(EN);
    const later = Object.keys(LATER_EN);
    expect(paint.filter((key) => later.includes(key))).toEqual([]);
    expect([...paint, ...later].sort()).toEqual([...KEYS].sort());
    expect(later).toEqual(expect.arrayContaining(["notifyAll", "cancel", "save", "held", "posted"]));
  });

  it("serves each pack as a key → string object in KEYS order", () => {
    expect(Object.keys(packTable("ru", KEYS)!)).toEqual(KEYS);
    expect(packTable("de", KEYS)?.post).toBe("Kommentar senden");
    expect(packTable("de", KEYS)?.owner).toBe("Betreiber");
    expect(packTable("xx", KEYS)).toBeNull();
  });

  it("gives every plural string exactly the CLDR categories of its language, in its pack's order", () => {
    const english = strings(LATER_EN);
    for (const lang of ["en", ...LANGS]) {
      const t = strings(lang === "en" ? LATER_EN : packTable(lang, KEYS)!);
      const order = t("plurals").split("|");
      const cldr = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      expect([lang, [...order].sort()]).toEqual([lang, [...cldr].sort()]);
      for (const key of KEYS) {
        if (key === "plurals") continue;
        const plural = english(key).includes("|");
        expect([lang, key, t(key).split("|").length]).toEqual([lang, key, plural ? order.length : 1]);
      }
    }
  });

  it("keeps English's placeholders in every string and form", () => {
    const english = strings(LATER_EN);
    const marks = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    // Forms that name one exact number in words ("يومان", "יומיים") may leave out "#".
    const wordy = new Set(["ar:zero", "ar:one", "ar:two", "he:one", "he:two"]);
    for (const lang of LANGS) {
      const t = strings(packTable(lang, KEYS)!);
      const order = t("plurals").split("|");
      for (const key of KEYS) {
        if (key === "plurals") continue;
        const en = english(key);
        t(key)
          .split("|")
          .forEach((form, i) => {
            expect([lang, key, marks(form)]).toEqual([lang, key, marks(en)]);
            const count = en.includes("#") && !wordy.has(`${lang}:${order[i]}`);
            expect([lang, key, i, form.includes("#")]).toEqual([lang, key, i, count]);
          });
      }
    }
  });

  it("leaves out the count only in plural categories that hold a single number", () => {
    for (const [lang, category] of [
      ["ar", "zero"],
      ["ar", "one"],
      ["ar", "two"],
      ["he", "one"],
      ["he", "two"],
    ]) {
      const rules = new Intl.PluralRules(lang);
      const numbers = Array.from({ length: 1000 }, (_, n) => n).filter((n) => rules.select(n) === category);
      expect([lang, category, numbers.length]).toEqual([lang, category, 1]);
    }
  });

  it("maps locales to packs: regions, legacy codes, Portuguese and Simplified Chinese", () => {
    expect(["pt", "pt-BR", "pt-PT", "pt_br"].map(language)).toEqual(["pt-BR", "pt-BR", "pt-BR", "pt-BR"]);
    expect(["zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh-SG"].map(language)).toEqual(["zh", "zh", "zh", "zh", "zh"]);
    expect(["zh-TW", "zh-Hant", "zh-HK", "zh-Hant-MO"].map(language)).toEqual(["en", "en", "en", "en"]);
    expect(["he", "he-IL"].map(language)).toEqual(["he", "he"]);
    // The widget canonicalizes a locale before matching it: legacy codes become current ones.
    expect(Intl.getCanonicalLocales(["iw", "iw-IL", "in"]).map(language)).toEqual(["he", "he", "id"]);
    expect(["ar-EG", "fa-IR", "tr-TR", "uk-UA", "pl-PL", "it-CH", "nl-BE", "ja-JP", "id-ID"].map(language)).toEqual([
      "ar",
      "fa",
      "tr",
      "uk",
      "pl",
      "it",
      "nl",
      "ja",
      "id",
    ]);
  });

  it("falls back to English for languages and keys without strings", () => {
    expect(language("ko")).toBe("en");
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
    expect(pluralForm("one|few|many|other", "a|b|c|d", "few")).toBe("b");
    expect(pluralForm("one|other", "a|b", "other")).toBe("b");
    expect(pluralForm("one|other", "a|b", "many")).toBe("b");
    expect(pluralForm("zero|one|two|few|many|other", "a|b|c|d|e|f", "two")).toBe("c");
  });

  it("has the live client's strings in every language, one form per CLDR category", () => {
    expect(Object.keys(LIVE).sort()).toEqual(["en", ...LANGS].sort());
    for (const lang of LANGS) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      expect([lang, Object.keys(LIVE[lang]!.news).sort()]).toEqual([lang, [...categories].sort()]);
      expect(liveStrings(lang).goal("50%")).toMatch(/50%$/);
      expect(liveStrings(lang).news(11)).toContain(new Intl.NumberFormat(lang).format(11));
      expect(liveStrings(lang).news(11)).not.toBe(liveStrings("en").news(11));
    }
    expect(liveStrings("uk").news(3)).toBe("3 нові коментарі");
    expect(liveStrings("he").news(2)).toBe("שתי תגובות חדשות");
  });
});
