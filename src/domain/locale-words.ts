import type { PageStrings } from "./link-pages";
import * as en from "./locales/en";
import type { NotifyStrings } from "./notify-i18n";

// Which languages mails and link pages speak, and how a renderer finds a language's words.
// Only English is in the worker bundle: the other languages' tables (src/domain/locales/)
// are static assets the worker loads when a mail or page needs one (src/notify/locale-assets.ts).
// The renderers stay pure: they take the tables at hand as an argument (the tests pass all).

export type LocaleWords = { mail: NotifyStrings; page: PageStrings };

/** The tables at hand besides English, by language code. */
export type LocaleTables = Readonly<Partial<Record<string, LocaleWords>>>;

/**
 * Every language of mails and link pages; the codes are the widget's pack codes
 * (widget/i18n.ts), so every widget language has its mails and pages. Each one but English
 * has its file in src/domain/locales/ (test/domain/notify-render.test.ts checks both lists agree).
 */
export const LANGUAGES: ReadonlySet<string> = new Set([
  "en",
  "ar",
  "de",
  "es",
  "fa",
  "fr",
  "he",
  "id",
  "it",
  "ja",
  "nl",
  "pl",
  "pt-BR",
  "ru",
  "tr",
  "uk",
  "zh",
]);

/** Languages written right to left: their HTML carries dir="rtl". */
export const RTL: ReadonlySet<string> = new Set(["ar", "fa", "he"]);

/** The built-in fallback. */
export const ENGLISH: LocaleWords = en;

/**
 * The words to write `language` in, and the language they are in: its table when it is at
 * hand, else English (a table that failed to load still gives a whole mail or page).
 */
export function wordsIn(language: string, tables: LocaleTables): { language: string; words: LocaleWords } {
  const words = language === "en" ? undefined : tables[language];
  return words ? { language, words } : { language: "en", words: ENGLISH };
}
