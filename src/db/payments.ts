// SQL of the shared "external payment → donation" path (docs/channels.md). Every channel's
// events are remembered in payment_events (replays change nothing), each payment's state in
// payments + payment_refunds, and its one donation is rewritten from that state.
import type { ChannelEvent, PaymentChange } from "../channels/types";
import { prepareNamed } from "./named";

export type PaymentOutcome = "recorded" | "refund" | "reversal" | "ignored" | "rejected";

/** A campaign as a payment needs it: its id, currency and creation time (which pins it). */
export type PaymentCampaign = { id: number; currency: string; createdAt: number };

/** The outcome stored for an event already processed, or null for a new one. */
export async function readPaymentEvent(db: D1Database, channel: string, id: string) {
  return db
    .prepare("SELECT outcome, reason, payment_key FROM payment_events WHERE channel = ?1 AND id = ?2")
    .bind(channel, id)
    .first<{ outcome: PaymentOutcome; reason: string | null; payment_key: string | null }>();
}

/** The campaign (slug and currency) a payment of `channel` was counted for, or null while it is not counted. */
export async function readPaymentCounted(
  db: D1Database,
  channel: string,
  paymentKey: string,
): Promise<{ slug: string; currency: string } | null> {
  return db
    .prepare(
      `SELECT c.slug, c.currency FROM payments AS p
         JOIN campaigns AS c ON c.id = p.campaign_id AND c.created_at = p.campaign_created_at
        WHERE p.channel = ?1 AND p.payment_key = ?2`,
    )
    .bind(channel, paymentKey)
    .first<{ slug: string; currency: string }>();
}

/** The campaign a payment names, matched exactly by slug, or null. */
export async function readPaymentCampaign(db: D1Database, slug: string): Promise<PaymentCampaign | null> {
  const row = await db
    .prepare("SELECT id, currency, created_at FROM campaigns WHERE slug = ?1")
    .bind(slug)
    .first<{ id: number; currency: string; created_at: number }>();
  return row && { id: row.id, currency: row.currency, createdAt: row.created_at };
}

/**
 * Reasons an event was ignored that the owner can mend (naming or creating the campaign): a
 * later delivery of the same event (a provider's "resend") is processed again instead of
 * answered from memory. Every other remembered outcome is final.
 */
export const RETRIED_REASONS = ["no_campaign", "unknown_campaign"];
const RETRIED = RETRIED_REASONS.map((reason) => `'${reason}'`).join(", ");

type EventWrite = { channel: string; event: ChannelEvent; outcome: PaymentOutcome; reason: string | null };

function eventInsert(db: D1Database, write: EventWrite, now: number, nonce: string) {
  const change = write.event.change;
  return db
    .prepare(
      `INSERT INTO payment_events (channel, id, type, payment_key, outcome, reason, created, received_at, request_id)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
       ON CONFLICT (channel, id) DO UPDATE SET
         outcome = excluded.outcome, reason = excluded.reason, payment_key = excluded.payment_key,
         received_at = excluded.received_at, request_id = excluded.request_id
       WHERE payment_events.outcome = 'ignored' AND payment_events.reason IN (${RETRIED})`,
    )
    .bind(
      write.channel,
      write.event.id,
      write.event.type,
      change.paymentKey,
      write.outcome,
      write.reason,
      write.event.created,
      now,
      nonce,
    );
}

/** Remembers an event that changes no payment (ignored or rejected, with its reason); false when already known. */
export async function recordPaymentEvent(db: D1Database, write: EventWrite, now: number): Promise<boolean> {
  const result = await eventInsert(db, write, now, crypto.randomUUID()).run();
  return result.meta.changes > 0;
}

// Every statement after the event's insert runs only if that insert was this request's:
// a duplicate delivery racing this one then writes nothing at all.
const GUARD = `EXISTS (SELECT 1 FROM payment_events WHERE channel = :channel AND id = :eventId AND request_id = :nonce)`;

type Applied = Exclude<PaymentChange, { kind: "ignore" }>;

/** SQL with `:name` binds (src/db/named.ts) besides the three every GUARD needs (:channel, :eventId, :nonce). */
type Guarded = { sql: string; binds: Record<string, unknown> };

function paymentUpsert(change: Applied, campaign: PaymentCampaign | null, donationId: string, now: number): Guarded {
  const insert = `INSERT INTO payments (channel, payment_key, donation_id, updated_at`;
  switch (change.kind) {
    case "payment":
      // The first payment event sets the figures; the earliest event time dates it.
      return {
        sql: `${insert}, campaign_id, campaign_created_at, gross, donor, donor_public, paid_at)
           SELECT :channel, :paymentKey, :donationId, :now, :campaignId, :campaignCreatedAt, :gross, :donor,
                  :donorPublic, :paidAt
            WHERE ${GUARD}
           ON CONFLICT (channel, payment_key) DO UPDATE SET
             campaign_id = COALESCE(payments.campaign_id, excluded.campaign_id),
             campaign_created_at = COALESCE(payments.campaign_created_at, excluded.campaign_created_at),
             gross = COALESCE(payments.gross, excluded.gross),
             donor = COALESCE(payments.donor, excluded.donor),
             donor_public = MAX(payments.donor_public, excluded.donor_public),
             paid_at = MIN(COALESCE(payments.paid_at, excluded.paid_at), excluded.paid_at),
             updated_at = excluded.updated_at`,
        binds: {
          paymentKey: change.paymentKey,
          donationId,
          now,
          campaignId: campaign?.id ?? null,
          campaignCreatedAt: campaign?.createdAt ?? null,
          gross: change.amount,
          donor: change.donor,
          donorPublic: change.donorPublic ? 1 : 0,
          paidAt: change.at,
        },
      };
    case "refund":
    case "reversal":
      return {
        sql: `${insert}, reversed)
           SELECT :channel, :paymentKey, :donationId, :now, :reversed WHERE ${GUARD}
           ON CONFLICT (channel, payment_key) DO UPDATE SET
             reversed = MAX(payments.reversed, excluded.reversed), updated_at = excluded.updated_at`,
        binds: { paymentKey: change.paymentKey, donationId, now, reversed: change.kind === "reversal" ? 1 : 0 },
      };
  }
}

