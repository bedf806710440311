import type { SpamVerdict } from "../domain/spam-model";
import { ancestorsOf, COMMENT_COLUMNS, type CommentRow, recountStatements, toRecord } from "./comment-rows";

/** What the spam filter stores with a new comment. */
export type SpamMark = {
  commentId: string;
  networkHash: string;
  authorKeyHash: string | null;
  mailbox: string | null;
  score: number | null;
  reasons: string[];
  now: number;
};

/** The reason shown for a comment stored as spam because its source is blocked. */
export const BLOCKED_REASON = "blocked source";

/**
 * Statements that run right after the insert, in its batch: store the source hashes and the
 * verdict, then turn the comment into spam when an unexpired block matches its network,
 * author key or mailbox (before the reply counts are taken, so a blocked reply counts nowhere);
 * never the owner's own comment, which is never held.
 */
export function spamMarkStatements(db: D1Database, mark: SpamMark): D1PreparedStatement[] {
  return [
    db
      .prepare(
        "UPDATE comments SET network_hash = ?2, author_key_hash = ?3, spam_score = ?4, spam_reasons = ?5 WHERE id = ?1",
      )
      .bind(mark.commentId, mark.networkHash, mark.authorKeyHash, mark.score, JSON.stringify(mark.reasons)),
    blockedStatement(db, mark.commentId, mark.now, {
      networks: [mark.networkHash],
      authors: [mark.authorKeyHash],
      mailbox: mark.mailbox,
    }),
  ];
}

/** The sources a block may match: client networks and author keys (hashes), a mailbox key. */
export type Sources = { networks: (string | null)[]; authors: (string | null)[]; mailbox: string | null };

/** What the spam filter decides about an author's edit (src/spam/edit-hook.ts, `editComment`). */
export type EditSpam = { verdict: SpamVerdict | null; sources: Sources };

/**
 * Turns comment `id` into spam (adding the reason "blocked source") when an unexpired block
 * matches one of `sources`; never the owner's own comment, never a deleted one.
 */
export function blockedStatement(db: D1Database, id: string, now: number, sources: Sources): D1PreparedStatement {
  // Two slots each (unused ones null), so the statement text is always the same.
  const slots = (values: (string | null)[]) => [0, 1].map((i) => values[i] ?? null);
  return db
    .prepare(
      `UPDATE comments SET status = 'spam', spam_reasons = json_insert(COALESCE(spam_reasons, '[]'), '$[#]', ?3)
        WHERE id = ?1 AND status != 'deleted' AND owner = 0 AND EXISTS (
          SELECT 1 FROM blocks AS b
           WHERE (b.expires_at IS NULL OR b.expires_at > ?2)
             AND ((b.kind = 'network' AND b.value IN (?4, ?5)) OR (b.kind = 'author' AND b.value IN (?6, ?7))
                  OR (b.kind = 'email' AND b.value = ?8)))`,
    )
    .bind(id, now, BLOCKED_REASON, ...slots(sources.networks), ...slots(sources.authors), sources.mailbox);
}

/**
 * Stores a comment as spam after the fact: only when this isolate's model was stale at the
 * insert and the current one judges it spam (rare: once per isolate after a change).
 */
export async function markSpam(db: D1Database, id: string, score: number, reasons: string[]) {
  const stored = await db.prepare("SELECT path FROM comments WHERE id = ?1").bind(id).first<{ path: string }>();
  const path = stored?.path ?? id;
  const results = await db.batch([
    db
      .prepare(
        "UPDATE comments SET status = 'spam', spam_score = ?2, spam_reasons = ?3 WHERE id = ?1 AND status IN ('approved', 'pending') AND owner = 0",
      )
      .bind(id, score, JSON.stringify(reasons)),
    ...recountStatements(db, ancestorsOf(path)),
    db.prepare(`SELECT ${COMMENT_COLUMNS} FROM comments AS c WHERE c.id = ?1`).bind(id),
  ]);
  const row = results[results.length - 1]?.results[0] as CommentRow | undefined;
  return row ? toRecord(row) : null;
}
