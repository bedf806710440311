// The named character references of HTML (`&copy;` → ©) as one JSON table, for the worker's
// lean "entities" (src/lean/entities.ts): a static asset it loads only before rendering a
// comment that names an uncommon one. The names are the WHATWG list as the HTML parser
// @mixmark-io/domino (a devDependency, the importer's DOM) carries it; each value is what
// the real `entities` package (markdown-it's dependency) decodes it to, so the table can
// only ever say what markdown-it would have said. test/node/entities-lean.test.ts compares
// the two renderers for every name.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { decodeHTMLStrict } from "entities";

const require = createRequire(import.meta.url);

/**
 * Every name with its semicolon (the only form markdown-it decodes), without `&` and `;`.
 * @returns {string[]}
 */
export function entityNames() {
  const source = readFileSync(require.resolve("@mixmark-io/domino/lib/HTMLParser.js"), "utf8");
  const start = source.indexOf("var namedCharRefs = {");
  const end = source.indexOf("\n};", start);
  if (start < 0 || end < 0) throw new Error("entity-table: the named character references were not found in domino");
  const names = [...source.slice(start, end).matchAll(/"([A-Za-z][A-Za-z0-9]*);"/g)].map((m) => String(m[1]));
  // The WHATWG list has 2,125 names ending in ';' (2,231 with the legacy forms without it).
  if (names.length !== 2125) throw new Error(`entity-table: expected 2125 names, found ${names.length}`);
  return names;
}

/**
 * { name: decoded text } for every name, decoded by `entities` itself.
 * @returns {Record<string, string>}
 */
export function entityTable() {
  /** @type {Record<string, string>} */
  const table = {};
  for (const name of entityNames()) {
    const decoded = decodeHTMLStrict(`&${name};`);
    if (decoded === `&${name};`) throw new Error(`entity-table: entities does not decode &${name};`);
    table[name] = decoded;
  }
  return table;
}
