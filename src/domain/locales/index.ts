import type { LocaleWords } from "../locale-words";
import * as ar from "./ar";
import * as de from "./de";
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

// The languages of mails and link pages besides English (./en.ts, the one in the worker
// bundle). The worker never imports this file: scripts/build-assets.mjs writes each table as
// a static asset (/assets/mail-i18n.<hash>/<code>.json) that the worker loads when a mail or
// page needs it (src/notify/locale-assets.ts); the tests render every language from here.

export const LOCALES: Record<string, LocaleWords> = {
  ar,
  de,
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
