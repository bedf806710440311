// Reply paging: a page lists at most REPLY_SLICE replies of each top-level comment (all
// depths counted, oldest first); GET /comments/:id/replies serves the rest a slice at a time.
// Each slice is one index seek on (root_id, shown, created_at, id), so its cost never
// depends on how large or how deep the thread is.

import { type CommentRecord, nestSlice } from "../domain/comment-tree";
import { decodeCursor, encodeCursor, threadMark } from "../domain/cursor";
import { validationFailed } from "../errors";
import type { PublicComment, ReplyPage } from "../schemas/comments";
import { COMMENT_COLUMNS, type CommentRow, toRecord } from "./comment-rows";

export const REPLY_SLICE = 50;

/** The columns of a slice: the public ones, the stored reply count and the root. */
export const SLICE_COLUMNS = `${COMMENT_COLUMNS}, c.reply_count, c.root_id`;

export type SliceRow = CommentRow & { reply_count: number; root_id: string };

/** The shown replies of root `root` (an SQL expression) after the key (?a, ?b), oldest first, one more than a slice. */
export const sliceIds = (root: string, after: string | null) =>
  `SELECT q.id FROM comments AS q
    WHERE q.root_id = ${root} AND q.shown = 1 AND q.id != ${root}${after ? ` AND (q.created_at, q.id) > (${after})` : ""}
    ORDER BY q.created_at, q.id LIMIT ${REPLY_SLICE + 1}`;

const sliceRecord = (row: SliceRow): CommentRecord => ({ ...toRecord(row), replyCount: row.reply_count });

const oldestFirst = (a: SliceRow, b: SliceRow) =>
  a.created_at - b.created_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const cursorTag = (rootId: string) => `r.${threadMark(rootId)}`;

/** A slice of one root's replies (rows of any order, at most one more than a slice), nested, with the cursor of the rest. */
export function sliceOf(rootId: string, rows: SliceRow[]): { replies: PublicComment[]; moreReplies: string | null } {
  const sorted = [...rows].sort(oldestFirst);
  const shown = sorted.slice(0, REPLY_SLICE);
  const last = shown[shown.length - 1];
  return {
    replies: nestSlice(shown.map(sliceRecord)),
    moreReplies:
      sorted.length > REPLY_SLICE && last ? encodeCursor([cursorTag(rootId), last.created_at, last.id]) : null,
  };
}

/** Groups slice rows by their root. */
export function rowsByRoot(rows: SliceRow[]): Map<string, SliceRow[]> {
  const byRoot = new Map<string, SliceRow[]>();
  for (const row of rows) {
    const list = byRoot.get(row.root_id);
    if (list) list.push(row);
    else byRoot.set(row.root_id, [row]);
  }
  return byRoot;
}

/** The key a replies cursor carries; 400 `validation_failed` unless this server issued it for this comment. */
function replyCursorKey(rootId: string, cursor: string | undefined): [number, string] | null {
  if (cursor === undefined) return null;
  const [tag, at, id] = decodeCursor(cursor, ["s", "n", "s"]);
  if (tag !== cursorTag(rootId)) {
    throw validationFailed([{ path: "cursor", message: "is not a cursor this server issued for this comment" }]);
  }
  return [at as number, id as string];
}

/**
 * The next slice of a top-level comment's replies, in one batch; null when `rootId` is not
 * a shown top-level comment (a reply, held, unknown).
 */
export async function readReplies(
  db: D1Database,
  rootId: string,
  cursor: string | undefined,
): Promise<ReplyPage | null> {
  const key = replyCursorKey(rootId, cursor);
  const [root, slice] = await db.batch([
    db.prepare("SELECT 1 AS ok FROM comments WHERE id = ?1 AND depth = 0 AND shown = 1").bind(rootId),
    db
      .prepare(`SELECT ${SLICE_COLUMNS} FROM comments AS c WHERE c.id IN (${sliceIds("?1", key ? "?2, ?3" : null)})`)
      .bind(rootId, ...(key ?? [])),
  ]);
  if (!root?.results.length) return null;
  return sliceOf(rootId, (slice?.results ?? []) as SliceRow[]);
}
