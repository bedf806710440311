// The worker's "entities" (wrangler.toml [alias]; the worker tests too, vitest.config.ts):
// markdown-it's one import from it, decodeHTMLStrict, without the 22 KB decode trie of every
// named HTML entity in the bundle. The names most comments use are here; the full table
// (scripts/lib/entity-table.mjs, decoded by the real `entities`) is a static asset that
// ensureEntities (./entity-assets.ts) loads before a comment that names another one is
// rendered. Rendering such a comment without the table throws rather than render it
// differently. test/node/entities-lean.test.ts checks that markdown-it renders every name,
// number and non-entity exactly as with the real package.

/** Names common in comments: no asset read for these. */
const COMMON: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  copy: "©",
  reg: "®",
  trade: "™",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  euro: "€",
  pound: "£",
  deg: "°",
  times: "×",
  middot: "·",
  bull: "•",
  shy: "\u00ad",
};

let table: Readonly<Record<string, string>> | null = null;

// A reference as the HTML tokenizer reads one in strict mode (only with its semicolon):
// a number (decimal or x + hex) or a name, letters then letters and digits.
const REFERENCE = /&(?:#(?:[xX]([0-9a-fA-F]+)|([0-9]+))|([A-Za-z][A-Za-z0-9]*));/g;
const NAME = /&([A-Za-z][A-Za-z0-9]*);/g;

/** The table of every name (from the asset; null forgets it, for tests); until then only COMMON is known. */
export function setEntityTable(all: Readonly<Record<string, string>> | null): void {
  table = all;
}

/** Whether rendering `text` may need a name that is not known yet (not in COMMON, no table). */
export function needsEntityTable(text: string): boolean {
  if (table || !text.includes("&")) return false;
  for (const [, name] of text.matchAll(NAME)) if (!Object.hasOwn(COMMON, name!)) return true;
  return false;
}

// Windows-1252 for the C1 controls 128–159 (0: kept), as the HTML spec and `entities` map them.
const C1 = [
  8364, 0, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 0, 381, 0, 0, 8216, 8217, 8220, 8221, 8226,
  8211, 8212, 732, 8482, 353, 8250, 339, 0, 382, 376,
];

function fromNumber(digits: string, radix: number): string {
  const code = Number.parseInt(digits, radix);
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return "\ufffd";
  return String.fromCodePoint(code >= 128 && code <= 159 ? C1[code - 128] || code : code);
}

/** `entities`' decodeHTMLStrict: every reference that ends in `;` decoded, the rest kept. */
export function decodeHTMLStrict(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (whole, hex?: string, decimal?: string, name?: string) => {
    if (hex !== undefined) return fromNumber(hex, 16);
    if (decimal !== undefined) return fromNumber(decimal, 10);
    const known = Object.hasOwn(COMMON, name!) ? COMMON[name!] : table ? table[name!] : undefined;
    if (known !== undefined) return known;
    if (table) return whole;
    throw new Error(`&${name}; needs the entity table: await ensureEntities(...) before rendering`);
  });
}
