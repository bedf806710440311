// D1 queries per public request: every public GET on a cold edge cache (the worst case)
// and again warm, read from the worker's own X-D1-Queries header, which counts each
// statement it runs. Also reports the once-a-month cost of storing a new month's window.
import { demoSeedSql } from "../scripts/lib/seed.mjs";
import { freshWorker } from "./lib.mjs";

const PUBLIC_GETS = [
  "/api/v1/campaigns/demo",
  "/api/v1/comments?thread=%2F2026%2F01%2Friver-restoration",
  "/api/v1/comments?thread=%2F2026%2F01%2Friver-restoration&sort=top",
  "/api/v1/counts?thread=%2F2026%2F01%2Friver-restoration&thread=%2Fother",
  "/api/v1/embed?campaign=demo&thread=%2F2026%2F01%2Friver-restoration",
];

/** Returns the statements each public GET ran, cold and then warm (served from the edge cache). */
export async function queriesBenchmark() {
  const worker = await freshWorker({ sql: demoSeedSql() });
  try {
    const requests = [];
    // The very first read of a monthly campaign stores its month's window (once a month);
    // read past the cache (a bookmark), so the campaign's entry stays cold for the loop.
    const first = await fetch(`${worker.url}/api/v1/campaigns/demo?bookmark=first-primary`);
    const monthlyWindowRefresh = Number(first.headers.get("x-d1-queries"));
    for (const path of PUBLIC_GETS) {
      // Each path is read for the first time here (the cache key keeps only the parameters a
      // route reads, so each of these is its own entry): a miss, then a hit.
      const url = `${worker.url}${path}`;
      const cold = await fetch(url);
      const warm = await fetch(url);
      if (!cold.ok) throw new Error(`${path} answered ${cold.status}`);
      if (cold.headers.get("x-cache") !== "MISS") throw new Error(`${path} was not a miss on its first read`);
      requests.push({
        path,
        cold: Number(cold.headers.get("x-d1-queries")),
        coldRoundTrips: Number(cold.headers.get("x-d1-round-trips")),
        warm: Number(warm.headers.get("x-d1-queries")),
        warmCache: warm.headers.get("x-cache"),
      });
    }
    return {
      requests,
      maxStatements: Math.max(...requests.map((r) => r.cold)),
      maxRoundTrips: Math.max(...requests.map((r) => r.coldRoundTrips)),
      target: 2,
      monthlyWindowRefresh,
    };
  } finally {
    await worker.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await queriesBenchmark(), null, 2));
}
