// `npm run bench`: every figure in one run, written to bench/results.json and printed as
// a table. Ratios rather than absolute numbers, because the machines are noisy.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../scripts/lib/wrangler.mjs";
import { bundleBenchmark } from "./bundle.mjs";
import { busyDayBenchmark } from "./busy-day.mjs";
import { loadBenchmark } from "./load.mjs";
import { platformMissBenchmark } from "./platform-miss.mjs";
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
console.error("bench: what a miss costs any worker here (a bare worker: cache lookup, SELECT 1, cache write)…");
results.platformMiss = await platformMissBenchmark();
// The most a miss of ours could reach: the bare worker's miss throughput over our own floor.
results.platformMiss.ceilingOfOurs = Number(
  (results.platformMiss.miss / results.load.floor.requestsPerSecond).toFixed(2),
);
console.error("bench: D1 queries per public request…");
results.queries = await queriesBenchmark();
console.error("bench: first page of a 5,000-comment thread vs a 50-comment thread…");
results.scale = script("comments-scale.mjs");
console.error("bench: busy day (50 threads, Zipf reads, 2 comments a second)…");
results.busyDay = await busyDayBenchmark();
console.error("bench: worker bundle and its compile time…");
results.bundle = await bundleBenchmark();
console.error("bench: live updates (100 sockets, POST answer → message; 1,000 idle sockets)…");
results.live = script("live.mjs");
if (existsSync(join(root, "bench", "size.mjs"))) {
  console.error("bench: widget size…");
  results.size = script("size.mjs");
}

writeFileSync(join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);

const { load, busyDay, bundle } = results;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = [
  [
    "embed, edge cache warm, vs 404 floor",
    `${load.throughputRatio}`,
    "≥ 0.8",
    `${load.target.requestsPerSecond} vs ${load.floor.requestsPerSecond} req/s; p50/p99 ${load.target.p50Ms}/${load.target.p99Ms} ms vs ${load.floor.p50Ms}/${load.floor.p99Ms} ms`,
  ],
  [
    "embed, every request a cache miss, vs floor",
    `${load.uncachedRatio}`,
    "≥ 0.35",
    `${load.uncached.requestsPerSecond} req/s, p50/p99 ${load.uncached.p50Ms}/${load.uncached.p99Ms} ms`,
  ],
  [
    "a bare worker's miss (cache lookup, SELECT 1, cache write) vs our floor: the ceiling of the line above",
    `${results.platformMiss.ceilingOfOurs}`,
    "",
    `${results.platformMiss.miss} req/s; ${results.platformMiss.ratio} of its own floor (${results.platformMiss.floor} req/s)`,
  ],
  [
    "busy day: embed throughput vs floor",
    `${busyDay.throughputRatio}`,
    "",
    `${busyDay.busy.requestsPerSecond} vs ${busyDay.floor.requestsPerSecond} req/s; ${busyDay.posted} comments posted on ${busyDay.threadsWritten} of ${busyDay.threads} threads`,
  ],
  [
    "busy day: cache hit rate, threads not written",
    `${busyDay.hitRate.unwrittenThreads}`,
    "",
    `written threads ${busyDay.hitRate.writtenThreads}; all reads ${busyDay.hitRate.all}`,
  ],
  [
    "worker bundle (wrangler deploy --dry-run)",
    `${kib(bundle.gzip)} gzip`,
    "≤ 120 KiB gzip",
    `${kib(bundle.raw)} raw; heaviest: ${bundle.heaviest
      .slice(0, 3)
      .map((p) => `${p.name} ${kib(p.bytes)}`)
      .join(", ")}`,
  ],
  ["cold start: V8 compile of the bundle", `${bundle.compileMs} ms`, "", "node vm.Script, median of 21"],
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
  const { gzip, brotli, heaviest, budget, aim, interactions } = results.size;
  rows.push([
    "widget first paint, English page, gzip / brotli",
    `${gzip} / ${brotli} B`,
    `≤ ${budget} B gzip (aim ${aim})`,
    `heaviest page (${heaviest.name}): ${heaviest.gzip} B gzip; interactions chunk after first paint: ${interactions?.gzip} B gzip`,
  ]);
}
console.log("| figure | measured | target | detail |\n|---|---|---|---|");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log("\nwritten to bench/results.json");
