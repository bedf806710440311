import { describe, expect, it } from "vitest";
import { threadKey } from "../../widget/thread-key";
import { countVisible, indentOf, indentsReplies, MAX_INDENT } from "../../widget/tree";
import type { Comment } from "../../widget/types";

const comment = (deleted: boolean, replies: Comment[] = []) => ({ deleted, replies }) as Comment;

describe("thread indentation", () => {
  it("indents replies up to five levels", () => {
    expect(MAX_INDENT).toBe(5);
    expect([0, 1, 4, 5].map(indentOf)).toEqual([0, 1, 4, 5]);
    expect([0, 4].map(indentsReplies)).toEqual([true, true]);
  });

  it("shows deeper replies flat under the fifth level", () => {
    expect([6, 12].map(indentOf)).toEqual([5, 5]);
    expect([5, 6].map(indentsReplies)).toEqual([false, false]);
  });

  it("counts visible comments without placeholders", () => {
    expect(countVisible([comment(false, [comment(true, [comment(false)])]), comment(false)])).toBe(3);
  });
});

describe("threadKey", () => {
  it("drops index.html and the trailing slash", () => {
    expect(threadKey("/post/")).toBe("/post");
    expect(threadKey("/post/index.html")).toBe("/post");
    expect(threadKey("/post")).toBe("/post");
  });

  it("keeps the root as /", () => {
    expect(threadKey("/")).toBe("/");
    expect(threadKey("/index.html")).toBe("/");
  });
});
