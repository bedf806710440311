import { escapeHtml } from "./encoding";
import { type LocaleTables, wordsIn } from "./locale-words";
import { direction, supportedLanguage } from "./notify-i18n";
import type { DeliveryKind } from "./notify-message";

export type RenderInput = {
  kind: DeliveryKind;
  locale: string | undefined;
  commentId: string;
  thread: string;
  authorName: string;
  /** The comment's Markdown source. */
  body: string;
  /** The page of the thread, when it is known (SITE_URL). */
  threadUrl: string | null;
  unsubscribeUrl: string;
  confirmUrl: string | null;
  /** Shown to the owner only, in moderation notices. */
  authorEmail: string | null;
};

export type Rendered = { subject: string; text: string; html: string };

const EXCERPT_CHARS = 500;

/** The comment as a short plain-text quote: whitespace collapsed, cut at a word near 500 characters. */
export function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > EXCERPT_CHARS * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

// Names and thread keys are the commenter's text: one line, no control characters, so a
// subject can never carry a header break.
const oneLine = (text: string, max: number) => {
  const flat = text
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * Subject, plain text and minimal HTML of one notification; every commenter-supplied string
 * is escaped in the HTML. In the language of `input.locale` when its table is among `tables`,
 * else in English.
 */
export function renderNotification(input: RenderInput, tables: LocaleTables): Rendered {
  const shown = wordsIn(supportedLanguage(input.locale) ?? "en", tables);
  const words = shown.words.mail;
  const language = shown.language;
  const dir = direction(language);
  // In right-to-left text a name is isolated (FSI … PDI), so a Latin name or one ending in
  // digits or brackets cannot reorder the sentence around it.
  const name = oneLine(input.authorName, 64);
  // Mail clients know few logical properties: the quote's rule goes on the physical start side.
  const start = dir === "rtl" ? "right" : "left";
  const values = { name: dir === "rtl" && name ? `\u2068${name}\u2069` : name, id: input.commentId };
  const quote = input.kind === "confirm" ? null : excerpt(input.body);
  const action =
    input.kind === "confirm" && input.confirmUrl
      ? { label: words.confirm, url: input.confirmUrl }
      : input.threadUrl
        ? { label: words.open, url: input.threadUrl }
        : null;
  const lead = fill(words.lead[input.kind], values);
  const notes = [
    input.kind === "moderation" && input.authorEmail ? `${values.name} <${oneLine(input.authorEmail, 254)}>` : null,
    input.kind === "moderation" ? fill(words.moderate, values) : null,
    input.kind === "confirm" ? words.confirmNote : null,
  ].filter((line): line is string => line !== null);
  const footer = fill(words.footer[input.kind], values);
  // A notification also offers to stop all mail to the mailbox (the confirmation's own link already does).
  const allUrl = input.kind === "reply" || input.kind === "thread" ? `${input.unsubscribeUrl}&scope=all` : null;

  const text = [
    lead,
    quote === null
      ? null
      : quote
          .split("\n")
          .map((line) => `> ${line}`)
          .join("\n"),
    action ? `${action.label}: ${action.url}` : null,
    ...notes,
    "-- ",
    footer,
    `${words.unsubscribe}: ${input.unsubscribeUrl}`,
    allUrl ? `${words.unsubscribeAll}: ${allUrl}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join("\n\n");

  const html = [
    "<!doctype html>",
    `<html lang="${escapeHtml(language)}" dir="${dir}"><body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:36em">`,
    `<p>${escapeHtml(lead)}</p>`,
    quote === null
      ? ""
      : `<blockquote dir="auto" style="margin:0;padding-${start}:1em;border-${start}:3px solid #ccc">${escapeHtml(quote)}</blockquote>`,
    action ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>` : "",
    ...notes.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<hr><p style="font-size:smaller;color:#666">${escapeHtml(footer)} <a href="${escapeHtml(input.unsubscribeUrl)}">${escapeHtml(words.unsubscribe)}</a>` +
      (allUrl ? ` · <a href="${escapeHtml(allUrl)}">${escapeHtml(words.unsubscribeAll)}</a>` : "") +
      "</p>",
    "</body></html>",
  ].join("\n");

  return { subject: fill(words.subject[input.kind], values), text, html };
}
