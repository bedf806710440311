import { LOCALES as MORE, RTL } from "./locales";
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

const en: NotifyStrings = {
  subject: {
    reply: "{name} replied to your comment",
    thread: "New comment by {name} in a conversation you follow",
    confirm: "Confirm your email to get comment notifications",
    moderation: "A comment by {name} is waiting for moderation",
  },
  lead: {
    reply: "{name} replied to your comment:",
    thread: "{name} commented in a conversation you follow:",
    confirm: "This address was entered in a comment form to get comment notifications. Confirm that it is yours:",
    moderation: "{name} posted a comment that is waiting for your approval:",
  },
  open: "Read the conversation",
  confirm: "Confirm my email address",
  confirmNote: "If you did not ask for this, ignore this message, or unsubscribe and we will not write again.",
  moderate: "Approve or reject it in the moderation queue (comment id {id}).",
  footer: {
    reply: "You get this because you asked to be told about replies to your comment.",
    thread: "You get this because you follow the comments of this conversation.",
    confirm: "Someone entered this address in a comment form.",
    moderation: "You get this because this address is the site owner's (OWNER_EMAIL).",
  },
  unsubscribe: "Unsubscribe",
  unsubscribeAll: "Stop all comment mail to this address",
};

const de: NotifyStrings = {
  subject: {
    reply: "{name} hat auf deinen Kommentar geantwortet",
    thread: "Neuer Kommentar von {name} in einer Unterhaltung, der du folgst",
    confirm: "Bestätige deine E-Mail-Adresse für Kommentar-Benachrichtigungen",
    moderation: "Ein Kommentar von {name} wartet auf Freigabe",
  },
  lead: {
    reply: "{name} hat auf deinen Kommentar geantwortet:",
    thread: "{name} hat in einer Unterhaltung kommentiert, der du folgst:",
    confirm:
      "Diese Adresse wurde in ein Kommentarformular eingetragen, um Kommentar-Benachrichtigungen zu erhalten. Bestätige, dass sie dir gehört:",
    moderation: "{name} hat einen Kommentar geschrieben, der auf deine Freigabe wartet:",
  },
  open: "Zur Unterhaltung",
  confirm: "E-Mail-Adresse bestätigen",
  confirmNote: "Wenn du das nicht warst, ignoriere diese Nachricht oder melde dich ab; dann schreiben wir nie wieder.",
  moderate: "Gib ihn in der Moderation frei oder lehne ihn ab (Kommentar-ID {id}).",
  footer: {
    reply: "Du erhältst diese Nachricht, weil du über Antworten auf deinen Kommentar informiert werden wolltest.",
    thread: "Du erhältst diese Nachricht, weil du den Kommentaren dieser Unterhaltung folgst.",
    confirm: "Jemand hat diese Adresse in ein Kommentarformular eingegeben.",
    moderation: "Du erhältst diese Nachricht, weil diese Adresse die des Seitenbetreibers ist (OWNER_EMAIL).",
  },
  unsubscribe: "Abmelden",
  unsubscribeAll: "Keine Kommentar-Mails mehr an diese Adresse",
};

const LOCALES: Record<string, NotifyStrings> = {
  en,
  de,
  ...Object.fromEntries(Object.entries(MORE).map(([code, words]) => [code, words.mail])),
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
  return Object.hasOwn(LOCALES, language) ? language : null;
}

const ALIASES: Record<string, string> = { pt: "pt-BR", iw: "he", in: "id" };

/** The strings of `locale` (`de`, `de-AT` → German), English for anything unknown. */
export function notifyStrings(locale: string | undefined): NotifyStrings {
  return LOCALES[supportedLanguage(locale) ?? "en"] ?? en;
}

/** The writing direction of a supported language, for the `dir` of its HTML. */
export const direction = (language: string): "rtl" | "ltr" => (RTL.has(language) ? "rtl" : "ltr");
