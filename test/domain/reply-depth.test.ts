import { describe, expect, it } from "vitest";
import { commentConfig } from "../../src/domain/comment-config";
import { buildTree, type CommentRecord, nearAncestors, nestSlice, RECOUNT_LEVELS } from "../../src/domain/comment-tree";
import { placeUnder } from "../../src/domain/import-plan";

const record = (id: string, parentId: string | null, depth: number, createdAt: number): CommentRecord => ({
  id,
  thread: "/t",
  parentId,
  depth,
  authorName: `author of ${id}`,
  body: id,
  html: `<p>${id}</p>`,
  status: "approved",
  pinned: false,
  upvotes: 0,
  downvotes: 0,
  createdAt,
  editedAt: null,
});

/** A chain root → r1 → … → r<length>. */
const chain = (length: number) =>
  Array.from({ length: length + 1 }, (_, i) =>
    record(i ? `r${i}` : "root", i > 1 ? `r${i - 1}` : i ? "root" : null, i, i),
  );

describe("buildTree on a deep chain", () => {
  it("nests 20,000 levels without touching the call stack's limit", () => {
    const [root, ...replies] = chain(20_000);
    const [tree] = buildTree([root!], replies);
    let node = tree!;
    let depth = 0;
    while (node.replies.length) {
      node = node.replies[0]!;
      depth++;
    }
    expect(depth).toBe(20_000);
    expect(node.id).toBe("r20000");
  });
});

describe("nestSlice", () => {
  it("nests replies whose parent is in the slice and lists the others at the top with their parentId", () => {
    const records = [record("b", "earlier", 3, 1), record("c", "b", 4, 2), record("d", "root", 1, 3)];
    const top = nestSlice(records);
    expect(top.map((c) => [c.id, c.parentId])).toEqual([
      ["b", "earlier"],
      ["d", "root"],
    ]);
    expect(top[0]!.replies.map((c) => c.id)).toEqual(["c"]);
  });

  it("handles a 20,000-long chain in one pass", () => {
    const [, ...replies] = chain(20_000);
    const top = nestSlice(replies);
    expect(top).toHaveLength(1);
  });

  it("carries replyTo for capped replies and null otherwise", () => {
    const capped = { ...record("x", "p", 8, 1), replyToId: "y", replyToName: "jorge" };
    const [a, b] = nestSlice([capped, record("z", "p", 8, 2)]);
    expect(a!.replyTo).toEqual({ id: "y", name: "jorge" });
    expect(b!.replyTo).toBeNull();
  });
});

describe("nearAncestors", () => {
  it("keeps the nearest RECOUNT_LEVELS ancestors of a path, with their depths", () => {
    const path = Array.from({ length: 5001 }, (_, i) => `n${i}`).join("/");
    const near = nearAncestors(path);
    expect(near).toHaveLength(RECOUNT_LEVELS);
    expect(near[near.length - 1]).toEqual(["n4999", 4999]);
    expect(near[0]).toEqual([`n${5000 - RECOUNT_LEVELS}`, 5000 - RECOUNT_LEVELS]);
    expect(nearAncestors("a/b/c")).toEqual([
      ["a", 0],
      ["b", 1],
    ]);
  });
});

describe("MAX_REPLY_DEPTH", () => {
  it("defaults to 8 and accepts 1–64 only", () => {
    expect(commentConfig({}).maxReplyDepth).toBe(8);
    expect(commentConfig({ MAX_REPLY_DEPTH: "3" }).maxReplyDepth).toBe(3);
    for (const bad of ["0", "65", "-1", "2.5", "x", ""])
      expect(commentConfig({ MAX_REPLY_DEPTH: bad }).maxReplyDepth).toBe(8);
  });

  it("places an imported reply to a comment at the cap beside it, under its parent", () => {
    const root = placeUnder(null, "a", "/t", 2);
    const one = placeUnder(root, "b", "/t", 2);
    const two = placeUnder(one, "c", "/t", 2);
    const capped = placeUnder(two, "d", "/t", 2);
    expect(two).toMatchObject({ depth: 2, path: "a/b/c", parentId: "b", replyToId: null });
    expect(capped).toEqual({
      id: "d",
      thread: "/t",
      rootId: "a",
      path: "a/b/d",
      depth: 2,
      parentId: "b",
      replyToId: "c",
    });
  });
});

describe("nestSlice with ties", () => {
  it("nests a reply under its parent even when the parent sorts after it", () => {
    const top = nestSlice([record("b", "a", 2, 5), record("a", "root", 1, 5)]);
    expect(top.map((c) => c.id)).toEqual(["a"]);
    expect(top[0]!.replies.map((c) => c.id)).toEqual(["b"]);
  });
});
