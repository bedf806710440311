import { describe, expect, it } from "vitest";
import { buildTree, type CommentRecord, toPublicComment } from "../../src/domain/comment-tree";

let clock = 1_700_000_000_000;
const record = (
  id: string,
  parentId: string | null,
  depth: number,
  overrides: Partial<CommentRecord> = {},
): CommentRecord => ({
  id,
  thread: "/t",
  parentId,
  depth,
  authorName: `author of ${id}`,
  body: `body of ${id}`,
  html: `<p>body of ${id}</p>\n`,
  status: "approved",
  pinned: false,
  upvotes: 0,
  downvotes: 0,
  createdAt: clock++,
  editedAt: null,
  ...overrides,
});

describe("buildTree", () => {
  it("nests five levels with depth counted from 0", () => {
    const chain = [record("a", null, 0)];
    for (let depth = 1; depth <= 5; depth++) chain.push(record(`d${depth}`, chain[depth - 1]!.id, depth));
    const [root] = buildTree([chain[0]!], chain.slice(1).reverse());
    let node = root!;
    for (let depth = 0; depth <= 5; depth++) {
      expect(node.depth).toBe(depth);
      expect(node.replyCount).toBe(depth < 5 ? 1 : 0);
      if (depth < 5) node = node.replies[0]!;
    }
    expect(node.id).toBe("d5");
  });

  it("orders replies oldest first whatever order the rows come in, ties by id", () => {
    const root = record("r", null, 0);
    const late = record("late", "r", 1, { createdAt: 30 });
    const early = record("early", "r", 1, { createdAt: 10 });
    const tieB = record("tie-b", "r", 1, { createdAt: 20 });
    const tieA = record("tie-a", "r", 1, { createdAt: 20 });
    const [tree] = buildTree([root], [late, tieB, early, tieA]);
    expect(tree!.replies.map((reply) => reply.id)).toEqual(["early", "tie-a", "tie-b", "late"]);
    expect(tree!.replyCount).toBe(4);
  });

  it("keeps the roots in the order given", () => {
    const roots = [record("x", null, 0), record("y", null, 0), record("z", null, 0)].reverse();
    expect(buildTree(roots, []).map((root) => root.id)).toEqual(["z", "y", "x"]);
  });

  it("shows a deleted comment with replies as a placeholder without author or text", () => {
    const root = record("r", null, 0, { status: "deleted" });
    const [tree] = buildTree([root], [record("child", "r", 1)]);
    expect(tree).toMatchObject({ id: "r", deleted: true, body: "", html: "", author: null, replyCount: 1 });
    expect(tree!.replies[0]).toMatchObject({ id: "child", deleted: false, author: { name: "author of child" } });
  });

  it("drops placeholders left without replies, up the chain", () => {
    const root = record("r", null, 0);
    const gone = record("gone", "r", 1, { status: "deleted" });
    const goneToo = record("gone-too", "gone", 2, { status: "deleted" });
    const [tree] = buildTree([root], [gone, goneToo]);
    expect(tree!.replies).toEqual([]);
    expect(tree!.replyCount).toBe(0);
    expect(buildTree([record("lone", null, 0, { status: "deleted" })], [])).toEqual([]);
  });

  it("drops replies whose parent is not in the rows", () => {
    const root = record("r", null, 0);
    const [tree] = buildTree([root], [record("orphan", "missing", 2), record("kid", "r", 1)]);
    expect(tree!.replies.map((reply) => reply.id)).toEqual(["kid"]);
  });
});

describe("toPublicComment", () => {
  it("computes score and never exposes anything but the author's name and marks", () => {
    const comment = toPublicComment(record("v", null, 0, { upvotes: 8, downvotes: 3, pinned: true }));
    expect(comment).toMatchObject({
      upvotes: 8,
      downvotes: 3,
      score: 5,
      pinned: true,
      author: { name: "author of v" },
    });
    expect(Object.keys(comment.author!)).toEqual(["name", "verified", "owner"]);
  });
});
