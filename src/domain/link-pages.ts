import { escapeHtml } from "./encoding";
import { type LocaleTables, wordsIn } from "./locale-words";
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
    if (language) return language;
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
 * In `requested` when its table is among `tables`, else in English (wordsIn).
 */
export function renderLinkPage(
  requested: string,
  kind: PageKind,
  scope: PageScope,
  action: string | null,
  tables: LocaleTables,
): string {
  const { language, words } = wordsIn(requested, tables);
  const page: PageText =
    kind === "unsubscribe" || kind === "unsubscribed" ? words.page[kind][scope] : (words.page[kind] as PageText);
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
