// Text → Markdown that our renderer (src/domain/markdown.ts: markdown-it, linkify, breaks,
// no raw HTML) shows exactly as it was: every character Markdown could read as syntax is
// backslash-escaped (CommonMark lets any ASCII punctuation be escaped, and an escaped one
// always shows as itself). What only means something at the start of a line (`# `, `- `,
// `+ `, `1. `, `> `, `=`) is escaped there; the rest wherever it is.

/** Escaped anywhere: emphasis, code, links, images, autolinks, tables, strikethrough, escapes. */
const ANYWHERE = /[\\`*_[\]<|~]/g;
/** `&copy;`, `&#169;`, `&#xA9;`: markdown-it would show the character they name. */
const ENTITY = /&(?=#?[a-zA-Z0-9]+;)/g;
/** Block syntax at the start of a line: headings, rules, setext underlines, quotes, lists. */
const LINE_START = /^([ \t]*)(?:([#>=+-])|(\d+)([.)]))/gm;

/** `text` as Markdown showing exactly `text`. */
export function escapeMarkdown(text) {
  return text
    .replace(ANYWHERE, "\\$&")
    .replace(ENTITY, "\\&")
    .replace(LINE_START, (_all, lead, mark, digits, dot) => (mark ? `${lead}\\${mark}` : `${lead}${digits}\\${dot}`));
}

/**
 * A link destination (`[text](HERE)`) that keeps the address exactly: any character is fine
 * once blanks and angle brackets are percent-encoded and `\`, `(`, `)` and entity-looking
 * `&` are backslash-escaped.
 */
export function linkDestination(href) {
  return href
    .trim()
    .replace(/[\s<>]/g, (c) => encodeURIComponent(c))
    .replace(/[\\()]/g, "\\$&")
    .replace(ENTITY, "\\&");
}

/** Addresses in text, which markdown-it's linkify would take raw, escapes and all. */
export const URL_IN_TEXT = /(?<![a-z0-9.-])https?:\/\/[^\s<>"]*[^\s<>"().,;:!?'\]]/gi;

/** `text` as Markdown showing exactly `text`, its addresses as autolinks (`<http://…>`, shown as written). */
export function escapeWithLinks(text) {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    out += escapeMarkdown(text.slice(last, match.index));
    out += `<${match[0]}>`;
    last = match.index + match[0].length;
  }
  return out + escapeMarkdown(text.slice(last));
}

/** Backticks for a code span or fence around `content`: one more than its longest run. */
export function fenceFor(content, minimum) {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(Math.max(minimum, longest + 1));
}
