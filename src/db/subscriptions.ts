export type NewSubscription = {
  id: string;
  email: string;
  thread: string;
  kind: "replies" | "thread";
  commentId: string;
  tokenHash: string;
  createdAt: number;
};

const DAY_MS = 86_400_000;

/** The key a subscription's address is found by (confirmation, unsubscribe, privacy export and erase). */
export const subscriptionEmailKey = (email: string) => email.trim().toLowerCase();

/** How long a confirmation link works. */
export const CONFIRM_LINK_MS = 7 * DAY_MS;

/**
 * Stores a `notify` request with its comment (unless the comment is spam). An address that
 * was confirmed before is confirmed for this subscription too; others wait for the link.
 */
export function subscribeStatement(db: D1Database, sub: NewSubscription): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO subscriptions (id, email, email_key, thread, kind, comment_id, confirmed, unsubscribe_token_hash, created_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6,
              EXISTS (SELECT 1 FROM notify_addresses WHERE email_key = ?3 AND confirmed_at IS NOT NULL AND opted_out_at IS NULL),
              ?7, ?8
        WHERE EXISTS (SELECT 1 FROM comments WHERE id = ?6 AND status != 'spam')`,
    )
    .bind(
      sub.id,
      sub.email,
      subscriptionEmailKey(sub.email),
      sub.thread,
      sub.kind,
      sub.commentId,
      sub.tokenHash,
      sub.createdAt,
    );
}

/**
 * Confirms the address whose latest confirmation link carries this token (hash), and with it
 * every subscription of that address. A second click still answers true; an expired,
 * superseded or declined link answers false.
 */
export async function confirmAddress(db: D1Database, tokenHash: string, now: number): Promise<boolean> {
  const [, , read] = await db.batch([
    db
      .prepare(
        `UPDATE notify_addresses SET confirmed_at = COALESCE(confirmed_at, ?2)
          WHERE confirm_token_hash = ?1 AND opted_out_at IS NULL AND (confirmed_at IS NOT NULL OR confirm_sent_at > ?3)`,
      )
      .bind(tokenHash, now, now - CONFIRM_LINK_MS),
    db
      .prepare(
        `UPDATE subscriptions SET confirmed = 1
          WHERE confirmed = 0 AND email_key = (SELECT email_key FROM notify_addresses
                                                WHERE confirm_token_hash = ?1 AND confirmed_at IS NOT NULL AND opted_out_at IS NULL)`,
      )
      .bind(tokenHash),
    db
      .prepare("SELECT confirmed_at FROM notify_addresses WHERE confirm_token_hash = ?1 AND opted_out_at IS NULL")
      .bind(tokenHash),
  ]);
  const row = read?.results[0] as { confirmed_at: number | null } | undefined;
  return row?.confirmed_at != null;
}

/** What an unsubscribe link stopped: one thread's notifications, every message to the address, or moderation notices. */
export type UnsubscribeScope = "thread" | "address" | "moderation";

/**
 * Applies the one-click unsubscribe of the message that carried this token (hash): a reply or
 * thread notification ends the recipient's subscriptions of that thread; a confirmation
 * message ("this was not me") drops every subscription of the address and stops all mail to
 * it; the owner's moderation notice stops moderation notices. Null for an unknown token.
 */
export async function unsubscribe(
  db: D1Database,
  tokenHash: string,
  now: number,
): Promise<{ scope: UnsubscribeScope; thread: string } | null> {
  const row = await db
    .prepare("SELECT recipient, kind, thread FROM notification_deliveries WHERE unsubscribe_token_hash = ?1")
    .bind(tokenHash)
    .first<{ recipient: string; kind: "reply" | "thread" | "confirm" | "moderation"; thread: string }>();
  if (!row) return null;
  if (row.kind === "reply" || row.kind === "thread") {
    await db
      .prepare("DELETE FROM subscriptions WHERE email_key = ?1 AND thread = ?2")
      .bind(row.recipient, row.thread)
      .run();
    return { scope: "thread", thread: row.thread };
  }
  if (row.kind === "moderation") {
    await db
      .prepare(
        `INSERT INTO notify_addresses (email_key, moderation_off_at) VALUES (?1, ?2)
         ON CONFLICT (email_key) DO UPDATE SET moderation_off_at = COALESCE(moderation_off_at, ?2)`,
      )
      .bind(row.recipient, now)
      .run();
    return { scope: "moderation", thread: row.thread };
  }
  await db.batch([
    db.prepare("DELETE FROM subscriptions WHERE email_key = ?1").bind(row.recipient),
    db
      .prepare(
        `INSERT INTO notify_addresses (email_key, opted_out_at) VALUES (?1, ?2)
         ON CONFLICT (email_key) DO UPDATE SET opted_out_at = COALESCE(opted_out_at, ?2), confirm_token_hash = NULL`,
      )
      .bind(row.recipient, now),
  ]);
  return { scope: "address", thread: row.thread };
}
