// Load: the first-paint request (`embed`) against the framework floor (a 404 on the same
// worker), each for 10 s with 10 connections under `wrangler dev`; `embed` both as readers
// get it (edge cache warm) and with every request a cache miss. Prints the figures as
// ratios, since the machines are noisy, and returns them for bench/run.mjs.
import autocannon from "autocannon";
import { demoSeedSql } from "../scripts/lib/seed.mjs";
import { freshWorker } from "./lib.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const DEMO_THREAD = "/2026/01/river-restoration";
// Copies of the demo thread for the miss run: more than a run's requests, so none repeats.
const COPIES = 8000;
const copyThread = (n) => `/bench/miss/${n}`;

/**
 * SQL copying the demo thread's comments (and their anchors) into COPIES threads: the same
 * rows, ids, paths and tallies under new keys, so each copy's first page costs D1 what the
 * demo thread's does.
 */
function copiesSql() {
  const suffix = "'-' || n.i";
  return `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${COPIES - 1})
INSERT INTO comments (id, thread, parent_id, root_id, path, depth, author_name, body, html, status, edit_token_hash,
                      created_at, upvotes, downvotes, reply_count, anchor_exact, anchor_prefix, anchor_suffix)
SELECT c.id || ${suffix}, '${copyThread("")}' || n.i, c.parent_id || ${suffix}, c.root_id || ${suffix},
       replace(c.path, '/', ${suffix} || '/') || ${suffix}, c.depth, c.author_name, c.body, c.html, c.status,
       c.edit_token_hash, c.created_at, c.upvotes, c.downvotes, c.reply_count, c.anchor_exact, c.anchor_prefix,
       c.anchor_suffix
  FROM comments AS c, n WHERE c.thread = '${DEMO_THREAD}';`;
}

/**
 * Loads `url` for DURATION s; with `miss`, every request names a thread no earlier request
 * named (a copy of the demo thread), so each one misses both cache layers, reads D1 and
 * stores its answer. (A fresh unknown parameter no longer misses: the cache key keeps only
 * the parameters a route reads.)
 */
function run(url, miss = false) {
  let n = 0;
  const thread = `thread=${encodeURIComponent(DEMO_THREAD)}`;
  const requests = miss
    ? [
        {
          setupRequest: (request) => ({
            ...request,
            path: request.path.replace(thread, `thread=${encodeURIComponent(copyThread(n++ % COPIES))}`),
          }),
        },
      ]
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
  const worker = await freshWorker({ sql: `${demoSeedSql()}\n${copiesSql()}` });
  try {
    await fetch(`${worker.url}${path}`); // warm the isolate
    const floor = summary(await run(`${worker.url}/__bench_404__`));
    const target = summary(await run(`${worker.url}${path}`));
    // The worst case: every request misses the edge cache and reads D1.
    const uncached = summary(await run(`${worker.url}${path}`, true));
    const sample = await fetch(
      `${worker.url}${path.replace(encodeURIComponent(DEMO_THREAD), encodeURIComponent(copyThread(1)))}`,
    );
    const copy = await sample.json();
    if (copy.comments?.total !== (await (await fetch(`${worker.url}${path}`)).json()).comments?.total)
      throw new Error("the miss run's thread copies differ from the demo thread");
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
