import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";
import * as ar from "./ar";
import * as es from "./es";
import * as fa from "./fa";
import * as fr from "./fr";
import * as he from "./he";
import * as id from "./id";
import * as it from "./it";
import * as ja from "./ja";
import * as nl from "./nl";
import * as pl from "./pl";
import * as ptBR from "./pt-BR";
import * as ru from "./ru";
import * as tr from "./tr";
import * as uk from "./uk";
import * as zh from "./zh";

// The languages of mails and link pages besides English and German (which live beside
// their types); the codes are the widget's pack codes (widget/i18n.ts), so every widget
// language has its mails and pages.

export type LocaleWords = { mail: NotifyStrings; page: PageStrings };

export const LOCALES: Record<string, LocaleWords> = {
  ar,
  es,
  fa,
  fr,
  he,
  id,
  it,
  ja,
  nl,
  pl,
  ru,
  "pt-BR": ptBR,
  tr,
  uk,
  zh,
};

/** Languages written right to left: their HTML carries dir="rtl". */
export const RTL: ReadonlySet<string> = new Set(["ar", "fa", "he"]);
