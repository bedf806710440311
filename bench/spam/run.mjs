// `npm run bench:spam`: the spam filter against a public labelled corpus. Trains on the
// fixed 70% (imported as approved and spam comments, the way a site moving in teaches it),
// replays the other 30% through POST /api/v1/comments on `wrangler dev` (202 = judged spam),
// and prints accuracy, spam recall, ham false-positive rate and F1 beside a plain unigram
// naive Bayes baseline on the same split, then the filter's scoring time for a 2,000-char
// comment. Corpus: test/fixtures/spam/README.md. `--corpus DIR` runs another CSV corpus of
// the same columns (COMMENT_ID, AUTHOR, CONTENT, CLASS).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { build } from "esbuild";
import { root } from "../../scripts/lib/wrangler.mjs";
import { freshWorker } from "../lib.mjs";
import { metrics, readCorpus, split, unigramBaseline } from "./corpus.mjs";

const at = process.argv.indexOf("--corpus");
const dir = at > 0 ? process.argv[at + 1] : join(root, "test", "fixtures", "spam");
const { train, test } = split(readCorpus(dir));
const TOKEN = "bench-token";
const clean = (name) => (name || "Guest").replace(/[\p{Cc}\p{Cf}]/gu, "").slice(0, 64) || "Guest";

/** The filter's own code, bundled for Node, to time scoring outside the worker. */
async function scoringTime() {
  const out = mkdtempSync(join(tmpdir(), "goalpost-spam-"));
  try {
    await build({
      entryPoints: [join(root, "src/domain/spam-model.ts"), join(root, "src/domain/spam-features.ts")],
      bundle: true,
      format: "esm",
      outdir: out,
      outExtension: { ".js": ".mjs" },
      logLevel: "error",
    });
    const { emptyModel, learnFeatures, scoreFeatures } = await import(join(out, "spam-model.mjs"));
    const { spamFeatures } = await import(join(out, "spam-features.mjs"));
    const model = emptyModel();
    for (const item of train) learnFeatures(model, spamFeatures(item.body, item.author), item.spam ? "spam" : "ham");
    // A 2,000-character comment made of the test half's text: realistic words, links, punctuation.
    let text = "";
    for (const item of test) {
      if (text.length >= 2000) break;
      text += `${item.body} `;
    }
    text = text.slice(0, 2000);
    const times = [];
    for (let i = 0; i < 2000; i++) {
      const start = performance.now();
      scoreFeatures(model, spamFeatures(text, "Guest"));
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return {
      median: times[times.length >> 1],
      p99: times[Math.floor(times.length * 0.99)],
      features: model.features.size,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Imports the training half as approved (ham) and spam comments, 100 a batch. */
async function teach(url) {
  const records = train.map((item, i) => ({
    type: "comment",
    id: `bench-${i}`,
    thread: `/bench/${item.file}`,
    parentId: null,
    author: { name: clean(item.author), email: null },
    body: item.body.slice(0, 10_000),
    status: item.spam ? "spam" : "approved",
    createdAt: "2015-01-01T00:00:00.000Z",
  }));
  for (let i = 0; i < records.length; i += 100) {
    const res = await fetch(`${url}/api/v1/admin/import`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify({ source: "disqus", records: records.slice(i, i + 100) }),
    });
    if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  }
}

/** Replays the test half through POST /api/v1/comments, each from its own address. */
async function replay(url) {
  const pairs = [];
  for (const [i, item] of test.entries()) {
    const res = await fetch(`${url}/api/v1/comments`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": `10.77.${i >> 8}.${i & 255}` },
      body: JSON.stringify({
        thread: `/replay/${item.file}`,
        body: item.body.slice(0, 10_000),
        author: { name: clean(item.author) },
      }),
    });
    if (res.status !== 201 && res.status !== 202) throw new Error(`post failed: ${res.status} ${await res.text()}`);
    pairs.push({ spam: item.spam, predicted: res.status === 202 });
  }
  return pairs;
}

const baseline = unigramBaseline(train);
const baselineScores = metrics(test.map((item) => ({ spam: item.spam, predicted: baseline(item.body) })));
console.error(`bench:spam: ${train.length} training, ${test.length} test comments; starting wrangler dev…`);
const worker = await freshWorker({ vars: { MODERATION: "off", RATE_LIMIT_COMMENTS: "1000" } });
let filterScores;
let model;
try {
  await teach(worker.url);
  filterScores = metrics(await replay(worker.url));
  const state = await fetch(`${worker.url}/api/v1/admin/spam/model`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  model = await state.json();
} finally {
  await worker.stop();
}
const timing = await scoringTime();

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const row = (name, m) =>
  `${name.padEnd(34)} ${m.accuracy.toFixed(3).padStart(8)} ${pct(m.spamRecall).padStart(11)} ${pct(m.hamFalsePositives).padStart(8)} ${m.f1.toFixed(3).padStart(6)}`;
console.log(`corpus: ${dir} (${train.length} train / ${test.length} test, fixed split)`);
console.log(
  `${"".padEnd(34)} ${"accuracy".padStart(8)} ${"spam recall".padStart(11)} ${"ham FP".padStart(8)} ${"F1".padStart(6)}`,
);
console.log(row("Goalpost filter (via POST, wrangler)", filterScores));
console.log(row("baseline: unigram multinomial NB", baselineScores));
console.log(
  `model: ${model.spamExamples} spam + ${model.hamExamples} ham examples, ${model.features} features; ` +
    `scoring a 2,000-char comment: median ${timing.median.toFixed(3)} ms, p99 ${timing.p99.toFixed(3)} ms of 2,000 in Node`,
);
console.log(JSON.stringify({ filter: filterScores, baseline: baselineScores, scoringMs: timing, model }));
