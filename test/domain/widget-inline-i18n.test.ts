// The second file's strings (widget/inline/strings.ts, strings-packs.ts): one pack per
// language of the main packs, every key, English's placeholders, CLDR plural forms, and
// the lazy fetch that falls back to English.
import { afterEach, describe, expect, it, vi } from "vitest";
import { LANGS, strings } from "../../widget/i18n";
import { KEYS } from "../../widget/i18n-keys";
import { packTable } from "../../widget/i18n-packs";
import { INLINE_EN, type InlineKey, inlineStrings, stringsFor } from "../../widget/inline/strings";
import { INLINE_PACKS } from "../../widget/inline/strings-packs";

const INLINE_KEYS = Object.keys(INLINE_EN) as InlineKey[];
// Forms that name one exact number in words ("تعليقان", "שתי תגובות") may leave out "#".
const WORDY = new Set(["ar:zero", "ar:one", "ar:two", "he:one", "he:two"]);

describe("the second file's strings", () => {
  it("has a pack with every key, non-empty, for each language of the main packs", () => {
    expect(Object.keys(INLINE_PACKS).sort()).toEqual(LANGS);
    for (const [lang, pack] of Object.entries(INLINE_PACKS)) {
      expect([lang, Object.keys(pack).sort()]).toEqual([lang, [...INLINE_KEYS].sort()]);
      for (const key of INLINE_KEYS) expect([lang, key, pack[key].trim().length > 0]).toEqual([lang, key, true]);
    }
  });

  it("lists the CLDR plural categories in the main pack's order and gives each plural string one form per category", () => {
    for (const lang of LANGS) {
      const pack = INLINE_PACKS[lang]!;
      const order = pack.plurals.split("|");
      expect([lang, pack.plurals]).toEqual([lang, strings(packTable(lang, KEYS)!)("plurals")]);
      const cldr = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      expect([lang, [...order].sort()]).toEqual([lang, [...cldr].sort()]);
      for (const key of INLINE_KEYS) {
        if (key === "plurals") continue;
        const forms = INLINE_EN[key].includes("|") ? order.length : 1;
        expect([lang, key, pack[key].split("|").length]).toEqual([lang, key, forms]);
      }
    }
  });

  it("keeps English's placeholders in every string and form", () => {
    for (const lang of LANGS) {
      const pack = INLINE_PACKS[lang]!;
      const order = pack.plurals.split("|");
      for (const key of INLINE_KEYS) {
        if (key === "plurals") continue;
        pack[key].split("|").forEach((form, i) => {
          const count = INLINE_EN[key].includes("#") && !WORDY.has(`${lang}:${order[i]}`);
          expect([lang, key, i, form.includes("#")]).toEqual([lang, key, i, count]);
          expect([lang, key, i, form.match(/\{\w+\}/g)]).toEqual([lang, key, i, null]);
        });
      }
    }
  });

  it("formats counts with the language's plural rules and digits, English where a key is missing", () => {
    expect(stringsFor("ru", INLINE_PACKS.ru).count("comments", 5)).toBe("5 комментариев");
    expect(stringsFor("ar-EG", INLINE_PACKS.ar).count("onPassage", 3)).toBe("٣ تعليقات على هذا المقطع");
    expect(stringsFor("ja", INLINE_PACKS.ja).count("onPassage", 2)).toBe("この箇所への2件のコメント");
    expect(stringsFor("he", INLINE_PACKS.he).count("comments", 2)).toBe("שתי תגובות");
    expect(stringsFor("nl", { about: "Over deze passage" }).t("removeQuote")).toBe("Remove quote");
    expect(stringsFor("en").count("comments", 1)).toBe("1 comment");
  });
});

describe("fetching the second file's strings", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("fetches the language's file once from the API origin; English needs none", async () => {
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      fetched.push(url);
      return Response.json(INLINE_PACKS.tr);
    });
    const [a, b] = await Promise.all([inlineStrings("https://api.test", "tr-TR"), inlineStrings("https://x", "tr")]);
    expect(a.t("commentOn")).toBe("Buna yorum yap");
    expect(b.count("comments", 3)).toBe("3 yorum");
    expect((await inlineStrings("https://api.test", "en-GB")).t("commentOn")).toBe("Comment on this");
    expect(fetched).toEqual(["https://api.test/widget/i18n/inline/tr.json"]);
  });

  it("falls back to English when the file is missing or the network fails", async () => {
    vi.stubGlobal("fetch", async () => new Response("not found", { status: 404 }));
    expect((await inlineStrings("https://api.test", "pl")).count("comments", 2)).toBe("2 comments");
    vi.stubGlobal("fetch", async () => Promise.reject(new TypeError("offline")));
    expect((await inlineStrings("https://api.test", "uk")).t("about")).toBe("On this passage");
    vi.stubGlobal("fetch", async () => Response.json(null));
    expect((await inlineStrings("https://api.test", "id")).t("prompt")).toBe(INLINE_EN.prompt);
  });
});
