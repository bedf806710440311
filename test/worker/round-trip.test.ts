import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readGoalpost } from "../../scripts/import/goalpost.mjs";
import { createPipeline } from "../../scripts/import/pipeline.mjs";
import { moderate, posted, uniqueThread } from "./comments-helpers";
import { admin, call, createCampaign } from "./helpers";
import { exportAll, importBatch } from "./import-helpers";

// This file is the only one to empty its database: storage is per test file.

/** Every public answer about the seeded data: each thread's pages in every sort, counts, campaigns. */
async function publicAnswers(threads: string[], slugs: string[]) {
  const answers: Record<string, unknown> = {};
  for (const thread of threads) {
    for (const sort of ["oldest", "newest", "top"]) {
      let cursor: string | null = null;
      let page = 0;
      do {
        const query = new URLSearchParams({ thread, sort, limit: "2", ...(cursor ? { cursor } : {}) });
        const res = await call("GET", `/api/v1/comments?${query}`);
        answers[`${thread} ${sort} ${page++}`] = res.json;
        cursor = res.json.nextCursor;
      } while (cursor);
    }
  }
  answers.counts = (
    await call("GET", `/api/v1/counts?${threads.map((t) => `thread=${encodeURIComponent(t)}`).join("&")}`)
  ).json;
  for (const slug of slugs) {
    const { asOf: _, ...campaign } = (await call("GET", `/api/v1/campaigns/${slug}`)).json;
    answers[slug] = campaign;
  }
  return answers;
}

async function emptyDatabase() {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations'",
  ).all<{ name: string }>();
  await env.DB.batch(results.map(({ name }) => env.DB.prepare(`DELETE FROM "${name}"`)));
}

describe("export → import into an empty database", () => {
  it("reproduces the same GET /comments (every sort and page), counts and campaign answers", async () => {
    const monthly = await createCampaign({ period: { kind: "monthly", timeZone: "Europe/Berlin" } });
    const fixed = await createCampaign({
      period: { kind: "fixed", startsAt: "2020-01-01T00:00:00Z", endsAt: "2030-01-01T00:00:00Z" },
      tiers: [{ amount: 1000 }],
    });
    for (const [slug, amount] of [
      [monthly, 90000],
      [monthly, 2500],
      [fixed, 700],
    ] as const) {
      await admin("POST", `/api/v1/admin/campaigns/${slug}/donations`, {
        body: { amount, donor: "Ann", message: "keep going" },
      });
    }
    await admin("POST", `/api/v1/admin/campaigns/${fixed}/donations`, {
      body: { amount: 50, at: "2019-06-01T00:00:00Z" },
      headers: { "Idempotency-Key": "k-1" },
    });

    const threads = [uniqueThread(), uniqueThread()];
    const [a, b] = threads as [string, string];
    const first = await posted({
      thread: a,
      body: "First **bold**",
      author: { name: "Ann", email: "ann@example.org" },
      notify: "replies",
      anchor: { exact: "a passage", prefix: "before ", suffix: " after" },
    });
    const second = await posted({ thread: a, body: "Second" });
    const reply = await posted({ thread: a, parentId: first.id, body: "A reply" });
    await posted({ thread: a, parentId: reply.id, body: "Deeper [link](https://example.org)" });
    const gone = await posted({ thread: a, body: "Will be deleted", anchor: { exact: "another passage" } });
    await posted({ thread: a, parentId: gone.id, body: "Keeps the placeholder" });
    await posted({ thread: a, body: "spam" }).then(({ id }) => moderate(id, { status: "spam" }));
    await moderate(gone.id, { status: "deleted" });
    await moderate(second.id, { pinned: true });
    for (const [voter, value] of [
      ["voter-aaaaaaaaaaaaaaaa", 1],
      ["voter-bbbbbbbbbbbbbbbb", 1],
      ["voter-cccccccccccccccc", -1],
    ] as const) {
      await call("POST", `/api/v1/comments/${reply.id}/votes`, { body: { voter, value } });
    }
    await call("POST", `/api/v1/comments/${first.id}/votes`, { body: { voter: "voter-aaaaaaaaaaaaaaaa", value: -1 } });
    await posted({ thread: b, body: "Other thread" });

    const before = await publicAnswers(threads, [monthly, fixed]);
    // What the privacy view holds about the subscriber (the address typed in other case).
    const privacy = async () => {
      const { comments, subscriptions } = (
        await admin("GET", `/api/v1/admin/privacy?email=${encodeURIComponent("Ann@Example.org")}`)
      ).json;
      return { comments, subscriptions };
    };
    const personal = await privacy();
    expect(personal.subscriptions).toEqual([expect.objectContaining({ commentId: first.id, kind: "replies" })]);
    const exported = await exportAll();

    await emptyDatabase();
    // Emptied behind the API's back, so the edge cache still holds the old answers until the import's write moves its versions.
    expect(
      await env.DB.prepare("SELECT (SELECT COUNT(*) FROM campaigns) + (SELECT COUNT(*) FROM comments) AS n").first("n"),
    ).toBe(0);
    expect((await exportAll()).lines).toHaveLength(2);

    // Read back exactly as the CLI does, in small batches so replies land in later batches than their parents.
    const pipeline = createPipeline({
      maxRecords: 3,
      send: async (records) => {
        const res = await importBatch("goalpost", records);
        if (res.status !== 200) throw new Error(JSON.stringify(res.json));
        return res.json;
      },
    });
    for await (const item of readGoalpost([exported.text])) await pipeline.add(item);
    const report = await pipeline.finish();
    expect(report).toMatchObject({
      orphans: [],
      skipped: [],
      warnings: [],
      campaigns: 2,
      donations: 4,
      subscriptions: 1,
    });
    expect(report.created).toEqual({ campaigns: 2, donations: 4, comments: 8, subscriptions: 1 });

    expect(await publicAnswers(threads, [monthly, fixed])).toEqual(before);
    // Imported subscriptions are keyed as posted ones are: the privacy view finds them, and erasing removes them.
    expect(await privacy()).toEqual(personal);
    const again = await exportAll();
    expect(again.lines.slice(1)).toEqual(exported.lines.slice(1));
  });

  it("keeps replyTo of replies stored one level up by MAX_REPLY_DEPTH", async () => {
    const thread = uniqueThread();
    let parent = await posted({ thread, body: "Depth 0" });
    // Two replies past the default cap of 8: each is stored beside its parent and names it.
    for (let depth = 1; depth <= 10; depth++) {
      parent = await posted({ thread, parentId: parent.id, body: `Depth ${depth}`, author: { name: `P${depth}` } });
    }
    expect(parent.comment.replyTo).toEqual({ id: expect.any(String), name: "P9" });
    const before = await publicAnswers([thread], []);
    const exported = await exportAll();

    await emptyDatabase();
    const pipeline = createPipeline({
      maxRecords: 4,
      send: async (records) => {
        const res = await importBatch("goalpost", records);
        if (res.status !== 200) throw new Error(JSON.stringify(res.json));
        return res.json;
      },
    });
    for await (const item of readGoalpost([exported.text])) await pipeline.add(item);
    expect(await pipeline.finish()).toMatchObject({ orphans: [], skipped: [] });
    expect(await publicAnswers([thread], [])).toEqual(before);
  });
});
