import { describe, expect, it } from "vitest";
import { ancestorsToRecount, placeUnder, planComments, referencedIds } from "../../src/domain/import-plan";
import type { ImportComment } from "../../src/schemas/import";

const record = (id: string, parentId: string | null, extra: Partial<ImportComment> = {}): ImportComment => ({
  type: "comment",
  id,
  thread: "/t",
  parentId,
  author: { name: "", email: "Ann@Example.org" },
  body: "**hi**",
  status: "approved",
  pinned: false,
  upvotes: 2,
  downvotes: 1,
  createdAt: 1_500_000_000_000,
  editedAt: null,
  ...extra,
});

describe("planComments", () => {
  it("places replies under parents planned earlier in the batch, with root, path and depth", () => {
    const plan = planComments([record("a", null), record("b", "a"), record("c", "b")], new Map(), (r) => `c_${r.id}`);
    expect(
      plan.inserts.map(({ id, parentId, rootId, path, depth }) => ({ id, parentId, rootId, path, depth })),
    ).toEqual([
      { id: "c_a", parentId: null, rootId: "c_a", path: "c_a", depth: 0 },
      { id: "c_b", parentId: "c_a", rootId: "c_a", path: "c_a/c_b", depth: 1 },
      { id: "c_c", parentId: "c_b", rootId: "c_a", path: "c_a/c_b/c_c", depth: 2 },
    ]);
    expect(plan.inserts[0]).toMatchObject({
      authorName: "Guest",
      email: "Ann@Example.org",
      emailKey: "ann@example.org",
      html: "<p><strong>hi</strong></p>\n",
    });
  });

  it("places replies under comments already stored and counts the ones already imported", () => {
    const known = new Map([
      ["a", placeUnder(null, "c_a", "/t")],
      ["old", placeUnder(null, "c_old", "/t")],
    ]);
    const plan = planComments([record("old", null), record("b", "a")], known, (r) => `c_${r.id}`);
    expect(plan.existing).toBe(1);
    expect(plan.inserts).toMatchObject([{ id: "c_b", parentId: "c_a", path: "c_a/c_b", depth: 1 }]);
  });

  it("skips replies to parents missing, hard-deleted here, or in another thread", () => {
    const known = new Map([
      ["gone", null],
      ["other", placeUnder(null, "c_o", "/elsewhere")],
    ]);
    const plan = planComments([record("x", "nope"), record("y", "gone"), record("z", "other")], known, (r) => r.id);
    expect(plan.inserts).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toEqual([
      "parent nope is not imported: send parents before their replies",
      "parent gone was deleted on this site",
      "parent other is in another thread (/elsewhere)",
    ]);
  });

  it("lists the ids to look up and the ancestors to recount, shallowest first", () => {
    expect(referencedIds([record("a", null), record("b", "a"), record("c", "z")])).toEqual(["a", "b", "c", "z"]);
    expect(
      ancestorsToRecount([
        placeUnder(placeUnder(placeUnder(null, "r", "/t"), "p", "/t"), "c", "/t"),
        placeUnder(null, "q", "/t"),
      ]),
    ).toEqual(["r", "p"]);
  });
});
