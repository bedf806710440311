// UI strings. English is built in; the other languages (de, fr, es, ru) are loaded from
// the API origin as JSON only by pages in those languages (widget/i18n-packs.ts), which
// keeps ~2 KB gzip of strings out of every English first paint. Packs are keyed by string name;
// plural forms are separated by "|" in the order of PLURAL_ORDER; "#" is the formatted
// count, "{m}" the month, "{a}"/"{b}" arguments. "untilEnd" follows the "days" phrase
// ("11 days left" + "until the end of January"). Capitals come from CSS, never from here.

import { I18N_PATH } from "./asset-urls";

const EN = {
  comments: "# comment|# comments",
  donors: "# donor|# donors",
  untilEnd: "until the end of {m}",
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
  notify: "Notify me of",
  notifyNone: "nothing",
  notifyReplies: "new replies to my comments",
  notifyAll: "all new comments",
  comment: "Comment",
  markdown: "Markdown supported",
  post: "Post comment",
  reply: "Reply",
  cancel: "Cancel",
  edit: "Edit",
  save: "Save",
  delete: "Delete",
  sortBy: "Sort by",
  oldest: "Oldest",
  newest: "Newest",
  top: "Most voted",
  more: "Load more comments",
  held: "Thanks! Your comment is awaiting moderation.",
  posted: "Your comment was posted.",
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

export type Key = keyof typeof EN;

/** The string names, in the order the served JSON lists them. */
export const KEYS = /* @__PURE__ */ Object.keys(EN) as Key[];

/** Strings of one language by key; a missing key falls back to English. */
export type Table = Partial<Record<Key, string>>;

/** Languages with a pack besides English. */
export const LANGS = ["de", "es", "fr", "ru"];

/** Plural categories in the order their forms are listed; languages not named use one|other. */
const PLURAL_ORDER: Record<string, string[]> = { ru: ["one", "few", "many", "other"] };

/** The language of a BCP 47 locale that has strings, else English. */
export function language(locale: string): string {
  const lang = locale.toLowerCase().split("-")[0]!;
  return LANGS.includes(lang) ? lang : "en";
}

/** A lookup function over `table`, English where it has no string. */
export const strings =
  (table: Table = {}) =>
  (key: Key): string =>
    table[key] ?? EN[key];

const packs: Record<string, Promise<Table>> = {};

/** Loads (once per page) a language's strings from the API origin; English on any failure. */
export function pack(api: string, lang: string): Promise<Table> {
  if (lang === "en") return Promise.resolve({});
  packs[lang] ??= fetch(`${api}${I18N_PATH}/${lang}.json`)
    .then((res) => (res.ok ? res.json() : {}))
    .catch(() => ({}));
  return packs[lang];
}

/** Picks the plural form of `forms` for `category` in `lang`. */
export function pluralForm(lang: string, forms: string, category: string): string {
  const list = forms.split("|");
  const index = (PLURAL_ORDER[lang] ?? ["one", "other"]).indexOf(category);
  return list[index] ?? list[list.length - 1]!;
}
