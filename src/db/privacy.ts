import { nearAncestors } from "../domain/comment-tree";
import { recountStatements } from "./comment-rows";

/** Everything stored about one mailbox (mailboxKey: lower-cased, +tag removed), without secrets or hashes. */
export async function exportPersonalData(db: D1Database, emailKey: string) {
  const [comments, subscriptions, address, deliveries] = await db.batch([
    db
      .prepare(
        `SELECT id, thread, parent_id AS parentId, author_name AS authorName, author_email AS email, body, status,
                created_at AS createdAt, edited_at AS editedAt, upvotes, downvotes
           FROM comments WHERE email_key = ?1 ORDER BY created_at, id`,
      )
      .bind(emailKey),
    db
      .prepare(
        `SELECT id, thread, kind, comment_id AS commentId, confirmed, created_at AS createdAt
           FROM subscriptions WHERE email_key = ?1 ORDER BY created_at, id`,
      )
      .bind(emailKey),
    db
      .prepare(
        `SELECT confirm_sent_at AS confirmationSentAt, opted_out_at AS optedOutAt,
                moderation_off_at AS moderationNoticesOffAt
           FROM notify_addresses WHERE email_key = ?1`,
      )
      .bind(emailKey),
    db
      .prepare(
        `SELECT comment_id AS commentId, kind, thread, status, sent_at AS sentAt, created_at AS createdAt
           FROM notification_deliveries WHERE recipient = ?1 ORDER BY id`,
      )
      .bind(emailKey),
  ]);
  const rows = (result: D1Result | undefined) => (result?.results ?? []) as Record<string, unknown>[];
  return {
    comments: rows(comments),
    subscriptions: rows(subscriptions),
    notifications: { address: rows(address)[0] ?? null, messages: rows(deliveries) },
  };
}

/**
 * Erases everything tied to an address in one transaction: its comments lose their text,
 * name and address (a comment with replies stays as a deleted placeholder, one without
 * disappears), and its subscriptions and notification records are deleted.
 */
export async function erasePersonalData(db: D1Database, emailKey: string) {
  const { results } = await db
    .prepare("SELECT id, thread, status, path FROM comments WHERE email_key = ?1")
    .bind(emailKey)
    .all<{ id: string; thread: string; status: string; path: string }>();
  // Every ancestor whose shown replies may change, recounted deepest first.
  const depthOf = new Map<string, number>();
  for (const { path } of results) for (const [id, depth] of nearAncestors(path)) depthOf.set(id, depth);
  const ancestors = [...depthOf.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  const [comments, subscriptions, address, , deliveries] = await db.batch([
    db
      .prepare(
        `UPDATE comments SET status = 'deleted', body = '', html = '', author_name = '', author_email = NULL,
                email_key = NULL, ip_hash = NULL
          WHERE email_key = ?1`,
      )
      .bind(emailKey),
    db.prepare("DELETE FROM subscriptions WHERE email_key = ?1").bind(emailKey),
    db.prepare("DELETE FROM notify_addresses WHERE email_key = ?1").bind(emailKey),
    db.prepare("DELETE FROM mailbox_authors WHERE email_key = ?1").bind(emailKey),
    db.prepare("DELETE FROM notification_deliveries WHERE recipient = ?1").bind(emailKey),
    ...recountStatements(db, ancestors),
  ]);
  const changed = (result: D1Result | undefined) => result?.meta.changes ?? 0;
  return {
    comments: changed(comments),
    subscriptions: changed(subscriptions),
    notificationAddresses: changed(address),
    notificationMessages: changed(deliveries),
    /** The comments readers could see before (live pages remove them). */
    removed: results.filter((row) => row.status === "approved").map(({ id, thread }) => ({ id, thread })),
  };
}
