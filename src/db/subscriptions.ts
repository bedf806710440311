import { mailboxKey } from "../domain/mailbox";

export type NewSubscription = {
  id: string;
  email: string;
  thread: string;
  kind: "replies" | "thread";
  commentId: string;
  tokenHash: string;
  /** SHA-256 of the writer's author key (X-Goalpost-Author) or verified SSO id; null without one. */
  authorKeyHash: string | null;
  createdAt: number;
};

const DAY_MS = 86_400_000;

/** How long a confirmation link works. */
export const CONFIRM_LINK_MS = 7 * DAY_MS;

// Both take SQL expressions; pass qualified column names (`s.email_key`), never bare ones,
// which the subquery would read as its own columns.

/** Whether author key `key` (SQL) once confirmed mailbox `mailbox` (SQL) by following a confirmation link. */
export const knownAuthor = (mailbox: string, key: string) =>
  `(${key} IS NOT NULL AND EXISTS (SELECT 1 FROM mailbox_authors AS ma WHERE ma.email_key = ${mailbox} AND ma.author_key_hash = ${key}))`;

/** Whether mailbox `mailbox` (SQL) unsubscribed from everything and has not confirmed since. */
export const optedOut = (mailbox: string) =>
  `EXISTS (SELECT 1 FROM notify_addresses AS na WHERE na.email_key = ${mailbox} AND na.opted_out_at IS NOT NULL)`;

/**
 * Stores a `notify` request with its comment (unless the comment is spam). It is confirmed at
 * once only when its author key already confirmed this mailbox; others wait for their own
 * link. A mailbox that unsubscribed from everything gets no subscription at all, except from
 * an author key that proved it reads the mailbox (which then asks to confirm again).
 */
