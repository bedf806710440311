// Live updates under `wrangler dev`: the time from a POST /api/v1/comments answer to the
// pushed message on each of 100 connected sockets (p50/p99 over every socket and post),
// and what an idle socket costs the local runtime (workerd's resident memory and CPU time
// with 1,000 idle sockets open, per socket). Local figures: workerd on this machine, not
// Cloudflare's edge, where hibernated sockets cost no duration at all. The memory includes
// wrangler dev's own proxy worker, which relays every socket and does not exist in production.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// ws is in node_modules through wrangler (Node 20 has no global WebSocket client).
import WebSocket from "ws";
import { freePort, migrateLocal, startDev } from "../scripts/lib/wrangler.mjs";

const SOCKETS = Number(process.env.BENCH_LIVE_SOCKETS ?? 100);
const POSTS = Number(process.env.BENCH_LIVE_POSTS ?? 30);
const IDLE = Number(process.env.BENCH_LIVE_IDLE ?? 1000);
const THREAD = "/bench/live";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n) => Number(n.toFixed(2));

/** Opens one socket to `url` and resolves once it is open. */
function open(url, onMessage = () => {}) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on("open", () => resolve(ws));
    ws.on("error", reject);
    ws.on("message", (data) => onMessage(data.toString(), performance.now()));
  });
}

/** Every process under `root` (the wrangler dev tree), from /proc. */
function descendants(root) {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const all = [];
  const walk = (pid) => {
    for (const child of children.get(pid) ?? []) {
      all.push(child);
      walk(child);
    }
  };
  walk(root);
  return all;
}

/** workerd's resident memory (KiB) and CPU time (clock ticks) under the wrangler dev process. */
function workerd(root) {
  let rssKiB = 0;
  let ticks = 0;
  for (const pid of descendants(root)) {
    try {
      if (!readFileSync(`/proc/${pid}/comm`, "utf8").includes("workerd")) continue;
      rssKiB += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
    } catch {
      // Gone meanwhile.
    }
  }
  return { rssKiB, ticks };
}

/** Runs the live benchmark and returns its figures. */
export async function liveBenchmark() {
  const dir = mkdtempSync(join(tmpdir(), "goalpost-bench-live-"));
  migrateLocal(dir);
  const dev = await startDev({
    port: await freePort(),
    persistTo: dir,
    vars: { ADMIN_TOKEN: "bench-token", RATE_LIMIT_COMMENTS: "100000", LIVE_MAX_CONNECTIONS: String(IDLE + 10) },
  });
  const wsBase = dev.url.replace(/^http/, "ws");
  const sockets = [];
  try {
    // Latency: SOCKETS readers of one thread, POSTS comments one after another.
    const arrivals = new Map(); // comment id → receive times
    const received = (text, at) => {
      const message = JSON.parse(text);
      if (message.type !== "comment") return;
      arrivals.set(message.comment.id, [...(arrivals.get(message.comment.id) ?? []), at]);
    };
    for (let i = 0; i < SOCKETS; i++)
      sockets.push(await open(`${wsBase}/api/v1/live?thread=${encodeURIComponent(THREAD)}`, received));
    const samples = [];
    for (let i = 0; i < POSTS; i++) {
      const res = await fetch(`${dev.url}/api/v1/comments`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "CF-Connecting-IP": `10.9.${i >> 8}.${i & 255}` },
        body: JSON.stringify({ thread: THREAD, body: `Live bench comment ${i}` }),
      });
      // The answer is there when its headers are; its body is read after.
      const answered = performance.now();
      const { comment } = await res.json();
      const deadline = Date.now() + 10_000;
      while ((arrivals.get(comment.id)?.length ?? 0) < SOCKETS && Date.now() < deadline) await sleep(2);
      const times = arrivals.get(comment.id) ?? [];
      if (times.length < SOCKETS) throw new Error(`post ${i}: ${times.length}/${SOCKETS} sockets got the comment`);
      // A message may beat the reading of the answer's body: counted as 0.
      for (const at of times) samples.push(Math.max(0, at - answered));
    }
    samples.sort((a, b) => a - b);
    for (const ws of sockets.splice(0)) ws.terminate();
    await sleep(1000);

    // Idle cost: IDLE sockets spread over 10 threads, then 10 s of nothing.
    const before = workerd(dev.process.pid);
    for (let i = 0; i < IDLE; i++) {
      sockets.push(await open(`${wsBase}/api/v1/live?thread=${encodeURIComponent(`/bench/idle/${i % 10}`)}`));
    }
    await sleep(2000);
    const opened = workerd(dev.process.pid);
    await sleep(10_000);
    const idle = workerd(dev.process.pid);
    const tick = 10; // ms per clock tick (USER_HZ 100)
    return {
      sockets: SOCKETS,
      posts: POSTS,
      latency: {
        p50Ms: round(percentile(samples, 50)),
        p99Ms: round(percentile(samples, 99)),
        samples: samples.length,
      },
      idle: {
        sockets: IDLE,
        workerdRssKiBBefore: before.rssKiB,
        workerdRssKiBWith: opened.rssKiB,
        workerdRssKiBAfter10sIdle: idle.rssKiB,
        bytesPerSocket: Math.round(((opened.rssKiB - before.rssKiB) * 1024) / IDLE),
        cpuMsPerSocketPer10s: round(((idle.ticks - opened.ticks) * tick) / IDLE),
        cpuMsTotalOver10s: (idle.ticks - opened.ticks) * tick,
      },
    };
  } finally {
    for (const ws of sockets) ws.terminate();
    await dev.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await liveBenchmark();
  console.error(
    `live: ${result.sockets} sockets, POST answer → message p50 ${result.latency.p50Ms} ms, p99 ${result.latency.p99Ms} ms; ` +
      `idle: ${result.idle.bytesPerSocket} B and ${result.idle.cpuMsPerSocketPer10s} ms CPU per socket per 10 s`,
  );
  console.log(JSON.stringify(result));
}
