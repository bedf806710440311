// UI strings. English is built in; the other languages (LANGS) are loaded from the API
// origin as JSON only by pages in those languages (widget/i18n-packs.ts), which keeps their
// strings out of every English first paint. Packs are keyed by string name. "plurals" lists
// the language's CLDR plural categories (Intl.PluralRules) and each plural string has one
// form per category in that order, separated by "|": the pack carries its order, so
// widget.js holds no per-language table. "#" is the formatted count, "{m}" the month,
// "{a}"/"{b}" arguments; "untilEnd" places the "days" phrase "{d}" ("{d} until the end of
// {m}": "11 days left until the end of January"). Capitals come from CSS, never from here.

import { I18N_PATH } from "./asset-urls";
import type { LATER_EN } from "./interactions/strings";

/** English, built in; the interactions chunk adds the strings only it shows (LATER_EN). */
export const EN = {
  plurals: "one|other",
  comments: "# comment|# comments",
  donors: "# donor|# donors",
  untilEnd: "{d} until the end of {m}",
  days: "# day left|# days left",
  hours: "# hour left|# hours left",
  minutes: "# minute left|# minutes left",
  lastDay: "Last day",
  reached: "Goal reached",
  ended: "Ended",
  donate: "Donate",
  of: "{a} of {b}",
  name: "Name",
  guest: "Guest",
  email: "Email (optional)",
  comment: "Comment",
  markdown: "Markdown supported",
  post: "Post comment",
  reply: "Reply",
  edit: "Edit",
  delete: "Delete",
  sortBy: "Sort by",
  oldest: "Oldest",
  newest: "Newest",
  top: "Most voted",
  more: "Load more comments",
  deleted: "This comment was deleted.",
  offline: "Comments could not be loaded.",
  goalOffline: "The fundraising goal could not be loaded.",
  up: "Upvote",
  down: "Downvote",
  empty: "Would love your thoughts, please comment.",
  edited: "edited",
  moreReplies: "More replies",
  verified: "verified",
  owner: "owner",
};

export type Key = keyof typeof EN | keyof typeof LATER_EN;

/** Strings of one language by key; a missing key falls back to English. */
export type Table = Partial<Record<Key, string>>;

/** Languages with a pack besides English. */
export const LANGS = /* @__PURE__ */ "ar de es fa fr he id it ja nl pl pt-BR ru tr uk zh".split(" ");

/**
 * The pack of a BCP 47 locale, else English: any Portuguese → pt-BR, Chinese unless
 * Traditional (Hant, TW, HK, MO) → zh (Simplified). Legacy iw/in arrive as he/id: the
 * widget canonicalizes locales first (Intl.getCanonicalLocales).
 */
export function language(locale: string): string {
  const [base = "", ...rest] = locale.toLowerCase().split(/[-_]/);
  const lang = base === "pt" ? "pt-BR" : base;
  return LANGS.includes(lang) && !rest.some((s) => /^(hant|tw|hk|mo)$/.test(s)) ? lang : "en";
}

/** A lookup function over `table`, English where it has no string. */
export const strings =
  (table: Table = {}) =>
  (key: Key): string =>
    table[key] ?? (EN as Record<Key, string>)[key];

const packs: Record<string, Promise<Table>> = {};

/** Loads (once per page) a language's strings from the API origin; English on any failure. */
export function pack(api: string, lang: string): Promise<Table> {
  if (lang === "en") return Promise.resolve({});
  packs[lang] ??= fetch(`${api}${I18N_PATH}/${lang}.json`)
    .then((res) => (res.ok ? res.json() : {}))
    .catch(() => ({}));
  return packs[lang];
}

/** Picks the plural form of `forms` for `category`, the forms being listed in `order` ("one|other"). */
export function pluralForm(order: string, forms: string, category: string): string {
  const list = forms.split("|");
  return list[order.split("|").indexOf(category)] ?? list[list.length - 1]!;
}
