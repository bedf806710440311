// Scale: the first page of a 5,000-comment thread against that of a 50-comment thread,
// through `wrangler dev` on a fresh local D1. Both threads have the same shape (every
// top-level comment has one reply, some votes, one pinned root), so the first page (20
// roots + 20 replies) carries the same data and only the thread's size differs.
// Prints the median latency per sort, the ratio big/small (target ≤ 1.5) and the D1
// statements per request as the worker counted them (header X-D1-Queries, target ≤ 2).
// The edge cache is turned off for this run so every request reads D1.
// The last line of stdout is the figures as JSON.
import { freshWorker, median } from "./lib.mjs";

const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const SORTS = ["oldest", "newest", "top"];
const THREADS = { big: { key: "/bench/big", size: 5000 }, small: { key: "/bench/small", size: 50 } };

const quote = (text) => `'${String(text).replace(/'/g, "''")}'`;

/** INSERTs for a thread of `size` comments: size/2 roots, each with one reply. */
export function threadSql(key, size, tag) {
  const rows = [];
  const start = Date.UTC(2026, 0, 1);
  for (let n = 0; n < size / 2; n++) {
    const root = `c_${tag}${String(n).padStart(6, "0")}r`;
    const reply = `c_${tag}${String(n).padStart(6, "0")}s`;
    const up = (n * 7) % 11;
    const down = (n * 3) % 5;
    const pinned = n === 3 ? 1 : 0;
    const at = start + n * 60_000;
    rows.push([root, "NULL", root, root, 0, at, up, down, pinned, 1]);
    rows.push([reply, quote(root), root, `${root}/${reply}`, 1, at + 1000, 0, 0, 0, 0]);
  }
  const values = rows.map(
    ([id, parent, rootId, path, depth, at, up, down, pinned, replies]) =>
      `(${quote(id)}, ${quote(key)}, ${parent}, ${quote(rootId)}, ${quote(path)}, ${depth}, 'Bench', ` +
      `'Comment **${id}** with [a link](https://example.org/${id}).', '<p>Comment <strong>${id}</strong></p>', ` +
      `'approved', ${pinned}, ${up}, ${down}, ${replies}, 'x', ${at})`,
  );
  const statements = [];
  for (let i = 0; i < values.length; i += 100) {
    statements.push(
      `INSERT INTO comments (id, thread, parent_id, root_id, path, depth, author_name, body, html, status, pinned,
        upvotes, downvotes, reply_count, edit_token_hash, created_at) VALUES\n${values.slice(i, i + 100).join(",\n")};`,
    );
  }
  return statements.join("\n");
}

/** One timed GET; returns [milliseconds, D1 statements the worker reported, comments on the page]. */
async function timed(url) {
  const started = performance.now();
  const res = await fetch(url);
  const body = await res.json();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body)}`);
  const queries = Number(res.headers.get("x-d1-queries"));
  if (!Number.isInteger(queries)) throw new Error("the worker sent no X-D1-Queries header");
  const count = (list) => list.reduce((sum, c) => sum + 1 + count(c.replies), 0);
  return [ms, queries, count(body.comments), body.total];
}

/** Runs the scale benchmark and returns its figures. */
export async function commentsScaleBenchmark() {
  const sql = `${threadSql(THREADS.big.key, THREADS.big.size, "b")}\n${threadSql(THREADS.small.key, THREADS.small.size, "s")}`;
  // The edge cache is off: every request must reach D1, or the figure would time the cache.
  const worker = await freshWorker({ sql, vars: { EDGE_CACHE_SECONDS: "0" } });
  try {
    const url = (thread, sort) => `${worker.url}/api/v1/comments?thread=${encodeURIComponent(thread.key)}&sort=${sort}`;
    const figures = {};
    for (const sort of SORTS) {
      const samples = { big: [], small: [] };
      const queries = new Set();
      const shape = {};
      for (let round = 0; round < WARMUP + ROUNDS; round++) {
        // Alternate the two threads so drift in the machine's speed hits both alike.
        for (const name of round % 2 ? ["big", "small"] : ["small", "big"]) {
          const [ms, statements, onPage, total] = await timed(url(THREADS[name], sort));
          queries.add(statements);
          shape[name] = { onPage, total };
          if (round >= WARMUP) samples[name].push(ms);
        }
      }
      const big = median(samples.big);
      const small = median(samples.small);
      figures[sort] = {
        medianMs: { big: Number(big.toFixed(3)), small: Number(small.toFixed(3)) },
        ratio: Number((big / small).toFixed(3)),
        d1QueriesPerRequest: Math.max(...queries),
        firstPage: shape,
      };
    }
    const ratio = Math.max(...SORTS.map((sort) => figures[sort].ratio));
    const d1QueriesPerRequest = Math.max(...SORTS.map((sort) => figures[sort].d1QueriesPerRequest));
    return {
      threads: { big: THREADS.big.size, small: THREADS.small.size },
      rounds: ROUNDS,
      warmup: WARMUP,
      sorts: figures,
      ratio,
      ratioTarget: 1.5,
      d1QueriesPerRequest,
      queriesTarget: 2,
    };
  } finally {
    await worker.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await commentsScaleBenchmark();
  for (const [sort, f] of Object.entries(result.sorts)) {
    console.log(
      `sort=${sort.padEnd(6)} big ${f.medianMs.big.toFixed(2)} ms, small ${f.medianMs.small.toFixed(2)} ms, ratio ${f.ratio}, ` +
        `D1 statements/request ${f.d1QueriesPerRequest}, first page ${f.firstPage.big.onPage} vs ${f.firstPage.small.onPage} comments`,
    );
  }
  console.log(
    `ratio (worst sort) ${result.ratio} (target ≤ ${result.ratioTarget}); D1 queries/request ${result.d1QueriesPerRequest} (target ≤ ${result.queriesTarget})`,
  );
  console.log(JSON.stringify(result));
}
