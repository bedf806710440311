// `npm run bench`: every figure in one run, written to bench/results.json and printed as
// a table. Ratios rather than absolute numbers, because the machines are noisy.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../scripts/lib/wrangler.mjs";
import { loadBenchmark } from "./load.mjs";
import { queriesBenchmark } from "./queries.mjs";

/** Runs a bench script as its own process and returns the JSON of its last output line. */
function script(file, args = []) {
  const result = spawnSync(process.execPath, [join(root, "bench", file), ...args], {
    cwd: root,
    encoding: "utf8",
    env: process.env,
  });
  const lines = result.stdout.trim().split("\n");
  if (result.status !== 0) throw new Error(`bench/${file} failed:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(lines[lines.length - 1]);
}

const results = {
  machine: { cores: (await import("node:os")).cpus().length, node: process.version },
  at: new Date().toISOString(),
};

console.error("bench: load (embed vs the 404 floor, 10 connections, 10 s each)…");
results.load = await loadBenchmark();
console.error("bench: D1 queries per public request…");
results.queries = await queriesBenchmark();
console.error("bench: first page of a 5,000-comment thread vs a 50-comment thread…");
results.scale = script("comments-scale.mjs");
console.error("bench: live updates (100 sockets, POST answer → message; 1,000 idle sockets)…");
results.live = script("live.mjs");
if (existsSync(join(root, "bench", "size.mjs"))) {
  console.error("bench: widget size…");
  results.size = script("size.mjs");
}

writeFileSync(join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);

const rows = [
  [
    "embed throughput vs 404 floor",
    `${results.load.throughputRatio}`,
    "≥ 0.5",
    `${results.load.target.requestsPerSecond} vs ${results.load.floor.requestsPerSecond} req/s`,
  ],
  [
    "embed p50 / p99",
    `${results.load.target.p50Ms} / ${results.load.target.p99Ms} ms`,
    "",
    `floor ${results.load.floor.p50Ms} / ${results.load.floor.p99Ms} ms`,
  ],
  [
    "embed throughput, every request a cache miss",
    `${results.load.uncachedRatio}`,
    "",
    `${results.load.uncached.requestsPerSecond} req/s, p50 / p99 ${results.load.uncached.p50Ms} / ${results.load.uncached.p99Ms} ms`,
  ],
  ["first page, 5,000 vs 50 comments", `${results.scale.ratio}`, "≤ 1.5", "worst of the three sorts, medians"],
  [
    "D1 round trips per public request",
    `${results.queries.maxRoundTrips}`,
    "≤ 2",
    `statements: ${results.queries.requests.map((r) => r.cold).join(", ")}; 0 on a cache hit`,
  ],
];
rows.push(
  [
    "live: POST answer → message at 100 sockets, p50 / p99",
    `${results.live.latency.p50Ms} / ${results.live.latency.p99Ms} ms`,
    "",
    `${results.live.latency.samples} deliveries under wrangler dev`,
  ],
  [
    "live: one idle socket under wrangler dev",
    `${Math.round(results.live.idle.bytesPerSocket / 1024)} KiB, ${results.live.idle.cpuMsPerSocketPer10s} ms CPU / 10 s`,
    "",
    `workerd RSS with ${results.live.idle.sockets} idle sockets, dev proxy included`,
  ],
);
if (results.size) {
  const { gzip, brotli, heaviest, budget } = results.size;
  rows.push([
    "widget first paint gzip / brotli",
    `${gzip} / ${brotli} B`,
    `≤ ${budget} B gzip`,
    `heaviest page (${heaviest.name}): ${heaviest.gzip} B gzip`,
  ]);
}
console.log("| figure | measured | target | detail |\n|---|---|---|---|");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log("\nwritten to bench/results.json");
