import type { StripeEventEnvelope, StripeIntent } from "../domain/stripe-events";

export type StripeOutcome = "recorded" | "refund" | "dispute_lost" | "ignored" | "rejected";

/** A campaign as a payment needs it: its id, currency and creation time (which pins it). */
export type PaymentCampaign = { id: number; currency: string; createdAt: number };

/** The outcome stored for an event already processed, or null for a new one. */
export async function readStripeEvent(db: D1Database, id: string) {
  return db
    .prepare("SELECT outcome, reason FROM stripe_events WHERE id = ?1")
    .bind(id)
    .first<{ outcome: StripeOutcome; reason: string | null }>();
}

/** The campaign a payment names, matched exactly by slug, or null. */
export async function readPaymentCampaign(db: D1Database, slug: string): Promise<PaymentCampaign | null> {
  const row = await db
    .prepare("SELECT id, currency, created_at FROM campaigns WHERE slug = ?1")
    .bind(slug)
    .first<{ id: number; currency: string; created_at: number }>();
  return row && { id: row.id, currency: row.currency, createdAt: row.created_at };
}

type EventWrite = {
  event: StripeEventEnvelope;
  paymentKey: string | null;
  outcome: StripeOutcome;
  reason: string | null;
};

function eventInsert(db: D1Database, write: EventWrite, now: number, nonce: string) {
  return db
    .prepare(
      `INSERT INTO stripe_events (id, type, payment_key, outcome, reason, created, received_at, request_id)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
       ON CONFLICT (id) DO NOTHING`,
    )
    .bind(
      write.event.id,
      write.event.type,
      write.paymentKey,
      write.outcome,
      write.reason,
      write.event.created * 1000,
      now,
      nonce,
    );
}

/** Remembers an event that changes no payment (ignored or rejected); false when it was already known. */
export async function recordStripeEvent(db: D1Database, write: EventWrite, now: number): Promise<boolean> {
  const result = await eventInsert(db, write, now, crypto.randomUUID()).run();
  return result.meta.changes > 0;
}

// Every statement after the event's insert runs only if that insert was this request's:
// a duplicate delivery racing this one then writes nothing at all.
const GUARD = (event: number, nonce: number) =>
  `EXISTS (SELECT 1 FROM stripe_events WHERE id = ?${event} AND request_id = ?${nonce})`;

type PaymentChange = Exclude<StripeIntent, { kind: "ignore" }>;

function paymentUpsert(
  db: D1Database,
  change: PaymentChange,
  campaign: PaymentCampaign | null,
  now: number,
  eventId: string,
  nonce: string,
) {
  switch (change.kind) {
    case "payment":
      // The first payment event sets the figures; the earliest event time dates it.
      return db
        .prepare(
          `INSERT INTO stripe_payments (payment_key, campaign_id, campaign_created_at, gross, donor, paid_at, updated_at)
           SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE ${GUARD(8, 9)}
           ON CONFLICT (payment_key) DO UPDATE SET
             campaign_id = COALESCE(stripe_payments.campaign_id, excluded.campaign_id),
             campaign_created_at = COALESCE(stripe_payments.campaign_created_at, excluded.campaign_created_at),
             gross = COALESCE(stripe_payments.gross, excluded.gross),
             donor = COALESCE(stripe_payments.donor, excluded.donor),
             paid_at = MIN(COALESCE(stripe_payments.paid_at, excluded.paid_at), excluded.paid_at),
             updated_at = excluded.updated_at`,
        )
        .bind(
          change.paymentKey,
          campaign?.id ?? null,
          campaign?.createdAt ?? null,
          change.amount,
          change.donor,
          change.at,
          now,
          eventId,
          nonce,
        );
    case "refund":
      // amount_refunded is cumulative, so the largest seen is the truth whatever the order.
      return db
        .prepare(
          `INSERT INTO stripe_payments (payment_key, refunded, updated_at)
           SELECT ?1, ?2, ?3 WHERE ${GUARD(4, 5)}
           ON CONFLICT (payment_key) DO UPDATE SET
             refunded = MAX(stripe_payments.refunded, excluded.refunded), updated_at = excluded.updated_at`,
        )
        .bind(change.paymentKey, change.refunded, now, eventId, nonce);
    case "dispute_lost":
      return db
        .prepare(
          `INSERT INTO stripe_payments (payment_key, dispute_lost, updated_at)
           SELECT ?1, 1, ?2 WHERE ${GUARD(3, 4)}
           ON CONFLICT (payment_key) DO UPDATE SET dispute_lost = 1, updated_at = excluded.updated_at`,
        )
        .bind(change.paymentKey, now, eventId, nonce);
  }
}

/** Statements that make the ledger agree with the payment's state: one donation of gross − refunded, or none. */
function donationSync(
  db: D1Database,
  paymentKey: string,
  donationId: string,
  now: number,
  eventId: string,
  nonce: string,
) {
  return [
    db
      .prepare(
        `DELETE FROM donations
          WHERE idempotency_key = 'stripe:' || ?1 AND source = 'stripe' AND ${GUARD(2, 3)}
            AND EXISTS (SELECT 1 FROM stripe_payments AS p
                         WHERE p.payment_key = ?1 AND (p.dispute_lost = 1 OR p.refunded >= COALESCE(p.gross, 0)))`,
      )
      .bind(paymentKey, eventId, nonce),
    db
      .prepare(
        `INSERT INTO donations (id, campaign_id, amount, donor, message, at, idempotency_key, source, created_at)
         SELECT ?2, c.id, p.gross - p.refunded, p.donor, NULL, p.paid_at, 'stripe:' || ?1, 'stripe', ?3
           FROM stripe_payments AS p
           JOIN campaigns AS c ON c.id = p.campaign_id AND c.created_at = p.campaign_created_at
          WHERE p.payment_key = ?1 AND p.gross IS NOT NULL AND p.dispute_lost = 0 AND p.gross > p.refunded
            AND ${GUARD(4, 5)}
         ON CONFLICT (campaign_id, idempotency_key) DO UPDATE SET amount = excluded.amount, at = excluded.at
          WHERE donations.source = 'stripe'`,
      )
      .bind(paymentKey, donationId, now, eventId, nonce),
    db
      .prepare(
        `UPDATE campaigns SET updated_at = ?2
          WHERE EXISTS (SELECT 1 FROM stripe_payments AS p
                         WHERE p.payment_key = ?1 AND p.campaign_id = campaigns.id
                           AND p.campaign_created_at = campaigns.created_at)
            AND ${GUARD(3, 4)}`,
      )
      .bind(paymentKey, now, eventId, nonce),
  ];
}

/**
 * Applies a payment, refund or lost dispute in one transaction: the event is remembered,
 * the payment's state updated and its donation rewritten from that state. Returns false
 * (and changes nothing) when the event was already processed.
 */
export async function applyStripeChange(
  db: D1Database,
  event: StripeEventEnvelope,
  change: PaymentChange,
  campaign: PaymentCampaign | null,
  donationId: string,
  now: number,
): Promise<boolean> {
  const nonce = crypto.randomUUID();
  const outcome: StripeOutcome = change.kind === "payment" ? "recorded" : change.kind;
  const [inserted] = await db.batch([
    eventInsert(db, { event, paymentKey: change.paymentKey, outcome, reason: null }, now, nonce),
    paymentUpsert(db, change, campaign, now, event.id, nonce),
    ...donationSync(db, change.paymentKey, donationId, now, event.id, nonce),
  ]);
  return (inserted?.meta.changes ?? 0) > 0;
}
