import { type CommentRecord, RECOUNT_LEVELS } from "../domain/comment-tree";
import type { AdminComment, CommentStatus } from "../schemas/comments";

/** The public columns of `comments` (no email, token hash or IP hash). */
export const COMMENT_COLUMNS = `c.id, c.thread, c.parent_id, c.depth, c.author_name, c.body, c.html, c.status,
  c.pinned, c.upvotes, c.downvotes, c.created_at, c.edited_at, c.unpinned, c.neg_score,
  c.anchor_exact, c.anchor_prefix, c.anchor_suffix, c.reply_to_id, c.verified, c.owner,
  (SELECT rt.author_name FROM comments AS rt WHERE rt.id = c.reply_to_id AND rt.status = 'approved') AS reply_to_name`;

export type CommentRow = {
  id: string;
  thread: string;
  parent_id: string | null;
  depth: number;
  author_name: string;
  body: string;
  html: string;
  status: CommentStatus;
  pinned: number;
  upvotes: number;
  downvotes: number;
  created_at: number;
  edited_at: number | null;
  unpinned: number;
  neg_score: number;
  anchor_exact: string | null;
  anchor_prefix: string | null;
  anchor_suffix: string | null;
  reply_to_id: string | null;
  reply_to_name: string | null;
  verified: number;
  owner: number;
};

/** The anchor columns of a row as an Anchor, or null. */
export const anchorOf = (row: Pick<CommentRow, "anchor_exact" | "anchor_prefix" | "anchor_suffix">) =>
  row.anchor_exact === null
    ? null
    : { exact: row.anchor_exact, prefix: row.anchor_prefix ?? "", suffix: row.anchor_suffix ?? "" };

/** A row of COMMENT_COLUMNS as a domain record. */
export const toRecord = (row: CommentRow): CommentRecord => ({
  id: row.id,
  thread: row.thread,
  parentId: row.parent_id,
  depth: row.depth,
  authorName: row.author_name,
  body: row.body,
  html: row.html,
  status: row.status,
  pinned: row.pinned === 1,
  upvotes: row.upvotes,
  downvotes: row.downvotes,
  createdAt: row.created_at,
  editedAt: row.edited_at,
  anchor: anchorOf(row),
  replyToId: row.reply_to_id,
  replyToName: row.reply_to_name,
  verified: row.verified === 1,
  owner: row.owner === 1,
});

/** The owner's columns: the public ones plus email and reply count. */
export const ADMIN_COLUMNS = `${COMMENT_COLUMNS}, c.author_email, c.reply_count, c.spam_score, c.spam_reasons`;

export type AdminRow = CommentRow & {
  author_email: string | null;
  reply_count: number;
  spam_score: number | null;
  spam_reasons: string | null;
};

/** The moderation view of a comment: everything but secrets, with status and email. */
export const toAdminComment = (row: AdminRow): AdminComment => ({
  id: row.id,
  thread: row.thread,
  parentId: row.parent_id,
  depth: row.depth,
  author: { name: row.author_name, email: row.author_email },
  body: row.body,
  html: row.html,
  createdAt: new Date(row.created_at).toISOString(),
  editedAt: row.edited_at === null ? null : new Date(row.edited_at).toISOString(),
  upvotes: row.upvotes,
  downvotes: row.downvotes,
  score: row.upvotes - row.downvotes,
  pinned: row.pinned === 1,
  deleted: row.status === "deleted",
  replyCount: row.reply_count,
  anchor: anchorOf(row),
  status: row.status,
  spam: { score: row.spam_score ?? 0, reasons: row.spam_reasons ? (JSON.parse(row.spam_reasons) as string[]) : [] },
});

/**
 * Statements that recount `reply_count` of the given ancestors, deepest first, so a change
 * that shows or hides a comment ripples up (a placeholder whose last reply goes disappears).
 */
export function recountStatements(db: D1Database, ancestorIds: readonly string[]): D1PreparedStatement[] {
  const recount = db.prepare(
    `UPDATE comments SET reply_count =
       (SELECT COUNT(*) FROM comments AS ch WHERE ch.parent_id = ?1 AND ch.shown = 1)
     WHERE id = ?1`,
  );
  return [...ancestorIds].reverse().map((id) => recount.bind(id));
}

/** The nearest RECOUNT_LEVELS ancestor ids of a comment, root side first, from its materialised path. */
export const ancestorsOf = (path: string) => path.split("/").slice(0, -1).slice(-RECOUNT_LEVELS);
