// `npm run size`: gzip and brotli sizes of everything the widget's first paint loads:
// widget.js (code, CSS and English strings) and, on a page in another language, that
// language's pack (GET /widget/i18n/<lang>.json). Fails when the English first paint or
// the heaviest language's first paint is above its budget. Also reports the files loaded
// after first paint against their own budgets: the interactions chunk (handlers of votes,
// replies, editing, sorting, paging and posting, the API client of writes, the parts of the
// form only posting needs, widget/interactions/), which every page
// with comments loads when idle or on the first interaction, and /widget-inline.js (inline
// feedback, questions, counts, bubble), which only pages using them load.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Issue 15 asks for 6 KB (AIM). The interactions chunk took 10.9 KB down to 9.1 KB; terser
// (passes, `_x` members shortened) and moving into the chunk the API client of everything but
// `embed`, the parts of the form only posting needs (notification choice, honeypot, field
// error lines, a reply's Cancel), hover dates, the polite announcer and their English took it
// to 8.2 KB (8,444 B). Then 8,093 B: terser's unsafe/unsafe_arrows/unsafe_comps, no
// "use strict", no sequences and only simple functions inlined (−53), the stylesheet minified
// at build (−23), money through one formatter (trailingZeroDisplay, −20), a shorter embed
// batcher (−32), the SPA history wrapping moved to the chunk (−86), no <style> fallback (−23),
// a comment's markup in one h() call (−26), and smaller pieces (ssoName, the Trusted Types
// getter, the loader's elements, private names: −88). What is left is what the first paint draws (goal bar, comment
// list, form; their CSS alone is 1.4 KB). The budgets follow what is shipped, with about
// 100 B of room. A pack adds 0.6-1 KB.
const BUDGET = 8_200; // gzip bytes for the English first paint (widget.js)
const HEAVIEST_BUDGET = 9_120; // gzip bytes for widget.js + the heaviest language pack
const AIM = 6 * 1024;
const INTERACTIONS_BUDGET = 4_050; // gzip bytes for the interactions chunk, after first paint
const INLINE_BUDGET = 8 * 1024; // gzip bytes for the lazily loaded second file

// Measure what the Worker serves now, not a stale build.
const built = spawnSync(process.execPath, [join(root, "scripts/build-assets.mjs")], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);

/** The packs exactly as they are served (dist/public/widget/i18n/<lang>.json; `sub` "inline/" for the second file's). */
function packs(sub = "") {
  const dir = join(root, "dist/public/widget/i18n", sub);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith(".json"))
      .map((file) => [file.replace(/\.json$/, ""), readFileSync(join(dir, file))]),
  );
}

const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const row = (name, s) =>
  console.log(`${name.padEnd(32)} ${kb(s.raw).padEnd(10)} ${kb(s.gzip).padEnd(10)} ${kb(s.brotli)}`);

console.log(`${"asset".padEnd(32)} ${"raw".padEnd(10)} ${"gzip".padEnd(10)} brotli`);
const widget = sizes(readFileSync(join(root, "dist/widget-index.js")));
row("/widget.js", widget);
let worst = { name: "en", gzip: widget.gzip, brotli: widget.brotli };
for (const [lang, json] of Object.entries(packs())) {
  const pack = sizes(json);
  row(`/widget/i18n/${lang}.json`, pack);
  if (widget.gzip + pack.gzip > worst.gzip)
    worst = { name: lang, gzip: widget.gzip + pack.gzip, brotli: widget.brotli + pack.brotli };
}
const interactions = sizes(readFileSync(join(root, "dist/widget-interactions-index.js")));
row("interactions chunk (lazy)", interactions);
const inline = sizes(readFileSync(join(root, "dist/widget-inline-index.js")));
row("/widget-inline.js (lazy)", inline);
// A page in another language also fetches the second file's strings of that language.
let inlineWorst = { name: "en", gzip: inline.gzip, brotli: inline.brotli };
for (const [lang, json] of Object.entries(packs("inline"))) {
  const pack = sizes(json);
  row(`/widget/i18n/inline/${lang}.json`, pack);
  if (inline.gzip + pack.gzip > inlineWorst.gzip)
    inlineWorst = { name: lang, gzip: inline.gzip + pack.gzip, brotli: inline.brotli + pack.brotli };
}
console.log(`first paint, English page: ${widget.gzip} B gzip, ${widget.brotli} B brotli (budget ${kb(BUDGET)})`);
console.log(
  `first paint, heaviest (${worst.name}): ${worst.gzip} B gzip, ${worst.brotli} B brotli (budget ${kb(HEAVIEST_BUDGET)})`,
);
console.log(
  `interactions chunk, loaded after first paint: ${interactions.gzip} B gzip, ${interactions.brotli} B brotli (budget ${kb(INTERACTIONS_BUDGET)})`,
);
console.log(
  `second file, loaded after first paint: ${inline.gzip} B gzip, ${inline.brotli} B brotli (budget ${kb(INLINE_BUDGET)})`,
);
console.log(
  `second file with its heaviest strings (${inlineWorst.name}): ${inlineWorst.gzip} B gzip, ${inlineWorst.brotli} B brotli (budget ${kb(INLINE_BUDGET)})`,
);
const over = [
  ["first paint (English)", widget.gzip, BUDGET],
  [`first paint (${worst.name})`, worst.gzip, HEAVIEST_BUDGET],
  ["interactions chunk", interactions.gzip, INTERACTIONS_BUDGET],
  ["/widget-inline.js", inline.gzip, INLINE_BUDGET],
  [`/widget-inline.js + strings (${inlineWorst.name})`, inlineWorst.gzip, INLINE_BUDGET],
].filter(([, size, budget]) => size > budget);
for (const [name, size, budget] of over) console.error(`size: ${name} over its budget by ${size - budget} B gzip`);
if (over.length) process.exit(1);
console.log(
  widget.gzip <= AIM
    ? "size: within budget and the 6 KB aim"
    : `size: within budget; ${widget.gzip - AIM} B gzip above the 6 KB aim`,
);
// The last line is the figures as JSON, for bench/run.mjs.
console.log(
  JSON.stringify({
    gzip: widget.gzip,
    brotli: widget.brotli,
    heaviest: { ...worst, budget: HEAVIEST_BUDGET },
    budget: BUDGET,
    aim: AIM,
    interactions: { gzip: interactions.gzip, brotli: interactions.brotli, budget: INTERACTIONS_BUDGET },
    inline: { gzip: inline.gzip, brotli: inline.brotli, budget: INLINE_BUDGET },
    inlineHeaviest: { ...inlineWorst, budget: INLINE_BUDGET },
  }),
);
