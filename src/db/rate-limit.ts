export const WINDOW_MS = 60_000;

/** The fixed one-minute window a moment falls in. */
export const minuteOf = (now: number) => Math.floor(now / WINDOW_MS);

/** Seconds until the window of `now` closes (at least 1), for `Retry-After`. */
export const retryAfterSeconds = (now: number) =>
  Math.max(1, Math.ceil(((minuteOf(now) + 1) * WINDOW_MS - now) / 1000));

/**
 * How long a comment keeps its IP hash: the longest window anything is limited over (the
 * confirmation messages an IP may cause in an hour). Then the hash is dropped.
 */
export const IP_RETENTION_MS = 60 * 60_000;

/**
 * Counts the comment `commentId` for this client and minute if the batch stored it (a
 * rejected post changes nothing), forgets windows older than the last one, and drops the
 * IP hashes of comments older than IP_RETENTION_MS. Runs after the insert, in its batch.
 */
export function rateStatements(
  db: D1Database,
  ipHash: string,
  minute: number,
  commentId: string,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO comment_rate (ip_hash, minute, count) SELECT ?1, ?2, 1 WHERE EXISTS (SELECT 1 FROM comments WHERE id = ?3)
         ON CONFLICT (ip_hash, minute) DO UPDATE SET count = count + 1`,
      )
      .bind(ipHash, minute, commentId),
    // Housekeeping rides on stored comments only, so a rejected post changes nothing at all.
    db
      .prepare("DELETE FROM comment_rate WHERE minute < ?1 AND EXISTS (SELECT 1 FROM comments WHERE id = ?2)")
      .bind(minute - 1, commentId),
    db
      .prepare(
        "UPDATE comments SET ip_hash = NULL WHERE ip_hash IS NOT NULL AND created_at < ?1 AND EXISTS (SELECT 1 FROM comments WHERE id = ?2)",
      )
      .bind(minute * WINDOW_MS - IP_RETENTION_MS, commentId),
  ];
}

/** The named binds WITHIN_RATE reads: the client's IP hash, the minute, and the limit per minute. */
export type RateBind = "ipHash" | "minute" | "rateLimit";

/** SQL condition for a statement built with `named` (src/db/named.ts): this client may post one more comment. */
export const WITHIN_RATE =
  "COALESCE((SELECT count FROM comment_rate WHERE ip_hash = :ipHash AND minute = :minute), 0) < :rateLimit";
