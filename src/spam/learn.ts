import type { Example } from "../db/spam-model";
import { spamFeatures } from "../domain/spam-features";
import type { CommentStatus } from "../schemas/comments";

/** A stored comment as an example of `label`. */
export const exampleOf = (id: string, label: Example["label"], body: string, authorName: string): Example => ({
  id,
  label,
  features: spamFeatures(body, authorName),
});

/**
 * What the owner's decision teaches (API.md "Spam"): setting `spam` is a spam example,
 * approving a pending or spam comment a ham example; anything else teaches nothing.
 */
export function decisionLabel(from: CommentStatus, to: CommentStatus | undefined): Example["label"] | null {
  if (to === "spam") return "spam";
  if (to === "approved" && (from === "pending" || from === "spam")) return "ham";
  return null;
}

/** The examples imported comments teach: approved ones ham, spam ones spam. */
export const importedExamples = (
  comments: readonly { id: string; status: CommentStatus; body: string; authorName: string }[],
): Example[] =>
  comments.flatMap((comment) =>
    comment.status === "approved" || comment.status === "spam"
      ? [exampleOf(comment.id, comment.status === "spam" ? "spam" : "ham", comment.body, comment.authorName)]
      : [],
  );
