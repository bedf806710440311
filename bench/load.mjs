// Load: the first-paint request (`embed`) against the framework floor (a 404 on the same
// worker), each for 10 s with 10 connections under `wrangler dev`; `embed` both as readers
// get it (edge cache warm) and with every request a cache miss. Prints the figures as
// ratios, since the machines are noisy, and returns them for bench/run.mjs.
import autocannon from "autocannon";
import { demoSeedSql } from "../scripts/lib/seed.mjs";
import { freshWorker } from "./lib.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

/** Loads `url` for DURATION s; with `miss`, every request gets a fresh query parameter, so none is a cache hit. */
function run(url, miss = false) {
  let n = 0;
  const requests = miss
    ? [{ setupRequest: (request) => ({ ...request, path: `${request.path}&miss=${n++}` }) }]
    : undefined;
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 10, duration: DURATION, pipelining: 1, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

const summary = (r) => ({
  requestsPerSecond: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  errors: r.errors + r.timeouts,
  non2xx: r.non2xx,
});

/** Runs the load benchmark and returns its figures. */
export async function loadBenchmark(path = "/api/v1/embed?campaign=demo&thread=%2F2026%2F01%2Friver-restoration") {
  const worker = await freshWorker({ sql: demoSeedSql() });
  try {
    await fetch(`${worker.url}${path}`); // warm the isolate
    const floor = summary(await run(`${worker.url}/__bench_404__`));
    const target = summary(await run(`${worker.url}${path}`));
    // The worst case: every request misses the edge cache and reads D1.
    const uncached = summary(await run(`${worker.url}${path}`, true));
    const ratio = (r) => Number((r.requestsPerSecond / floor.requestsPerSecond).toFixed(2));
    return {
      path,
      connections: 10,
      seconds: DURATION,
      floor,
      target,
      uncached,
      throughputRatio: ratio(target),
      uncachedRatio: ratio(uncached),
      targetRatio: 0.8,
      uncachedTarget: 0.35,
    };
  } finally {
    await worker.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await loadBenchmark(process.argv[2]), null, 2));
}
