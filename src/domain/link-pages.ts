import { escapeHtml } from "./encoding";
import { LOCALES as MORE } from "./locales";
import { direction, supportedLanguage } from "./notify-i18n";

// The pages behind the links of notification messages: a GET shows one of them with one
// button (a plain form that POSTs back to the same URL), and the POST answers with the
// outcome. Same languages as the messages.

export type PageKind = "confirm" | "confirmed" | "unsubscribe" | "unsubscribed" | "invalid";
export type PageScope = "thread" | "all" | "moderation";

type PageText = { title: string; text: string; button?: string };
export type PageStrings = {
  confirm: PageText;
  confirmed: PageText;
  unsubscribe: Record<PageScope, PageText>;
  unsubscribed: Record<PageScope, PageText>;
  invalid: PageText;
};

const en: PageStrings = {
  confirm: {
    title: "Confirm your email address",
    text: "Someone asked for comment notifications to this address. If it was you, confirm below; if not, close this page and nothing happens.",
    button: "Confirm my email address",
  },
  confirmed: { title: "Email confirmed", text: "Thank you. You will get the comment notifications you asked for." },
  unsubscribe: {
    thread: { title: "Unsubscribe", text: "Stop notifications about this conversation?", button: "Unsubscribe" },
    all: {
      title: "Unsubscribe",
      text: "Stop all comment mail to this address, now and for later subscriptions?",
      button: "Unsubscribe",
    },
    moderation: { title: "Unsubscribe", text: "Stop moderation notices?", button: "Unsubscribe" },
  },
  unsubscribed: {
    thread: { title: "Unsubscribed", text: "You will get no more notifications about this thread." },
    all: {
      title: "Unsubscribed",
      text: "This address is removed from every subscription and will not be written to again unless you confirm a new one.",
    },
    moderation: { title: "Unsubscribed", text: "You will get no more moderation notices." },
  },
  invalid: { title: "Link not valid", text: "This link is unknown, expired or was replaced by a newer one." },
};

const de: PageStrings = {
  confirm: {
    title: "E-Mail-Adresse bestätigen",
    text: "Jemand hat Kommentar-Benachrichtigungen an diese Adresse bestellt. Wenn du das warst, bestätige unten; wenn nicht, schließe diese Seite, dann passiert nichts.",
    button: "E-Mail-Adresse bestätigen",
  },
  confirmed: {
    title: "E-Mail-Adresse bestätigt",
    text: "Danke. Du erhältst die Kommentar-Benachrichtigungen, die du bestellt hast.",
  },
  unsubscribe: {
    thread: { title: "Abmelden", text: "Keine Benachrichtigungen mehr zu dieser Unterhaltung?", button: "Abmelden" },
    all: {
      title: "Abmelden",
      text: "Keine Kommentar-Mails mehr an diese Adresse, jetzt und für spätere Bestellungen?",
      button: "Abmelden",
    },
    moderation: { title: "Abmelden", text: "Keine Moderationshinweise mehr?", button: "Abmelden" },
  },
  unsubscribed: {
    thread: { title: "Abgemeldet", text: "Du erhältst keine Benachrichtigungen zu dieser Unterhaltung mehr." },
    all: {
      title: "Abgemeldet",
      text: "Diese Adresse ist von allen Benachrichtigungen abgemeldet und erhält nichts mehr, bis du eine neue bestätigst.",
    },
    moderation: { title: "Abgemeldet", text: "Du erhältst keine Moderationshinweise mehr." },
  },
  invalid: {
    title: "Link ungültig",
    text: "Dieser Link ist unbekannt, abgelaufen oder wurde durch einen neueren ersetzt.",
  },
};

const PAGES: Record<string, PageStrings> = {
  en,
  de,
  ...Object.fromEntries(Object.entries(MORE).map(([code, words]) => [code, words.page])),
};

/**
 * The page's language: the reader's most preferred language we have (Accept-Language), else
 * the messages' (NOTIFY_LOCALE), else English.
 */
export function pageLanguage(acceptLanguage: string | undefined, notifyLocale: string | undefined): string {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag, q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const language = supportedLanguage(tag);
    if (language && PAGES[language]) return language;
  }
  return supportedLanguage(notifyLocale) ?? "en";
}

const STYLE = `:root{color-scheme:light dark}
body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f4f5f7;color:#1c1e21}
main{max-width:30em;margin:1em;padding:2em;background:#fff;border-radius:12px;box-shadow:0 1px 4px #0002}
h1{font-size:1.35em;margin:0 0 .5em}
button{font:inherit;font-weight:600;padding:.6em 1.2em;border:0;border-radius:8px;background:#1f6feb;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #1f6feb55;outline-offset:2px}
@media (prefers-color-scheme:dark){body{background:#16181c;color:#e6e6e6}main{background:#22252a}}`;

/**
 * One small self-contained page (no script, no outside resource). With `action`, it holds the
 * one button: a form that POSTs (application/x-www-form-urlencoded) to that same-origin URL.
 */
export function renderLinkPage(language: string, kind: PageKind, scope: PageScope, action: string | null): string {
  const words = PAGES[language] ?? en;
  const page: PageText =
    kind === "unsubscribe" || kind === "unsubscribed" ? words[kind][scope] : (words[kind] as PageText);
  const form =
    action && page.button
      ? `<form method="post" action="${escapeHtml(action)}" enctype="application/x-www-form-urlencoded">` +
        `<button type="submit">${escapeHtml(page.button)}</button></form>`
      : "";
  return (
    `<!doctype html><html lang="${escapeHtml(language)}" dir="${direction(language)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(page.title)}</title><style>${STYLE}</style></head>` +
    `<body><main><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.text)}</p>${form}</main></body></html>`
  );
}
