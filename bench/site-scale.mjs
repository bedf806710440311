// Site scale: what a reader's first paint and a writer's comment cost on the demo seed alone
// against the same seed inside a large site (100,000 comments on 10,000 other threads, with
// votes, subscriptions, sent notifications, another campaign's donations and payments, and a
// full spam vocabulary), under `wrangler dev` on a fresh local D1. Every statement should cost
// what it reads, so the two medians should be alike (target: large/small ≤ 1.2).
// - first paint: GET /api/v1/embed?campaign=demo&thread=… with `bookmark=first-primary`, which
//   skips the edge cache, so every request reads D1;
// - a comment: POST /api/v1/comments on a thread of its own, a new client IP each time (the
//   per-minute limit), so the batch is insert, spam model, rate limit, recount and read-back.
// Prints the medians per site (latency, and the rows D1 read: the worker's X-D1-Rows-Read,
// which the machine's noise does not touch) and the ratios; the last line of stdout is the
// figures as JSON.
import { demoSeedSql } from "../scripts/lib/seed.mjs";
import { freshWorker, median } from "./lib.mjs";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 120);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const THREADS = 10_000;
const PER_THREAD = 10;
const PAINT = "/api/v1/embed?campaign=demo&thread=%2F2026%2F01%2Friver-restoration&bookmark=first-primary";

/** The large site around the demo: one recursive-CTE INSERT per table. */
export function largeSiteSql(now = Date.now()) {
  const day = 86_400_000;
  const n = (count) => `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${count - 1})`;
  return [
    // Ten comments a thread: two roots, each with four replies; one in ten held, one in fifty spam.
    `${n(THREADS * PER_THREAD)}
INSERT INTO comments (id, thread, parent_id, root_id, path, depth, author_name, email_key, body, html, status,
                      edit_token_hash, created_at, upvotes, downvotes, reply_count, author_hash,
                      anchor_exact, anchor_prefix, anchor_suffix)
SELECT 'site-' || i, '/site/' || (i / ${PER_THREAD}),
       CASE WHEN i % 5 = 0 THEN NULL ELSE 'site-' || (i - i % 5) END,
       'site-' || (i - i % 5),
       CASE WHEN i % 5 = 0 THEN 'site-' || i ELSE 'site-' || (i - i % 5) || '/site-' || i END,
       CASE WHEN i % 5 = 0 THEN 0 ELSE 1 END,
       'Reader ' || (i % 997), 'reader' || (i % 4001) || '@example.org',
       'A comment on a busy site, number ' || i, '<p>A comment on a busy site, number ' || i || '</p>',
       CASE WHEN i % 50 = 7 THEN 'spam' WHEN i % 10 = 3 THEN 'pending' ELSE 'approved' END,
       'x', ${now - 400 * day} + i * 300000, i % 7, i % 3, CASE WHEN i % 5 = 0 THEN 4 ELSE 0 END,
       'author-' || (i % 5003),
       CASE WHEN i % 20 = 0 THEN 'a passage' END, CASE WHEN i % 20 = 0 THEN '' END, CASE WHEN i % 20 = 0 THEN '' END
  FROM n;`,
    `${n(200_000)}
INSERT INTO votes (comment_id, voter, value, created_at, updated_at, network_hash)
SELECT 'site-' || (i % ${THREADS * PER_THREAD}), 'voter-' || i, CASE WHEN i % 4 = 0 THEN -1 ELSE 1 END,
       ${now - 30 * day}, ${now - 30 * day}, 'net-' || (i % 9973) FROM n;`,
    `${n(20_000)}
INSERT INTO subscriptions (id, email, email_key, thread, kind, comment_id, confirmed, unsubscribe_token_hash, created_at)
SELECT 'sub-' || i, 'reader' || i || '@example.org', 'reader' || i || '@example.org', '/site/' || (i % ${THREADS}),
       CASE WHEN i % 2 = 0 THEN 'thread' ELSE 'replies' END, 'site-' || (i * 5 % ${THREADS * PER_THREAD}), 1,
       'unsub-' || i, ${now - 60 * day} FROM n;`,
    `${n(50_000)}
INSERT INTO notification_deliveries (comment_id, recipient, email, kind, thread, status, sent_at, unsubscribe_token_hash, created_at)
SELECT 'site-' || i, 'reader' || (i % 20000) || '@example.org', 'reader' || (i % 20000) || '@example.org', 'thread',
       '/site/' || (i / ${PER_THREAD}), 'sent', ${now - 10 * day}, 'sent-' || i, ${now - 10 * day} FROM n;`,
    `INSERT INTO campaigns (slug, title, currency, period_kind, time_zone, starts_at, ends_at, window_start, window_end, created_at, updated_at)
VALUES ('site-other', 'Another campaign', 'USD', 'open', 'UTC', NULL, NULL, NULL, NULL, ${now - 400 * day}, ${now - 400 * day});`,
    `${n(30_000)}
INSERT INTO payment_events (channel, id, type, payment_key, outcome, reason, created, received_at, request_id)
SELECT 'stripe', 'evt-' || i, 'checkout.session.completed', 'pi-' || i, 'recorded', NULL, ${now - 200 * day} + i * 1000,
       ${now - 200 * day} + i * 1000, 'req-' || i FROM n;`,
    `${n(30_000)}
INSERT INTO payments (channel, payment_key, donation_id, campaign_id, campaign_created_at, gross, donor, paid_at, updated_at)
SELECT 'stripe', 'pi-' || i, 'don-' || i, c.id, c.created_at, 500 + i % 5000, 'Donor ' || (i % 811),
       ${now - 200 * day} + i * 1000, ${now - 200 * day} + i * 1000 FROM n, campaigns AS c WHERE c.slug = 'site-other';`,
    `${n(30_000)}
INSERT INTO donations (id, campaign_id, amount, donor, message, at, idempotency_key, source, created_at)
SELECT 'don-' || i, c.id, 500 + i % 5000, 'Donor ' || (i % 811), NULL, ${now - 200 * day} + i * 1000,
       'stripe:pi-' || i, 'stripe', ${now - 200 * day} + i * 1000 FROM n, campaigns AS c WHERE c.slug = 'site-other';`,
    // A vocabulary at MAX_VOCABULARY, as a site that has moderated for a while has.
    `${n(50_000)}
INSERT INTO spam_features (feature, spam, ham) SELECT 'w:word' || i, i % 5, 1 + i % 7 FROM n;`,
    "UPDATE spam_model SET spam_docs = 2000, ham_docs = 20000, version = 9, trained_at = 1 WHERE id = 1;",
  ].join("\n");
}

