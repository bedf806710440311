// Thread layout: replies indent up to MAX_INDENT levels; anything deeper is shown flat
// under the comment at the last level, so narrow screens never run out of width.
import type { Comment } from "./types";

export const MAX_INDENT = 5;

/** The visual indent level of a comment at `depth` (0 = top level). */
export const indentOf = (depth: number) => Math.min(depth, MAX_INDENT);

/** Whether the replies of a comment at `depth` are indented one more level. */
export const indentsReplies = (depth: number) => depth < MAX_INDENT;

/** Visible comments in a tree (placeholders of deleted comments excluded), as `total` counts them. */
export function countVisible(comments: Comment[]): number {
  // Iterative: a tree's depth never reaches the call stack.
  let count = 0;
  const stack = [...comments];
  for (let c = stack.pop(); c; c = stack.pop()) {
    if (!c.deleted) count++;
    stack.push(...(c.replies ?? []));
  }
  return count;
}
