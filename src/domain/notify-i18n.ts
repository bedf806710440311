import { LANGUAGES, type LocaleTables, RTL, wordsIn } from "./locale-words";
import type { DeliveryKind } from "./notify-message";

/**
 * The words of every notification, per language; `{name}` and `{id}` are filled in. No
 * message names its thread key in words (a stranger may have chosen it, and mail clients turn
 * URLs into links): the conversation is reached through its link only.
 */
export type NotifyStrings = {
  subject: Record<DeliveryKind, string>;
  lead: Record<DeliveryKind, string>;
  open: string;
  confirm: string;
  confirmNote: string;
  moderate: string;
  footer: Record<DeliveryKind, string>;
  unsubscribe: string;
  unsubscribeAll: string;
};

/**
 * The language of `locale` when messages exist in it, else null: `de-AT` → `de`, any
 * Portuguese → `pt-BR`, `zh`/`zh-CN`/`zh-Hans` → `zh` (Simplified; Traditional Chinese
 * `zh-TW`/`zh-HK`/`zh-Hant` has no messages), legacy `iw` → `he`, `in` → `id`.
 */
export function supportedLanguage(locale: string | undefined): string | null {
  const [base = "", ...rest] = (locale ?? "").trim().toLowerCase().split(/[-_]/);
  if (base === "zh" && rest.some((subtag) => /^(hant|tw|hk|mo)$/.test(subtag))) return null;
  const language = ALIASES[base] ?? base;
  return LANGUAGES.has(language) ? language : null;
}

const ALIASES: Record<string, string> = { pt: "pt-BR", iw: "he", in: "id" };

/**
 * The strings of `locale` (`de`, `de-AT` → German) when its table is among `tables`,
 * English for anything unknown or not at hand.
 */
export function notifyStrings(locale: string | undefined, tables: LocaleTables): NotifyStrings {
  return wordsIn(supportedLanguage(locale) ?? "en", tables).words.mail;
}

/** The writing direction of a supported language, for the `dir` of its HTML. */
export const direction = (language: string): "rtl" | "ltr" => (RTL.has(language) ? "rtl" : "ltr");
