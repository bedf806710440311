// Text-quote anchors (W3C Web Annotation TextQuoteSelector) over a plain string: the
// article's text as the reader sees it. Pure, so placement is unit-tested without a DOM;
// text-map.ts maps offsets to DOM ranges.
import { distance, matchEnds, matchStart } from "./fuzzy";

export type Quote = { exact: string; prefix: string; suffix: string };
export type Span = { start: number; end: number };

/** Context kept either side of a passage (the API takes up to 64). */
const CONTEXT = 32;
/** The longest passage the API takes. */
export const MAX_EXACT = 500;

/** The quote of text[start, end), trimmed of surrounding spaces and cut at 500 chars; null when blank. */
export function quoteOf(text: string, start: number, end: number): Quote | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  end = Math.min(end, start + MAX_EXACT);
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end) return null;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

const similarity = (want: string, have: string) => (want ? 1 - distance(want, have) / want.length : 1);

/** How well the text around `span` matches the quote's prefix and suffix, 0–1. */
function context(text: string, quote: Quote, span: Span): number {
  const before = text.slice(Math.max(0, span.start - quote.prefix.length), span.start);
  const after = text.slice(span.end, span.end + quote.suffix.length);
  return (Math.max(0, similarity(quote.prefix, before)) + Math.max(0, similarity(quote.suffix, after))) / 2;
}

// Up to a quarter of the passage may have changed (at most 32 edits, which also bounds
// the search's cost); passages under 4 chars must match exactly.
const allowedErrors = (length: number) => Math.min(32, Math.floor(length / 4));

type Candidate = Span & { errors: number };

/** The candidate with the fewest edits per passage char, then the best context; first on ties. */
function best(text: string, quote: Quote, candidates: Candidate[]): { span: Span; score: number } | null {
  let winner: { span: Span; score: number } | null = null;
  for (const c of candidates) {
    const score = c.errors / quote.exact.length + (1 - context(text, quote, c));
    if (!winner || score < winner.score) winner = { span: { start: c.start, end: c.end }, score };
  }
  return winner;
}

/** Every exact occurrence of the passage (capped: a word quoted alone may be everywhere). */
function occurrences(text: string, exact: string, max = 500): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at >= 0 && found.length < max; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/** The fuzzy matches of `pattern` in `text` within the allowed edits. */
function approximate(text: string, pattern: string, max?: number): Candidate[] {
  const k = allowedErrors(pattern.length);
  if (!k) return [];
  return matchEnds(text, pattern, k, max).map(({ end, errors }) => ({
    start: matchStart(text, pattern, end, k),
    end,
    errors,
  }));
}

const reverse = (text: string) => text.split("").reverse().join("");

/**
 * The passage inside a fuzzy match of prefix + passage + suffix: what lies between the
 * best alignment of the prefix at its start and of the suffix at its end.
 */
function between(text: string, quote: Quote, spot: Span): Candidate {
  const window = text.slice(spot.start, spot.end);
  const k = window.length;
  const start = quote.prefix ? spot.end - matchStart(reverse(window), reverse(quote.prefix), k, k) : spot.start;
  const end = quote.suffix ? Math.max(start, spot.start + matchStart(window, quote.suffix, k, k)) : spot.end;
  return { start, end, errors: distance(quote.exact, text.slice(start, end)) };
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (char: string | undefined) => !!char && WORD.test(char);

/**
 * Readers select whole words: a fuzzy match that stops inside a word ("was repai" for an
 * edited "was repaired") grows to the word's edge when the quote began or ended at one.
 */
function snapToWords(text: string, quote: Quote, c: Candidate): Candidate {
  let { start, end } = c;
  if (!isWord(quote.prefix.slice(-1)) && isWord(quote.exact[0]))
    while (isWord(text[start - 1]) && isWord(text[start])) start--;
  if (!isWord(quote.suffix[0]) && isWord(quote.exact.slice(-1)))
    while (isWord(text[end]) && isWord(text[end - 1])) end++;
  return { ...c, start, end };
}

/**
 * Where the quote is in `text` now: the exact occurrence whose surroundings best match
 * prefix and suffix. When none matches its context well, the fuzzy candidates join in:
 * the closest matches of the passage, and the passage inside the closest match of
 * prefix + passage + suffix, which finds the quoted spot even when its words were edited
 * and an unedited look-alike stands elsewhere. Null when the passage is lost.
 */
export function placeQuote(text: string, quote: Quote): Span | null {
  if (!quote.exact) return null;
  const candidates = occurrences(text, quote.exact);
  const exact = best(text, quote, candidates);
  // A match with its context intact cannot be beaten.
  if (exact && exact.score < 0.1) return exact.span;
  const fuzzy = candidates.length ? [] : approximate(text, quote.exact);
  if (quote.prefix || quote.suffix) {
    for (const spot of approximate(text, quote.prefix + quote.exact + quote.suffix, 3)) {
      // Found by its context, the passage may have changed more, but not beyond half of it.
      const inside = between(text, quote, spot);
      if (inside.errors <= quote.exact.length / 2) fuzzy.push(inside);
    }
  }
  candidates.push(...fuzzy.map((c) => snapToWords(text, quote, c)));
  return best(text, quote, candidates)?.span ?? null;
}
