// `npm run size`: gzip and brotli sizes of everything the widget's first paint loads
// (widget.js carries its CSS and strings inline). Fails above the budget of issue 4.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BUDGET = 10 * 1024; // gzip bytes for first paint
const AIM = 6 * 1024;

// Measure what the Worker serves now, not a stale build.
const built = spawnSync(process.execPath, [join(root, "scripts/build-assets.mjs")], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);

const firstPaint = { "/widget.js": "dist/widget-index.js" };

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
let gzipTotal = 0;
let brotliTotal = 0;
console.log("first paint      raw        gzip       brotli");
for (const [url, file] of Object.entries(firstPaint)) {
  const bytes = readFileSync(join(root, file));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  gzipTotal += gzip;
  brotliTotal += brotli;
  console.log(`${url.padEnd(16)} ${kb(bytes.length).padEnd(10)} ${kb(gzip).padEnd(10)} ${kb(brotli)}`);
}
console.log(`total (gzip ${gzipTotal} B, brotli ${brotliTotal} B); budget ${kb(BUDGET)} gzip, aim ${kb(AIM)}`);
if (gzipTotal > BUDGET) {
  console.error(`size: over budget by ${gzipTotal - BUDGET} B gzip`);
  process.exit(1);
}
console.log(gzipTotal <= AIM ? "size: within aim" : "size: within budget (above the 6 KB aim)");
