// What any worker pays for an edge-cache miss under `wrangler dev` on this machine: a bare
// worker (bench/platform/worker.js: no framework, one Cache API lookup, `SELECT 1` on D1,
// one cache write) against its own 404 floor, with the load of bench/load.mjs (autocannon,
// 10 connections, every request a new cache key). The ratio is the ceiling for
// bench/load.mjs's "every request a miss" figure: no worker that reads D1 and stores its
// answer on a miss can do better here. The last line of stdout is the figures as JSON.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { freePort, root } from "../scripts/lib/wrangler.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

function run(url) {
  let n = 0;
  const requests = [{ setupRequest: (request) => ({ ...request, path: `${request.path}?k=${n++}` }) }];
  return new Promise((resolve, reject) =>
    autocannon({ url, connections: 10, duration: DURATION, pipelining: 1, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

/** Starts the bare worker under `wrangler dev` on a fresh local D1; returns { url, stop }. */
async function bareWorker() {
  const state = mkdtempSync(join(tmpdir(), "goalpost-platform-"));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(root, "node_modules/wrangler/bin/wrangler.js"),
      "dev",
      "--config",
      join(root, "bench/platform/wrangler.toml"),
      "--port",
      String(port),
      "--ip",
      "127.0.0.1",
      "--inspector-port",
      String(await freePort()),
      "--persist-to",
      state,
    ],
    { cwd: root, env: { ...process.env, WRANGLER_SEND_METRICS: "false" }, stdio: "ignore" },
  );
  const url = `http://127.0.0.1:${port}`;
  // The state folder goes once wrangler has exited: it still writes cache blobs until then.
  const stop = () =>
    new Promise((resolve) => {
      const done = () => {
        rmSync(state, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once("exit", done);
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  for (const deadline = Date.now() + 90_000; Date.now() < deadline; ) {
    try {
      if ((await fetch(`${url}/miss?k=ready`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error("the bare worker did not start");
}

export async function platformMissBenchmark() {
  const worker = await bareWorker();
  try {
    const floor = await run(`${worker.url}/floor`);
    const miss = await run(`${worker.url}/miss`);
    const rps = (r) => Math.round(r.requests.average);
    return {
      floor: rps(floor),
      miss: rps(miss),
      missNon2xx: miss.non2xx,
      ratio: Number((rps(miss) / rps(floor)).toFixed(2)),
    };
  } finally {
    await worker.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await platformMissBenchmark();
  console.log(
    `bare worker: a miss (cache lookup, SELECT 1, cache write) ${result.miss} req/s vs its floor ${result.floor} req/s: ${result.ratio}`,
  );
  console.log(JSON.stringify(result));
}
