// The second file's strings. English is built in; the other languages are fetched from
// the API origin (/widget/i18n/inline/<lang>.json, built from strings-packs.ts) only by
// pages in those languages, so neither widget.js nor this file carries them. Plural forms
// are separated by "|" in the order of "plurals", as in ../i18n.ts; "#" is the formatted count.
import { I18N_PATH } from "../asset-urls";
import { language, pluralForm } from "../i18n";

export const INLINE_EN = {
  plurals: "one|other",
  comments: "# comment|# comments",
  onPassage: "# comment on this passage|# comments on this passage",
  commentOn: "Comment on this",
  about: "On this passage",
  removeQuote: "Remove quote",
  prompt: "Would love your thoughts, please comment.",
};

export type InlineKey = keyof typeof INLINE_EN;
export type Strings = { t(key: InlineKey): string; count(key: InlineKey, n: number): string };
type Table = Partial<Record<InlineKey, string>>;

/** The strings of a BCP 47 locale from its language's `table` (English where it has none). */
export function stringsFor(locale: string, table: Table = {}): Strings {
  const t = (key: InlineKey) => table[key] ?? INLINE_EN[key];
  const plurals = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return {
    t,
    count: (key, n) => pluralForm(t("plurals"), t(key), plurals.select(n)).replace("#", number.format(n)),
  };
}

const tables: Record<string, Promise<Table>> = {};

/** The strings of `locale`, its language's file fetched once per page from `api`; English on any failure. */
export function inlineStrings(api: string, locale: string): Promise<Strings> {
  const lang = language(locale);
  tables[lang] ??=
    lang === "en"
      ? Promise.resolve({})
      : fetch(`${api}${I18N_PATH}/inline/${lang}.json`)
          .then((res) => (res.ok ? res.json() : {}))
          .then((table) => (table && typeof table === "object" ? table : {}))
          .catch(() => ({}));
  return tables[lang].then((table) => stringsFor(locale, table));
}