function refundUpsert(change: Extract<Applied, { kind: "refund" }>): Guarded {
  // The same refund delivered twice, or a cumulative total seen out of order: the largest wins.
  return {
    sql: `INSERT INTO payment_refunds (channel, payment_key, refund_key, amount)
       SELECT :channel, :paymentKey, :refundKey, :amount WHERE ${GUARD}
       ON CONFLICT (channel, payment_key, refund_key) DO UPDATE SET amount = MAX(amount, excluded.amount)`,
    binds: { paymentKey: change.paymentKey, refundKey: change.refundKey, amount: change.amount },
  };
}

const REFUNDED = `(SELECT COALESCE(SUM(r.amount), 0) FROM payment_refunds AS r
                    WHERE r.channel = p.channel AND r.payment_key = p.payment_key)`;

// The campaign the payment's donation is stored in (the insert below joins it): bounds the
// donation's lookup to the (campaign_id, idempotency_key) index instead of every donation.
const PAYMENT_CAMPAIGN = `(SELECT p.campaign_id FROM payments AS p WHERE p.channel = :channel AND p.payment_key = :paymentKey)`;

/** Statements that make the ledger agree with the payment's state: one donation of gross − refunds, or none. */
function donationSync(paymentKey: string, now: number): Guarded[] {
  const bind = (sql: string): Guarded => ({ sql, binds: { paymentKey, now } });
  return [
    {
      sql: `DELETE FROM donations
        WHERE campaign_id = ${PAYMENT_CAMPAIGN}
          AND idempotency_key = :channel || ':' || :paymentKey AND source = :channel AND ${GUARD}
          AND EXISTS (SELECT 1 FROM payments AS p
                       WHERE p.channel = :channel AND p.payment_key = :paymentKey
                         AND (p.reversed = 1 OR ${REFUNDED} >= COALESCE(p.gross, 0)))`,
      binds: { paymentKey },
    },
    bind(
      `INSERT INTO donations (id, campaign_id, amount, donor, message, at, idempotency_key, source, created_at, donor_public)
       SELECT p.donation_id, c.id, p.gross - ${REFUNDED}, p.donor, NULL, p.paid_at, :channel || ':' || :paymentKey, :channel, :now, p.donor_public
         FROM payments AS p
         JOIN campaigns AS c ON c.id = p.campaign_id AND c.created_at = p.campaign_created_at
        WHERE p.channel = :channel AND p.payment_key = :paymentKey AND p.gross IS NOT NULL AND p.reversed = 0
          AND p.gross > ${REFUNDED} AND ${GUARD}
       ON CONFLICT (campaign_id, idempotency_key) DO UPDATE SET amount = excluded.amount, at = excluded.at
        WHERE donations.source = excluded.source`,
    ),
    bind(
      `UPDATE campaigns SET updated_at = :now
        WHERE id = ${PAYMENT_CAMPAIGN}
          AND EXISTS (SELECT 1 FROM payments AS p
                       WHERE p.channel = :channel AND p.payment_key = :paymentKey AND p.campaign_id = campaigns.id
                         AND p.campaign_created_at = campaigns.created_at)
          AND ${GUARD}`,
    ),
  ];
}

/** The payment's donation as it stands: its id and amount (0 while refunded, reversed or not yet paid). */
export async function readPaymentDonation(db: D1Database, channel: string, paymentKey: string) {
  const row = await db
    .prepare(
      `SELECT p.donation_id AS id, COALESCE(d.amount, 0) AS amount
         FROM payments AS p
         LEFT JOIN donations AS d ON d.id = p.donation_id AND d.source = p.channel
        WHERE p.channel = ?1 AND p.payment_key = ?2`,
    )
    .bind(channel, paymentKey)
    .first<{ id: string; amount: number }>();
  return row;
}

/**
 * Applies a payment, refund or reversal in one transaction: the event is remembered, the
 * payment's state updated and its donation rewritten from that state. Returns false (and
 * changes nothing) when the event was already processed.
 */
export async function applyPaymentChange(
  db: D1Database,
  channel: string,
  event: ChannelEvent,
  change: Applied,
  campaign: PaymentCampaign | null,
  donationId: string,
  now: number,
): Promise<boolean> {
  const nonce = crypto.randomUUID();
  const outcome: PaymentOutcome = change.kind === "payment" ? "recorded" : change.kind;
  const guarded = [
    paymentUpsert(change, campaign, donationId, now),
    ...(change.kind === "refund" ? [refundUpsert(change)] : []),
    ...donationSync(change.paymentKey, now),
  ];
  const [inserted] = await db.batch([
    eventInsert(db, { channel, event, outcome, reason: null }, now, nonce),
    ...guarded.map(({ sql, binds }) => prepareNamed(db, sql, { channel, eventId: event.id, nonce, ...binds })),
  ]);
  return (inserted?.meta.changes ?? 0) > 0;
}
