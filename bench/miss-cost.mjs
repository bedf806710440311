// What an edge-cache miss of `embed` costs, piece by piece: 60 sequential requests per
// variant under `wrangler dev` on the demo seed, medians in ms, each request a fresh cache
// key. "bypass" variants carry a bookmark (`first-primary`), so they skip the cache and
// read D1 only; `/api/v1/embed?x=…` reads no D1 but still looks up and writes the cache.
// Prints one line per variant and round, then the figures as JSON.
import { demoSeedSql } from "../scripts/lib/seed.mjs";
import { freshWorker, median } from "./lib.mjs";

const THREAD = "%2F2026%2F01%2Friver-restoration";
const VARIANTS = {
  floor: "/__bench_404__?",
  "no D1, no cache": "/api/v1/embed?bookmark=first-primary",
  "cache only (miss), no D1": "/api/v1/embed?x=1",
  "D1 only, 1 statement (campaign)": "/api/v1/embed?campaign=demo&bookmark=first-primary",
  "D1 only, 4 statements (campaign, page, replies, anchors)": `/api/v1/embed?campaign=demo&thread=${THREAD}&bookmark=first-primary`,
  "miss, 1 statement (campaign)": "/api/v1/embed?campaign=demo",
  "miss, 3 statements (thread)": `/api/v1/embed?thread=${THREAD}`,
  "miss, 4 statements (campaign and thread)": `/api/v1/embed?campaign=demo&thread=${THREAD}`,
};

const worker = await freshWorker({ sql: demoSeedSql() });
const figures = {};
try {
  await fetch(`${worker.url}${VARIANTS.floor}`);
  for (let round = 0; round < 2; round++) {
    for (const [name, path] of Object.entries(VARIANTS)) {
      const samples = [];
      for (let i = 0; i < 60; i++) {
        const started = performance.now();
        const res = await fetch(`${worker.url}${path}&miss=${round}-${i}`);
        await res.arrayBuffer();
        samples.push(performance.now() - started);
      }
      const ms = Number(median(samples).toFixed(2));
      figures[name] = [...(figures[name] ?? []), ms];
      console.log(`round ${round + 1}: ${name}: ${ms} ms`);
    }
  }
} finally {
  await worker.stop();
}
console.log(JSON.stringify(figures));
