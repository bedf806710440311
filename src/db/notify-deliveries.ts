import type { DeliveryKind } from "../domain/notify-message";
import { knownAuthor, optedOut } from "./subscriptions";

/** A claimed delivery with what rendering needs. */
export type Delivery = {
  id: number;
  commentId: string;
  email: string;
  kind: DeliveryKind;
  thread: string;
  comment: { authorName: string; authorEmail: string | null; body: string; createdAt: number } | null;
};

export type Claim =
  | { state: "claimed"; delivery: Delivery }
  /** Sent before, or not wanted any more (unsubscribed, comment gone or moderated): nothing to do. */
  | { state: "done" }
  /** Another attempt holds it right now; try again after its lease. */
  | { state: "busy" };

/** How long a claim blocks other attempts; a crashed attempt's claim lapses after it. */
export const CLAIM_LEASE_MS = 5 * 60_000;

type ClaimRow = {
  id: number;
  comment_id: string;
  email: string;
  kind: DeliveryKind;
  thread: string;
  status: string;
  mine: number;
  wanted: number;
  author_name: string | null;
  author_email: string | null;
  body: string | null;
  created_at: number | null;
};

// Whether the message is still wanted when it is about to go out.
const WANTED = `CASE d.kind
  WHEN 'moderation' THEN c.status = 'pending'
    AND NOT EXISTS (SELECT 1 FROM notify_addresses WHERE email_key = d.recipient AND moderation_off_at IS NOT NULL)
  WHEN 'confirm' THEN c.status = 'approved'
    AND EXISTS (SELECT 1 FROM subscriptions AS s WHERE s.comment_id = d.comment_id AND s.confirmed = 0
                 AND (NOT ${optedOut("s.email_key")} OR ${knownAuthor("s.email_key", "s.author_key_hash")}))
  ELSE c.status = 'approved'
    AND EXISTS (SELECT 1 FROM subscriptions AS s WHERE s.email_key = d.recipient AND s.thread = d.thread AND s.confirmed = 1)
  END`;

/**
 * Claims a planned delivery for one attempt, recording the hashes of the unsubscribe token
 * (and, for a confirmation, the confirmation token) that this attempt's message will carry.
 * Only one attempt holds a delivery at a time, and a sent one is never claimed again.
 */
export async function claimDelivery(
  db: D1Database,
  id: number,
  now: number,
  tokens: { unsubscribeHash: string; confirmHash: string },
): Promise<Claim> {
  const [, , read] = await db.batch([
    db
      .prepare(
        `UPDATE notification_deliveries SET status = 'sending', claimed_at = ?2, attempts = attempts + 1, unsubscribe_token_hash = ?3
          WHERE id = ?1 AND (status = 'queued' OR (status = 'sending' AND claimed_at <= ?4))`,
      )
      .bind(id, now, tokens.unsubscribeHash, now - CLAIM_LEASE_MS),
    // The confirmation link confirms the one subscription its comment made, nothing else.
    db
      .prepare(
        `UPDATE subscriptions SET confirm_token_hash = ?3, confirm_sent_at = ?4
          WHERE confirmed = 0 AND comment_id = (SELECT comment_id FROM notification_deliveries
                                                 WHERE id = ?1 AND kind = 'confirm' AND unsubscribe_token_hash = ?2)`,
      )
      .bind(id, tokens.unsubscribeHash, tokens.confirmHash, now),
    db
      .prepare(
        `SELECT d.id, d.comment_id, d.email, d.kind, d.thread, d.status, d.unsubscribe_token_hash = ?2 AS mine,
                COALESCE(${WANTED}, 0) AS wanted, c.author_name, c.author_email, c.body, c.created_at
           FROM notification_deliveries AS d LEFT JOIN comments AS c ON c.id = d.comment_id
          WHERE d.id = ?1`,
      )
      .bind(id, tokens.unsubscribeHash),
  ]);
  const row = read?.results[0] as ClaimRow | undefined;
  if (!row || row.status === "sent" || row.status === "skipped") return { state: "done" };
  if (row.mine !== 1) return { state: "busy" };
  if (row.wanted !== 1) {
    await settleDelivery(db, id, tokens.unsubscribeHash, "skipped", now);
    return { state: "done" };
  }
  const comment =
    row.body === null
      ? null
      : {
          authorName: row.author_name ?? "",
          authorEmail: row.author_email,
          body: row.body,
          createdAt: row.created_at ?? now,
        };
  return {
    state: "claimed",
    delivery: { id: row.id, commentId: row.comment_id, email: row.email, kind: row.kind, thread: row.thread, comment },
  };
}

/** Ends this attempt's claim: `sent` after the transport accepted the message, `queued` to try again, `skipped` when unwanted. */
export async function settleDelivery(
  db: D1Database,
  id: number,
  unsubscribeHash: string,
  status: "sent" | "queued" | "skipped",
  now: number,
) {
  await db
    .prepare(
      `UPDATE notification_deliveries SET status = ?3, sent_at = CASE WHEN ?3 = 'sent' THEN ?4 ELSE sent_at END
        WHERE id = ?1 AND unsubscribe_token_hash = ?2 AND status = 'sending'`,
    )
    .bind(id, unsubscribeHash, status, now)
    .run();
}
