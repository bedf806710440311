import type { CommentRecord } from "../domain/comment-tree";
import { COMMENT_COLUMNS, type CommentRow, toRecord } from "./comment-rows";

/**
 * The comment first created with this Idempotency-Key (by its hash), with a fresh edit
 * token hash stored in the same round trip: the retrying client never saw the first
 * answer's token, so it gets a new one and the unseen one stops working. Null for a new key.
 */
export async function replayComment(
  db: D1Database,
  keyHash: string,
  newTokenHash: string,
): Promise<CommentRecord | null> {
  const [, read] = await db.batch([
    db.prepare("UPDATE comments SET edit_token_hash = ?2 WHERE idempotency_key_hash = ?1").bind(keyHash, newTokenHash),
    db.prepare(`SELECT ${COMMENT_COLUMNS} FROM comments AS c WHERE c.idempotency_key_hash = ?1`).bind(keyHash),
  ]);
  const row = read?.results[0] as CommentRow | undefined;
  return row ? toRecord(row) : null;
}