export function subscribeStatement(db: D1Database, sub: NewSubscription): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO subscriptions (id, email, email_key, thread, kind, comment_id, confirmed, unsubscribe_token_hash,
                                  created_at, author_key_hash)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ${knownAuthor("?3", "?9")} AND NOT ${optedOut("?3")}, ?7, ?8, ?9
        WHERE EXISTS (SELECT 1 FROM comments WHERE id = ?6 AND status != 'spam')
          AND (NOT ${optedOut("?3")} OR ${knownAuthor("?3", "?9")})`,
    )
    .bind(
      sub.id,
      sub.email,
      mailboxKey(sub.email),
      sub.thread,
      sub.kind,
      sub.commentId,
      sub.tokenHash,
      sub.createdAt,
      sub.authorKeyHash,
    );
}

/**
 * What a confirmation link (its token's hash) would do, without changing anything: confirm a
 * `pending` subscription, nothing more for a `confirmed` one; null for an unknown or expired link.
 */
export async function confirmLinkState(
  db: D1Database,
  tokenHash: string,
  now: number,
): Promise<"pending" | "confirmed" | null> {
  const row = await db
    .prepare("SELECT confirmed, confirm_sent_at FROM subscriptions WHERE confirm_token_hash = ?1")
    .bind(tokenHash)
    .first<{ confirmed: number; confirm_sent_at: number | null }>();
  if (!row) return null;
  if (row.confirmed === 1) return "confirmed";
  return (row.confirm_sent_at ?? 0) > now - CONFIRM_LINK_MS ? "pending" : null;
}

/**
 * Confirms the one subscription whose confirmation link carries this token (hash): the
 * owner of the mailbox proved they read it. Their author key then counts as known for the
 * mailbox (its other and later subscriptions are confirmed too), and an earlier "unsubscribe
 * from everything" ends. Subscriptions strangers made for the same mailbox stay unconfirmed.
 * A second click still answers true; an expired or unknown link answers false.
 */
export async function confirmSubscription(db: D1Database, tokenHash: string, now: number): Promise<boolean> {
  const mine = "SELECT email_key FROM subscriptions WHERE confirm_token_hash = ?1 AND confirmed = 1";
  const results = await db.batch([
    db
      .prepare(
        "UPDATE subscriptions SET confirmed = 1 WHERE confirm_token_hash = ?1 AND confirmed = 0 AND confirm_sent_at > ?2",
      )
      .bind(tokenHash, now - CONFIRM_LINK_MS),
    db
      .prepare(
        `INSERT INTO mailbox_authors (email_key, author_key_hash, confirmed_at)
         SELECT email_key, author_key_hash, ?2 FROM subscriptions
          WHERE confirm_token_hash = ?1 AND confirmed = 1 AND author_key_hash IS NOT NULL
         ON CONFLICT (email_key, author_key_hash) DO NOTHING`,
      )
      .bind(tokenHash, now),
    db
      .prepare(
        `UPDATE subscriptions SET confirmed = 1
          WHERE confirmed = 0 AND author_key_hash IS NOT NULL
            AND (email_key, author_key_hash) IN (SELECT email_key, author_key_hash FROM subscriptions
                                                  WHERE confirm_token_hash = ?1 AND confirmed = 1)`,
      )
      .bind(tokenHash),
    db.prepare(`UPDATE notify_addresses SET opted_out_at = NULL WHERE email_key IN (${mine})`).bind(tokenHash),
    db.prepare("SELECT confirmed FROM subscriptions WHERE confirm_token_hash = ?1").bind(tokenHash),
  ]);
  const row = results[results.length - 1]?.results[0] as { confirmed: number } | undefined;
  return row?.confirmed === 1;
}

/**
 * What an unsubscribe link stopped: one thread's notifications, every message to the
 * mailbox (the confirmation message's link, or any link with scope `all`), or moderation
 * notices.
 */
export type UnsubscribeScope = "thread" | "all" | "moderation";

type TokenRow = { recipient: string; kind: "reply" | "thread" | "confirm" | "moderation"; thread: string };

const readToken = (db: D1Database, tokenHash: string) =>
  db
    .prepare("SELECT recipient, kind, thread FROM notification_deliveries WHERE unsubscribe_token_hash = ?1")
    .bind(tokenHash)
    .first<TokenRow>();

/** The scope an unsubscribe link would have (asked for `all`, or its message's own), without changing anything; null for an unknown token. */
export async function unsubscribeScope(
  db: D1Database,
  tokenHash: string,
  wantsAll: boolean,
): Promise<{ scope: UnsubscribeScope; thread: string } | null> {
  const row = await readToken(db, tokenHash);
  return row ? { scope: scopeOf(row, wantsAll), thread: row.thread } : null;
}

const scopeOf = (row: TokenRow, wantsAll: boolean): UnsubscribeScope =>
  row.kind === "moderation" ? "moderation" : row.kind === "confirm" || wantsAll ? "all" : "thread";

/**
 * Applies the unsubscribe of the message that carried this token (hash): a reply or thread
 * notification ends the recipient's subscriptions of that thread; a confirmation message
 * ("this was not me"), or any of them with `wantsAll`, drops every subscription of the mailbox
 * and stops all mail to it until its owner confirms a subscription again; the owner's
 * moderation notice stops moderation notices. Null for an unknown token.
 */
export async function unsubscribe(
  db: D1Database,
  tokenHash: string,
  now: number,
  wantsAll = false,
): Promise<{ scope: UnsubscribeScope; thread: string } | null> {
  const row = await readToken(db, tokenHash);
  if (!row) return null;
  const scope = scopeOf(row, wantsAll);
  if (scope === "thread") {
    await db
      .prepare("DELETE FROM subscriptions WHERE email_key = ?1 AND thread = ?2")
      .bind(row.recipient, row.thread)
      .run();
  } else if (scope === "moderation") {
    await db
      .prepare(
        `INSERT INTO notify_addresses (email_key, moderation_off_at) VALUES (?1, ?2)
         ON CONFLICT (email_key) DO UPDATE SET moderation_off_at = COALESCE(moderation_off_at, ?2)`,
      )
      .bind(row.recipient, now)
      .run();
  } else {
    await db.batch([
      db.prepare("DELETE FROM subscriptions WHERE email_key = ?1").bind(row.recipient),
      db
        .prepare(
          `INSERT INTO notify_addresses (email_key, opted_out_at) VALUES (?1, ?2)
           ON CONFLICT (email_key) DO UPDATE SET opted_out_at = COALESCE(opted_out_at, ?2)`,
        )
        .bind(row.recipient, now),
    ]);
  }
  return { scope, thread: row.thread };
}
