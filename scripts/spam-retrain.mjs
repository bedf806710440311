// `npm run spam:retrain -- [--url URL] [--token TOKEN]`: rebuilds the spam model from every
// stored approved and spam comment, page by page, through POST /api/v1/admin/spam/retrain.
// URL defaults to `npm start`'s worker; the token to GOALPOST_ADMIN_TOKEN, else .dev.vars.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./lib/wrangler.mjs";

const USAGE = "Usage: npm run spam:retrain -- [--url URL] [--token TOKEN]";
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
const url = (option("--url") ?? "http://localhost:8787").replace(/\/$/, "");
const devVars = join(root, ".dev.vars");
const fromDevVars = existsSync(devVars)
  ? /^ADMIN_TOKEN\s*=\s*"?([^"\n]*)"?/m.exec(readFileSync(devVars, "utf8"))?.[1]
  : undefined;
const token = option("--token") ?? process.env.GOALPOST_ADMIN_TOKEN ?? fromDevVars;
if (!token) {
  console.error(`spam:retrain: no admin token (--token, GOALPOST_ADMIN_TOKEN or .dev.vars)\n${USAGE}`);
  process.exit(2);
}

let cursor;
let learned = 0;
let model;
do {
  const res = await fetch(`${url}/api/v1/admin/spam/retrain`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(cursor ? { cursor } : {}),
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    console.error(`spam:retrain: ${res.status} ${body?.error?.message ?? ""}`);
    process.exit(1);
  }
  learned += body.learned;
  cursor = body.nextCursor;
  model = body.model;
  process.stderr.write(`\rlearned ${learned} comments…`);
} while (cursor);
console.error("");
console.log(
  `Retrained from ${learned} comments: ${model.spamExamples} spam and ${model.hamExamples} ham examples, ` +
    `${model.features} features${model.trained ? "" : " (too few examples to judge yet)"}.`,
);
