import type { CommentRecord } from "../domain/comment-tree";
import type { AdminComment, CommentStatus } from "../schemas/comments";
import {
  ADMIN_COLUMNS,
  type AdminRow,
  ancestorsOf,
  COMMENT_COLUMNS,
  type CommentRow,
  recountStatements,
  toAdminComment,
  toRecord,
} from "./comment-rows";
import { blockedStatement, type EditSpam } from "./spam-insert";

export type StoredComment = CommentRecord & {
  path: string;
  tokenHash: string;
  authorHash: string | null;
  /** Its sources, which a block may match (src/spam/edit-hook.ts). */
  email: string | null;
  networkHash: string | null;
  authorKeyHash: string | null;
};

type StoredRow = CommentRow & {
  path: string;
  edit_token_hash: string;
  author_hash: string | null;
  author_email: string | null;
  network_hash: string | null;
  author_key_hash: string | null;
};

/** One comment with what authorisation and the spam filter need (token hash, path, sources), or null. */
export async function readComment(db: D1Database, id: string): Promise<StoredComment | null> {
  const row = await db
    .prepare(
      `SELECT ${COMMENT_COLUMNS}, c.path, c.edit_token_hash, c.author_hash, c.author_email, c.network_hash,
              c.author_key_hash
         FROM comments AS c WHERE c.id = ?1`,
    )
    .bind(id)
    .first<StoredRow>();
  return (
    row && {
      ...toRecord(row),
      path: row.path,
      tokenHash: row.edit_token_hash,
      authorHash: row.author_hash,
      email: row.author_email,
      networkHash: row.network_hash,
      authorKeyHash: row.author_key_hash,
    }
  );
}

/**
 * Replaces the body (and its rendering) of a comment that is not deleted; with `hold`, an
 * approved comment goes back to `pending` in the same transaction. With `spam` (an author's
 * edit), the spam filter's verdict and a block of its sources can make it `spam` there too.
 * Reply counts above it are recounted, so a comment taken from readers shows as a
 * placeholder at most. Null when there is none.
 */
export async function editComment(
  db: D1Database,
  comment: StoredComment,
  body: string,
  html: string,
  now: number,
  hold = false,
  spam: EditSpam | null = null,
) {
  const verdict = spam?.verdict?.spam ? spam.verdict : null;
  const results = await db.batch([
    db
      .prepare(
        `UPDATE comments SET body = ?2, html = ?3, edited_at = ?4,
                status = CASE WHEN ?6 = 1 AND status IN ('approved', 'pending') AND owner = 0 THEN 'spam'
                              WHEN ?5 = 1 AND status = 'approved' THEN 'pending' ELSE status END,
                spam_score = CASE WHEN ?6 = 1 THEN ?7 ELSE spam_score END,
                spam_reasons = CASE WHEN ?6 = 1 THEN ?8 ELSE spam_reasons END
          WHERE id = ?1 AND status != 'deleted'`,
      )
      .bind(
        comment.id,
        body,
        html,
        now,
        hold ? 1 : 0,
        verdict ? 1 : 0,
        verdict?.score ?? null,
        verdict ? JSON.stringify(verdict.reasons) : null,
      ),
    ...(spam ? [blockedStatement(db, comment.id, now, spam.sources)] : []),
    ...(hold || spam ? recountStatements(db, ancestorsOf(comment.path)) : []),
    db
      .prepare(`SELECT ${COMMENT_COLUMNS} FROM comments AS c WHERE c.id = ?1 AND c.status != 'deleted'`)
      .bind(comment.id),
  ]);
  const row = results[results.length - 1]?.results[0] as CommentRow | undefined;
  return row ? toRecord(row) : null;
}

/**
 * The author's delete: the text is erased and the comment marked deleted. It stays a
 * placeholder while it has shown replies; the recount above it lets a placeholder whose
 * last reply went disappear too. False when it was already deleted.
 */
export async function softDeleteComment(db: D1Database, comment: StoredComment): Promise<boolean> {
  const [deleted] = await db.batch([
    db
      .prepare("UPDATE comments SET status = 'deleted', body = '', html = '' WHERE id = ?1 AND status != 'deleted'")
      .bind(comment.id),
    db.prepare("DELETE FROM subscriptions WHERE comment_id = ?1").bind(comment.id),
    ...recountStatements(db, ancestorsOf(comment.path)),
  ]);
  return (deleted?.meta.changes ?? 0) > 0;
}

