import { mailboxKey } from "../domain/mailbox";
import { knownAuthor, optedOut } from "./subscriptions";

// Planning turns "a comment was published / held" into notification_deliveries rows, one per
// recipient, in one transaction; the rows are what `deliver` queue messages name.

const HOUR_MS = 3_600_000;

/** At most one confirmation message per mailbox a day, and this many per client IP an hour. */
export const CONFIRM_RESEND_MS = 24 * HOUR_MS;
export const CONFIRMS_PER_IP_HOUR = 5;

type PlannedComment = {
  id: string;
  thread: string;
  parent_id: string | null;
  email_key: string | null;
  ip_hash: string | null;
  status: string;
};

const pendingIds = (db: D1Database, commentId: string) =>
  db
    .prepare(
      "SELECT id FROM notification_deliveries WHERE comment_id = ?1 AND status IN ('queued', 'sending') ORDER BY id",
    )
    .bind(commentId);

const ids = (result: D1Result | undefined) => ((result?.results ?? []) as { id: number }[]).map((row) => row.id);

const readPlanned = (db: D1Database, commentId: string) =>
  db
    // A capped reply (MAX_REPLY_DEPTH) is stored under a grandparent; it answers reply_to_id.
    .prepare(
      "SELECT id, thread, COALESCE(reply_to_id, parent_id) AS parent_id, email_key, ip_hash, status FROM comments WHERE id = ?1",
    )
    .bind(commentId)
    .first<PlannedComment>();

/**
 * Plans the messages a published comment causes and returns the ids still to send:
 * - the author of the comment replied to, if they subscribed to replies with it (`reply`);
 * - every confirmed `thread` subscriber of the thread (`thread`); one row per address, the
 *   author excluded (nobody is told about their own comment);
 * - the confirmation link of the subscription this comment made, unless it is confirmed,
 *   within the per-mailbox (one a day) and per-IP limits (`confirm`); a mailbox that
 *   unsubscribed from everything gets one only for an author key that confirmed it before.
 * Running it again plans nothing twice (UNIQUE (comment_id, recipient)).
 */
export async function planPublished(db: D1Database, commentId: string, now: number): Promise<number[]> {
  const comment = await readPlanned(db, commentId);
  if (comment?.status !== "approved") return [];
  const hour = Math.floor(now / HOUR_MS);
  // A comment approved after its IP hash was dropped (IP_RETENTION_MS) was held by the
  // owner: their approval is the gate, and the per-mailbox limit still applies.
  const ipKey = comment.ip_hash ?? `approved:${comment.id}`;
  // This comment's subscription waits for its own link; its mailbox was not sent a link in the
  // last day, and did not unsubscribe from everything (unless its author key proved it reads it).
  const needsLink = `EXISTS (SELECT 1 FROM subscriptions AS s WHERE s.comment_id = ?1 AND s.confirmed = 0
                       AND (NOT ${optedOut("s.email_key")} OR ${knownAuthor("s.email_key", "s.author_key_hash")}))
    AND NOT EXISTS (SELECT 1 FROM notify_addresses WHERE email_key = ?2 AND confirm_sent_at > ?3)`;
  const results = await db.batch([
    // An author key that confirmed this mailbox since the comment subscribed it needs no link.
    db
      .prepare(
        `UPDATE subscriptions SET confirmed = 1 WHERE comment_id = ?1 AND confirmed = 0
            AND ${knownAuthor("subscriptions.email_key", "subscriptions.author_key_hash")}
            AND NOT ${optedOut("subscriptions.email_key")}`,
      )
      .bind(comment.id),
    db
      .prepare(
        `INSERT INTO notification_deliveries (comment_id, recipient, email, kind, thread, created_at)
         SELECT ?1, s.email_key, MIN(s.email), MIN(CASE s.kind WHEN 'replies' THEN 'reply' ELSE 'thread' END), ?2, ?5
           FROM subscriptions AS s JOIN comments AS k ON k.id = s.comment_id AND k.status = 'approved'
          WHERE s.thread = ?2 AND s.confirmed = 1 AND s.email_key IS NOT NULL AND s.email_key IS NOT ?4
            AND (s.kind = 'thread' OR (s.kind = 'replies' AND s.comment_id = ?3))
          GROUP BY s.email_key
         ON CONFLICT (comment_id, recipient) DO NOTHING`,
      )
      .bind(comment.id, comment.thread, comment.parent_id, comment.email_key, now),
    db
      .prepare(
        `INSERT INTO notify_rate (ip_hash, hour, count) SELECT ?4, ?5, 1 WHERE ${needsLink}
         ON CONFLICT (ip_hash, hour) DO UPDATE SET count = count + 1`,
      )
      .bind(comment.id, comment.email_key, now - CONFIRM_RESEND_MS, ipKey, hour),
    db
      .prepare(
        `INSERT INTO notify_addresses (email_key, confirm_sent_at, confirm_comment_id)
         SELECT ?2, ?4, ?1 WHERE ${needsLink} AND (SELECT count FROM notify_rate WHERE ip_hash = ?5 AND hour = ?6) <= ?7
         ON CONFLICT (email_key) DO UPDATE SET confirm_sent_at = excluded.confirm_sent_at, confirm_comment_id = excluded.confirm_comment_id`,
      )
      .bind(comment.id, comment.email_key, now - CONFIRM_RESEND_MS, now, ipKey, hour, CONFIRMS_PER_IP_HOUR),
    // Addressed as the subscription was typed (its +tag kept), counted per mailbox.
    db
      .prepare(
        `INSERT INTO notification_deliveries (comment_id, recipient, email, kind, thread, created_at)
         SELECT ?1, s.email_key, s.email, 'confirm', ?3, ?4 FROM subscriptions AS s
          WHERE s.comment_id = ?1 AND s.email_key = ?2
            AND EXISTS (SELECT 1 FROM notify_addresses WHERE email_key = ?2 AND confirm_comment_id = ?1)
         ON CONFLICT (comment_id, recipient) DO NOTHING`,
      )
      .bind(comment.id, comment.email_key, comment.thread, now),
    db.prepare("DELETE FROM notify_rate WHERE hour < ?1").bind(hour - 1),
    pendingIds(db, comment.id),
  ]);
  return ids(results[results.length - 1]);
}

/** Plans the owner's notice of a comment waiting in moderation; returns the ids still to send. */
export async function planHeld(db: D1Database, commentId: string, ownerEmail: string, now: number): Promise<number[]> {
  const owner = mailboxKey(ownerEmail);
  const results = await db.batch([
    db
      .prepare(
        `INSERT INTO notification_deliveries (comment_id, recipient, email, kind, thread, created_at)
         SELECT c.id, ?2, ?3, 'moderation', c.thread, ?4 FROM comments AS c
          WHERE c.id = ?1 AND c.status = 'pending' AND c.email_key IS NOT ?2
            AND NOT EXISTS (SELECT 1 FROM notify_addresses WHERE email_key = ?2 AND moderation_off_at IS NOT NULL)
         ON CONFLICT (comment_id, recipient) DO NOTHING`,
      )
      .bind(commentId, owner, ownerEmail.trim(), now),
    pendingIds(db, commentId),
  ]);
  return ids(results[results.length - 1]);
}