/** One timed request; returns its milliseconds and the rows D1 read for it (X-D1-Rows-Read). */
async function timed(url, init, expected) {
  const started = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  const ms = performance.now() - started;
  if (res.status !== expected) throw new Error(`${url} answered ${res.status}`);
  return { ms, rows: Number(res.headers.get("x-d1-rows-read")) };
}

/** A first paint and a comment (from client `n`, a new IP each time) on one site; returns their ms. */
async function round(url, n) {
  const paint = await timed(`${url}${PAINT}`, undefined, 200);
  const post = await timed(
    `${url}/api/v1/comments`,
    {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": `10.${n >> 16}.${(n >> 8) & 255}.${n & 255}` },
      body: JSON.stringify({ thread: "/bench/site-scale", body: `Comment ${n} of the site-scale bench.` }),
    },
    201,
  );
  return { paint, post };
}

const medians = (samples) => ({
  paintMs: Number(median(samples.map((s) => s.paint.ms)).toFixed(2)),
  postMs: Number(median(samples.map((s) => s.post.ms)).toFixed(2)),
  paintRows: median(samples.map((s) => s.paint.rows)),
  postRows: median(samples.map((s) => s.post.rows)),
});

/**
 * Runs the site-scale benchmark and returns its figures. Both sites run side by side and
 * their requests alternate, so a busy machine slows both alike.
 */
export async function siteScaleBenchmark() {
  const now = Date.now();
  const small = await freshWorker({ sql: demoSeedSql(now) });
  const large = await freshWorker({ sql: `${demoSeedSql(now)}\n${largeSiteSql(now)}` });
  try {
    const samples = { small: [], large: [] };
    // The warm-up also loads the spam model once into each isolate.
    for (let n = 0; n < WARMUP + ROUNDS; n++) {
      const pair = n % 2 ? ["large", "small"] : ["small", "large"];
      for (const name of pair) {
        const sample = await round(name === "small" ? small.url : large.url, n);
        if (n >= WARMUP) samples[name].push(sample);
      }
    }
    const figures = { small: medians(samples.small), large: medians(samples.large) };
    const ratio = (a, b) => Number((a / b).toFixed(2));
    return {
      rounds: ROUNDS,
      largeSite: { comments: THREADS * PER_THREAD, threads: THREADS, votes: 200_000, spamFeatures: 50_000 },
      ...figures,
      paintRatio: ratio(figures.large.paintMs, figures.small.paintMs),
      postRatio: ratio(figures.large.postMs, figures.small.postMs),
      target: 1.2,
    };
  } finally {
    await small.stop();
    await large.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await siteScaleBenchmark();
  for (const name of ["small", "large"]) {
    const f = figures[name];
    console.log(
      `${name}: first paint ${f.paintMs} ms (${f.paintRows} rows read), comment POST ${f.postMs} ms (${f.postRows} rows read)`,
    );
  }
  console.log(
    `ratios large/small: first paint ${figures.paintRatio}, comment POST ${figures.postRatio} (target ≤ 1.2)`,
  );
  console.log(JSON.stringify(figures));
}