export type AdminChange = { status?: CommentStatus; pinned?: boolean; body?: { body: string; html: string } };

/** The owner's change of status, pin or text, with reply counts above it kept true (and `extra`, e.g. learning, in the batch). */
export async function adminUpdateComment(
  db: D1Database,
  comment: StoredComment,
  change: AdminChange,
  now: number,
  extra: D1PreparedStatement[] = [],
): Promise<AdminComment | null> {
  const results = await db.batch([
    db
      .prepare(
        `UPDATE comments SET status = COALESCE(?2, status), pinned = COALESCE(?3, pinned),
                body = COALESCE(?4, body), html = COALESCE(?5, html),
                edited_at = CASE WHEN ?4 IS NULL THEN edited_at ELSE ?6 END
          WHERE id = ?1`,
      )
      .bind(
        comment.id,
        change.status ?? null,
        change.pinned === undefined ? null : Number(change.pinned),
        change.body?.body ?? null,
        change.body?.html ?? null,
        now,
      ),
    ...recountStatements(db, ancestorsOf(comment.path)),
    ...extra,
    db.prepare(`SELECT ${ADMIN_COLUMNS} FROM comments AS c WHERE c.id = ?1`).bind(comment.id),
  ]);
  const row = results[results.length - 1]?.results[0] as AdminRow | undefined;
  return row ? toAdminComment(row) : null;
}

// A subtree is the comment's path and every path under it: [path || '/', path || '0')
// ('0' follows '/' in ASCII), a range the path index serves.
const SUBTREE = "SELECT id FROM comments WHERE path = ?1 OR (path >= ?1 || '/' AND path < ?1 || '0')";

/** Hard-deletes a comment, its replies, their votes and subscriptions; recounts above. */
export async function hardDeleteComment(db: D1Database, comment: StoredComment): Promise<boolean> {
  const results = await db.batch([
    db.prepare(`DELETE FROM votes WHERE comment_id IN (${SUBTREE})`).bind(comment.path),
    db.prepare(`DELETE FROM subscriptions WHERE comment_id IN (${SUBTREE})`).bind(comment.path),
    db.prepare("DELETE FROM comments WHERE path = ?1 OR (path >= ?1 || '/' AND path < ?1 || '0')").bind(comment.path),
    ...recountStatements(db, ancestorsOf(comment.path)),
  ]);
  return (results[2]?.meta.changes ?? 0) > 0;
}

export type AdminListQuery = {
  status: CommentStatus;
  thread: string | null;
  limit: number;
  after: { at: number; id: string } | null;
};

// The whole site's queue walks (status, created_at, id) from the cursor on; one thread's sorts
// that thread's comments of the status (thread, status), never the site's (`+` keeps SQLite,
// which plans without statistics, from preferring the site-wide walk for its order).
const ADMIN_LIST = {
  site: `SELECT ${ADMIN_COLUMNS} FROM comments AS c
          WHERE c.status = ?1 AND (c.created_at, c.id) < (?3, ?4)
          ORDER BY c.created_at DESC, c.id DESC LIMIT ?2`,
  thread: `SELECT ${ADMIN_COLUMNS} FROM comments AS c
            WHERE c.status = ?1 AND c.thread = ?5 AND (+c.created_at, c.id) < (?3, ?4)
            ORDER BY +c.created_at DESC, c.id DESC LIMIT ?2`,
};

/** The admin list's statement (see ADMIN_LIST); no cursor starts above every stored time. */
export const adminListStatement = (db: D1Database, query: AdminListQuery) => {
  const binds = [query.status, query.limit + 1, query.after?.at ?? Number.MAX_SAFE_INTEGER, query.after?.id ?? ""];
  return query.thread === null
    ? db.prepare(ADMIN_LIST.site).bind(...binds)
    : db.prepare(ADMIN_LIST.thread).bind(...binds, query.thread);
};

/** The moderation queue: comments of one status (optionally one thread), newest first. */
export async function listForAdmin(db: D1Database, query: AdminListQuery) {
  const { results } = await adminListStatement(db, query).all<AdminRow>();
  const shown = results.slice(0, query.limit);
  const last = shown[shown.length - 1];
  return {
    comments: shown.map(toAdminComment),
    next: results.length > query.limit && last ? { at: last.created_at, id: last.id } : null,
  };
}
