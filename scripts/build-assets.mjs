// Bundles the browser code (widget/, console/) with esbuild into dist/public/, which
// wrangler serves as Workers Static Assets ([assets] in wrangler.toml): the worker never
// carries them. Files whose URL pages keep (/widget.js, /widget-inline.js,
// /widget/i18n/<lang>.json, /widget/i18n/inline/<lang>.json, /admin/console.*) revalidate; the copies under content-hashed
// URLs that widget.js and the console shell actually load are cached for a year.
// Writes src/generated/assets.ts with those URLs, and /openapi.json (scripts/lib/openapi-document.mjs). Run by wrangler's [build] command and
// before tests. Also data the worker itself reads through its ASSETS binding instead of
// carrying it: the mail and link-page words of every language but English
// (/assets/mail-i18n.<hash>/<code>.json, from src/domain/locales/) and the table of named
// HTML entities (/assets/entities.<hash>.json, scripts/lib/entity-table.mjs).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";
import { minify } from "terser";
import { entityTable } from "./lib/entity-table.mjs";
import { openApiDocument } from "./lib/openapi-document.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist/public");

/** What the build needs from TypeScript sources: the language packs (the second file's too), the console's CSS and CSP. */
async function sources() {
  const result = await build({
    stdin: {
      contents: `import { LANGS } from "./widget/i18n"; import { KEYS } from "./widget/i18n-keys"; import { packTable } from "./widget/i18n-packs";
        import { INLINE_PACKS } from "./widget/inline/strings-packs";
        import { LOCALES } from "./src/domain/locales";
        export const MAIL = Object.fromEntries(Object.entries(LOCALES).map(([l, t]) => [l, JSON.stringify(t)]));
        export { CONSOLE_CSS } from "./console/styles"; export { CONSOLE_CSP } from "./src/routes/console-policy";
        export const PACKS = Object.fromEntries(LANGS.flatMap((l) => { const t = packTable(l, KEYS); return t ? [[l, JSON.stringify(t)]] : []; }));
        export const INLINE = Object.fromEntries(Object.entries(INLINE_PACKS).map(([l, t]) => [l, JSON.stringify(t)]));`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString("base64")}`);
}

/**
 * The widget's stylesheet (widget/styles.ts, one template string) minified as CSS: the source
 * keeps a rule per line, the bundle none of its line breaks.
 */
const minifiedStyles = {
  name: "minified-styles",
  setup(b) {
    b.onLoad({ filter: /[\\/]widget[\\/]styles\.ts$/ }, async ({ path }) => {
      const source = readFileSync(path, "utf8");
      const css = source.slice(source.indexOf("`") + 1, source.lastIndexOf("`"));
      if (css.includes("${")) throw new Error("widget/styles.ts: CSS must be one plain template string");
      const { code } = await transform(css, { loader: "css", minify: true, charset: "utf8" });
      return { contents: `export const CSS = ${JSON.stringify(code.trim())};`, loader: "js" };
    });
  },
};

/** Bundles one entry; `define` gives it the hashed URLs of the files it loads. */
async function bundle(entry, define = {}) {
  if (!existsSync(join(root, entry))) return "";
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    format: "iife",
    // es2022 keeps class fields native (smaller) and lets esbuild shorten #private names.
    target: ["es2022"],
    write: false,
    legalComments: "none",
    charset: "utf8",
    define,
    plugins: [minifiedStyles],
  });
  const code = result.outputFiles[0].text;
  // terser after esbuild: its passes inline and fold what esbuild's single pass leaves
  // (measured by `npm run size`).
  if (!entry.startsWith("widget/")) return code;
  // The IIFE needs no "use strict" (tsconfig's strict adds it): class bodies, where most of
  // the code is, are strict anyway, and nothing relies on it. `unsafe*`: String(x) → x+"",
  // function expressions without `this` → arrows, comparisons flipped; none of the code
  // they would change relies on what they assume away (no Symbols stringified, no
  // function used as a constructor, no valueOf with side effects). Statements kept apart
  // (no `a,b,c` sequences) and only simple functions inlined: gzip finds more repeats.
  const small = await minify(code.replace(/^"use strict";/, ""), {
    ecma: 2020,
    toplevel: true,
    compress: {
      passes: 3,
      ecma: 2020,
      unsafe: true,
      unsafe_arrows: true,
      unsafe_comps: true,
      sequences: false,
      inline: 1,
    },
    // Members named `_x` are private to one file (never used by another bundle): shortened.
    mangle: { properties: { regex: /^_/ } },
    format: { comments: false, ascii_only: false },
  });
  return small.code;
}

const hashOf = (text) => createHash("sha256").update(text).digest("hex").slice(0, 12);

// Every file of dist/public, by path; written at the end by `sync`.
const files = new Map();
function write(path, text) {
  files.set(join(out, path), text);
}

/** Writes `text` at `file` only when it differs: an unchanged build touches nothing on disk. */
function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * Brings dist/public to `files`: changed files rewritten, stale ones removed, the rest left
 * alone. A running `wrangler dev` serves this folder, and a second one (a test file's own,
 * `npm start` beside the tests) runs this build too: it must never see the folder empty.
 */
function sync() {
  for (const [file, text] of files) writeIfChanged(file, text);
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
      } else if (!files.has(path)) rmSync(path);
    }
  };
  walk(out);
}

/** Writes `text` at /assets/<name>.<hash>.js (and at `stable` when given); returns that URL. */
function hashed(name, text, stable) {
  const url = `/assets/${name}.${hashOf(text)}.js`;
  if (stable) write(stable, text);
  write(url, text);
  return url;
}

mkdirSync(out, { recursive: true });
const { PACKS, INLINE, MAIL, CONSOLE_CSS, CONSOLE_CSP } = await sources();

// For the worker alone (src/notify/locale-assets.ts, src/lean/entity-assets.ts), under
// content-hashed URLs like everything in /assets/.
const mailDir = `/assets/mail-i18n.${hashOf(JSON.stringify(MAIL))}`;
for (const [lang, json] of Object.entries(MAIL)) write(`${mailDir}/${lang}.json`, json);
const entities = JSON.stringify(entityTable());
const entitiesUrl = `/assets/entities.${hashOf(entities)}.json`;
write(entitiesUrl, entities);

// Language packs: /widget/i18n/<lang>.json, and the same under one hashed folder; the
// second file's strings (widget/inline/strings-packs.ts) beside them in inline/<lang>.json.
const i18nDir = `/assets/i18n.${hashOf(JSON.stringify([PACKS, INLINE]))}`;
for (const [lang, json] of Object.entries(PACKS)) {
  write(`/widget/i18n/${lang}.json`, json);
  write(`${i18nDir}/${lang}.json`, json);
}
for (const [lang, json] of Object.entries(INLINE)) {
  write(`/widget/i18n/inline/${lang}.json`, json);
  write(`${i18nDir}/inline/${lang}.json`, json);
}
const urls = { __GOALPOST_I18N__: JSON.stringify(i18nDir) };

// The lazily loaded widget files first, so widget.js can name their hashed URLs.
const inline = await bundle("widget/inline/index.ts", urls);
urls.__GOALPOST_INLINE__ = JSON.stringify(hashed("widget-inline", inline, "/widget-inline.js"));
const interactions = await bundle("widget/interactions/index.ts", urls);
if (interactions) urls.__GOALPOST_INTERACTIONS__ = JSON.stringify(hashed("widget-interactions", interactions));
const widget = await bundle("widget/index.ts", urls);
write("/widget.js", widget);
// The live client (docs/live.md), loaded by widget.js after first paint.
write("/widget-live.js", await bundle("widget/live/index.ts"));

// The console: stable URLs for old shells, hashed ones for the current shell.
const consoleJs = await bundle("console/index.ts");
write("/admin/console.js", consoleJs);
write("/admin/console.css", CONSOLE_CSS);
const consoleUrls = {
  CONSOLE_JS_URL: `/admin/assets/console.${hashOf(consoleJs)}.js`,
  CONSOLE_CSS_URL: `/admin/assets/console.${hashOf(CONSOLE_CSS)}.css`,
};
write(consoleUrls.CONSOLE_JS_URL, consoleJs);
write(consoleUrls.CONSOLE_CSS_URL, CONSOLE_CSS);

writeIfChanged(
  join(root, "src/generated/assets.ts"),
  [
    "// Generated by scripts/build-assets.mjs; do not edit.",
    ...Object.entries({ ...consoleUrls, MAIL_I18N_DIR: mailDir, ENTITIES_URL: entitiesUrl }).map(
      ([name, url]) => `export const ${name} = ${JSON.stringify(url)};`,
    ),
    "",
  ].join("\n"),
);

// The API document, generated from the routes (it imports src/, so after src/generated/).
write("/openapi.json", `${JSON.stringify(await openApiDocument(root))}\n`);

// Headers of the static assets (Workers Static Assets reads _headers).
const YEAR = "public, max-age=31536000, immutable";
const REVALIDATE = "public, max-age=300, must-revalidate";
const rule = (path, headers) =>
  `${path}\n${Object.entries(headers)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join("\n")}\n`;
const shared = { "Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff" };
write(
  "/_headers",
  [
    rule("/widget.js", { ...shared, "Cache-Control": REVALIDATE }),
    rule("/widget-inline.js", { ...shared, "Cache-Control": REVALIDATE }),
    rule("/widget-live.js", { ...shared, "Cache-Control": REVALIDATE }),
    rule("/widget/i18n/*", { ...shared, "Cache-Control": REVALIDATE }),
    rule("/assets/*", { ...shared, "Cache-Control": YEAR }),
    rule("/openapi.json", {
      // Readable from any origin, as it was when the worker generated it (API explorers).
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": REVALIDATE,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    }),
    rule("/admin/*", {
      "Content-Security-Policy": CONSOLE_CSP,
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Resource-Policy": "same-origin",
    }),
    rule("/admin/console.js", { "Cache-Control": "no-cache" }),
    rule("/admin/console.css", { "Cache-Control": "no-cache" }),
    rule("/admin/assets/*", { "Cache-Control": YEAR }),
  ].join(""),
);

sync();

// Copies for bench/size.mjs.
writeIfChanged(join(root, "dist/widget-index.js"), widget);
writeIfChanged(join(root, "dist/widget-inline-index.js"), inline);
writeIfChanged(join(root, "dist/widget-interactions-index.js"), interactions);
