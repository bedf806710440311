// What the moderation queue's buttons do to comments: one request per comment (PATCH for
// approve, spam, pin and unpin; DELETE after a confirmation), and the sentence announcing
// the result. Also the count of what waits, for the navigation badge.
import { type AdminComment, ApiError, explain, request } from "./api";
import type { Action } from "./comment-item";
import { confirmAction } from "./confirm";

const PATCHES: Record<Exclude<Action, "delete" | "block">, Record<string, unknown>> = {
  approve: { status: "approved" },
  spam: { status: "spam" },
  pin: { pinned: true },
  unpin: { pinned: false },
};
const DONE: Record<Action, string> = {
  approve: "Approved",
  spam: "Marked as spam",
  pin: "Pinned",
  unpin: "Unpinned",
  delete: "Deleted",
  block: "Blocked",
};

/** Comments waiting for a decision (GET /api/v1/admin/moderation/counts), or null if unknown. */
export async function waitingCount(token: string): Promise<number | null> {
  try {
    return (await request<{ pending: number }>(token, "GET", "/admin/moderation/counts")).pending;
  } catch {
    return null;
  }
}

export type Outcome = { done: number; failures: string[]; summary: string };

/**
 * Applies `action` to each comment in turn, reporting each new state (null: gone) to
 * `place`. Null when the user declined to delete.
 */
export async function applyAction(
  token: string,
  action: Exclude<Action, "block">,
  comments: AdminComment[],
  place: (id: string, updated: AdminComment | null) => void,
): Promise<Outcome | null> {
  const many = comments.length > 1 ? `${comments.length} comments` : "this comment";
  if (
    action === "delete" &&
    !(await confirmAction(
      `Delete ${many}?`,
      "Deleting removes the comment and every reply to it for good. Marking spam instead keeps it out of sight.",
      `Delete ${many}`,
    ))
  )
    return null;
  const failures: string[] = [];
  let done = 0;
  for (const comment of comments) {
    const path = `/admin/comments/${encodeURIComponent(comment.id)}`;
    try {
      const updated =
        action === "delete"
          ? await request<null>(token, "DELETE", path)
          : await request<AdminComment>(token, "PATCH", path, { body: PATCHES[action] });
      place(comment.id, updated);
      done++;
    } catch (error) {
      // Deleting a parent removes its replies: a reply that is already gone is done too.
      if (error instanceof ApiError && error.status === 404) {
        place(comment.id, null);
        done++;
      } else failures.push(explain(error));
    }
  }
  const failed = failures.length ? ` ${failures.length} failed.` : "";
  return { done, failures, summary: `${DONE[action]}: ${done} comment${done === 1 ? "" : "s"}.${failed}` };
}
