import { describe, expect, it } from "vitest";
import { createPipeline } from "../../scripts/import/pipeline.mjs";

const comment = (id: string, parentId: string | null, extra: Record<string, unknown> = {}) => ({
  record: {
    type: "comment",
    id,
    thread: "/t",
    parentId,
    author: { name: "A", email: null },
    body: "x",
    status: "approved",
    upvotes: 1,
    downvotes: 0,
    ...extra,
  },
});

async function run(items: any[], options: Record<string, unknown> = {}) {
  const batches: any[][] = [];
  const pipeline = createPipeline({
    send: async (records: any[]) => {
      batches.push(records);
      return null;
    },
    ...options,
  });
  for (const item of items) await pipeline.add(item);
  return { report: await pipeline.finish(), batches, order: batches.flat().map((r) => r.id) };
}

describe("createPipeline", () => {
  it("sends every parent before its replies, whatever the file order", async () => {
    const { order, report } = await run([comment("c", "b"), comment("d", "c"), comment("a", null), comment("b", "a")]);
    expect(order).toEqual(["a", "b", "c", "d"]);
    expect(report).toMatchObject({ comments: 4, replies: 3, threads: 1, orphans: [], votes: { up: 4, down: 0 } });
  });

  it("imports replies of a missing parent top-level by default and reports them with their subtree kept", async () => {
    const { batches, report } = await run([comment("b", "missing"), comment("c", "b")]);
    expect(batches.flat().map((r) => [r.id, r.parentId])).toEqual([
      ["b", null],
      ["c", "b"],
    ]);
    expect(report.orphans).toEqual([
      {
        id: "b",
        parentId: "missing",
        thread: "/t",
        reason: "parent missing is not in the export",
        action: "top-level",
      },
    ]);
  });

  it("skips orphans and their replies with --orphans skip, naming a skipped parent's reason", async () => {
    const { order, report } = await run(
      [{ skip: { type: "comment", id: "p", reason: "invalid date" } }, comment("b", "p"), comment("c", "b")],
      { orphans: "skip" },
    );
    expect(order).toEqual([]);
    expect(report.skipped.map((s) => s.id)).toEqual(["p", "b", "c"]);
    expect(report.skipped[1]!.reason).toBe("orphan: parent p was skipped (invalid date)");
  });

  it("reports a duplicate id instead of sending it twice", async () => {
    const { order, report } = await run([comment("a", null), comment("a", null)]);
    expect(order).toEqual(["a"]);
    expect(report.skipped).toEqual([{ type: "comment", id: "a", reason: "the same id appears twice in the export" }]);
  });

  it("cuts batches by count and by bytes, under the API's 64 KiB body limit", async () => {
    const many = Array.from({ length: 450 }, (_, i) => comment(`c${i}`, null));
    expect((await run(many)).batches.map((b) => b.length)).toEqual([200, 200, 50]);
    const big = Array.from({ length: 20 }, (_, i) => comment(`b${i}`, null, { body: "é".repeat(9_000) }));
    const { batches } = await run(big);
    for (const batch of batches)
      expect(new TextEncoder().encode(JSON.stringify({ source: "disqus", records: batch })).length).toBeLessThan(
        64 * 1024,
      );
    expect(batches.flat()).toHaveLength(20);
  });

  it("adds up what the server answered for each batch", async () => {
    const pipeline = createPipeline({
      maxRecords: 1,
      send: async (records: any[]) => ({
        created: { comments: 1, campaigns: 0, donations: 0, subscriptions: 0 },
        existing: { comments: 0, campaigns: 0, donations: 0, subscriptions: 0 },
        skipped:
          records[0].id === "b" ? [{ type: "comment", id: "b", reason: "parent x was deleted on this site" }] : [],
      }),
    });
    for (const item of [comment("a", null), comment("b", "a")]) await pipeline.add(item);
    const report = await pipeline.finish();
    expect(report.created.comments).toBe(2);
    expect(report.batches).toBe(2);
    expect(report.skipped).toEqual([{ type: "comment", id: "b", reason: "server: parent x was deleted on this site" }]);
  });

  it("counts campaigns, donations and subscriptions and passes them on in file order", async () => {
    const { order, report } = await run([
      { record: { type: "campaign", id: undefined, slug: "s" } },
      { record: { type: "donation", id: "d1" } },
      { record: { type: "subscription", id: "s1" } },
    ]);
    expect(order).toEqual([undefined, "d1", "s1"]);
    expect(report).toMatchObject({ campaigns: 1, donations: 1, subscriptions: 1, comments: 0 });
  });
});
