// "Busy day": 50 threads read through `embed` with a Zipf distribution (thread k is asked
// for in proportion to 1/k) by 10 connections for BENCH_SECONDS (10 s), while comments are
// posted at 2 a second on random threads. Prints throughput against the 404 floor of the
// same worker in the same run, and the cache hit rate of reads of threads that were not
// written during the run (and of those that were). Every thread is read once before the
// run, as a site's readers would have. The last line of stdout is the figures as JSON.
import autocannon from "autocannon";
import { demoSeedSql } from "../scripts/lib/seed.mjs";
import { threadSql } from "./comments-scale.mjs";
import { freshWorker } from "./lib.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const THREADS = 50;
const WRITES_PER_SECOND = 2;
const threads = Array.from({ length: THREADS }, (_, k) => `/busy/${k + 1}`);
const embedPath = (thread) => `/api/v1/embed?campaign=demo&thread=${encodeURIComponent(thread)}&sort=top&limit=20`;

// Zipf with s = 1: the cumulative weights of 1/k, searched by a uniform draw.
const cumulative = [];
let total = 0;
for (let k = 1; k <= THREADS; k++) {
  total += 1 / k;
  cumulative.push(total);
}
const zipf = () => {
  const draw = Math.random() * cumulative[cumulative.length - 1];
  return cumulative.findIndex((c) => c >= draw);
};

function load(url, requests) {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections: 10, duration: DURATION, pipelining: 1, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

/** X-Cache from autocannon's headers object, whose names keep the case they were sent in. */
const cacheHeader = (headers) => Object.entries(headers).find(([name]) => name.toLowerCase() === "x-cache")?.[1];

export async function busyDayBenchmark() {
  const sql = [demoSeedSql(), ...threads.map((thread, k) => threadSql(thread, 10, `z${k}_`))].join("\n");
  const worker = await freshWorker({ sql, vars: { RATE_LIMIT_COMMENTS: "1000000" } });
  try {
    for (const thread of threads) await fetch(`${worker.url}${embedPath(thread)}`);
    const floor = await load(`${worker.url}/__bench_404__`);

    const written = new Set();
    let posted = 0;
    let failedWrites = 0;
    const writer = setInterval(() => {
      const thread = threads[Math.floor(Math.random() * THREADS)];
      written.add(thread);
      fetch(`${worker.url}/api/v1/comments`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "CF-Connecting-IP": `10.0.${posted % 250}.${posted >> 8}` },
        body: JSON.stringify({ thread, body: `busy day comment ${posted}` }),
      }).then(
        (res) => (res.status === 201 ? posted++ : failedWrites++),
        () => failedWrites++,
      );
    }, 1000 / WRITES_PER_SECOND);

    const reads = [];
    const busy = await load(`${worker.url}${embedPath(threads[0])}`, [
      {
        setupRequest: (request, context) => {
          context.thread = threads[zipf()];
          return { ...request, path: embedPath(context.thread) };
        },
        onResponse: (status, _body, context, headers) =>
          reads.push({ thread: context.thread, status, hit: cacheHeader(headers) === "HIT" }),
      },
    ]);
    clearInterval(writer);

    const rate = (list) => (list.length ? Number((list.filter((r) => r.hit).length / list.length).toFixed(3)) : null);
    const untouched = reads.filter((r) => !written.has(r.thread));
    const touched = reads.filter((r) => written.has(r.thread));
    const floorRps = Math.round(floor.requests.average);
    const busyRps = Math.round(busy.requests.average);
    return {
      seconds: DURATION,
      connections: 10,
      threads: THREADS,
      writesPerSecond: WRITES_PER_SECOND,
      posted,
      failedWrites,
      threadsWritten: written.size,
      floor: { requestsPerSecond: floorRps, p50Ms: floor.latency.p50, p99Ms: floor.latency.p99 },
      busy: {
        requestsPerSecond: busyRps,
        p50Ms: busy.latency.p50,
        p99Ms: busy.latency.p99,
        non2xx: busy.non2xx,
        errors: busy.errors + busy.timeouts,
      },
      throughputRatio: Number((busyRps / floorRps).toFixed(2)),
      hitRate: { unwrittenThreads: rate(untouched), writtenThreads: rate(touched), all: rate(reads) },
      reads: { unwrittenThreads: untouched.length, writtenThreads: touched.length },
    };
  } finally {
    await worker.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await busyDayBenchmark()));
}
