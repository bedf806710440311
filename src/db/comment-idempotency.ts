import type { CommentRecord } from "../domain/comment-tree";
import { COMMENT_COLUMNS, type CommentRow, toRecord } from "./comment-rows";

/** How long an Idempotency-Key stays bound to its comment; after that it is released. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;

export type Replay = { comment: CommentRecord; sameRequest: boolean } | null;

/**
 * The comment first created with this Idempotency-Key (by its hash) within the last 24 h, and
 * whether the retry is the same request (by fingerprint). Read-only: a replay never touches the
 * stored edit token, so the token the author already holds keeps working. A key older than
 * 24 h is released in the same round trip and reads as new (null).
 */
export async function replayComment(
  db: D1Database,
  keyHash: string,
  fingerprint: string,
  now: number,
): Promise<Replay> {
  const [, read] = await db.batch([
    db
      .prepare(
        "UPDATE comments SET idempotency_key_hash = NULL, idempotency_fingerprint = NULL WHERE idempotency_key_hash = ?1 AND created_at <= ?2",
      )
      .bind(keyHash, now - IDEMPOTENCY_TTL_MS),
    db
      .prepare(
        `SELECT ${COMMENT_COLUMNS}, c.idempotency_fingerprint FROM comments AS c WHERE c.idempotency_key_hash = ?1`,
      )
      .bind(keyHash),
  ]);
  const row = read?.results[0] as (CommentRow & { idempotency_fingerprint: string | null }) | undefined;
  return row ? { comment: toRecord(row), sameRequest: row.idempotency_fingerprint === fingerprint } : null;
}
