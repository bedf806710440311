import { MAX_AMOUNT } from "../schemas/campaigns";
// What a Stripe event means for the ledger. Pure: the caller checks the campaign and its
// currency against storage. A payment is keyed by its PaymentIntent id, which sessions,
// invoices, charges and disputes all carry, so one payment is one donation however many
// events name it.

/** The metadata key naming the campaign a payment counts towards. */
export const CAMPAIGN_METADATA_KEY = "goalpost_campaign";

export type StripeEventEnvelope = {
  id: string;
  type: string;
  created: number;
  data: { object: Record<string, unknown> };
};

export type StripeIntent =
  | {
      kind: "payment";
      paymentKey: string;
      campaign: string;
      amount: number;
      /** Upper-case ISO 4217, as campaigns store it. */
      currency: string;
      /** The event's time, epoch ms. */
      at: number;
      donor: string | null;
    }
  /** `refunded` is the charge's cumulative refunded amount. */
  | { kind: "refund"; paymentKey: string; refunded: number }
  | { kind: "dispute_lost"; paymentKey: string }
  | { kind: "ignore"; reason: string; paymentKey: string | null };

type Json = Record<string, unknown>;

const record = (value: unknown): Json | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : null;
const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const list = (value: unknown): unknown[] => {
  const data = record(value)?.data;
  return Array.isArray(data) ? data : [];
};
/** An id field that may be expanded into its object. */
const idOf = (value: unknown): string | null => text(value) ?? text(record(value)?.id);
const campaignIn = (metadata: unknown): string | null => text(record(metadata)?.[CAMPAIGN_METADATA_KEY]);
const ignore = (reason: string, paymentKey: string | null = null): StripeIntent => ({
  kind: "ignore",
  reason,
  paymentKey,
});

/**
 * Stripe's amount units where they differ from ISO 4217's minor units, which the ledger counts:
 * ISK is zero-decimal in ISO 4217 but stays two-decimal in Stripe's API (`100` is 1 króna,
 * support.stripe.com/questions/deprecation-of-fractional-isk-charges-and-refunds).
 */
const STRIPE_HUNDREDTHS = new Set(["ISK"]);

/** A Stripe amount in ISO minor units of `currency`; null for a fraction the ledger cannot count. */
export function fromStripeAmount(amount: number, currency: string): number | null {
  if (!STRIPE_HUNDREDTHS.has(currency.toUpperCase())) return amount;
  return amount % 100 === 0 ? amount / 100 : null;
}

/** Largest amount we accept, as for manual donations (minor units). */
const validAmount = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value > 0 && value <= MAX_AMOUNT;

function payment(
  event: StripeEventEnvelope,
  paymentKey: string,
  fields: {
    campaign: string | null;
    amount: unknown;
    currency: unknown;
    donor: string | null;
  },
): StripeIntent {
  if (!fields.campaign) return ignore("no_campaign_metadata", paymentKey);
  if (fields.amount === 0) return ignore("zero_amount", paymentKey);
  if (!validAmount(fields.amount)) return ignore("invalid_amount", paymentKey);
  const currency = text(fields.currency);
  if (!currency) return ignore("no_currency", paymentKey);
  const amount = fromStripeAmount(fields.amount, currency);
  if (amount === null) return ignore("invalid_amount", paymentKey);
  return {
    kind: "payment",
    paymentKey,
    campaign: fields.campaign,
    amount,
    currency: currency.toUpperCase(),
    at: event.created * 1000,
    donor: fields.donor,
  };
}

function checkoutSession(event: StripeEventEnvelope, session: Json): StripeIntent {
  // Subscription checkouts are counted by their invoices' `invoice.paid`, which recur.
  if (session.mode === "subscription") return ignore("subscription_checkout_counted_by_invoice");
  if (session.payment_status !== "paid") return ignore("unpaid_session");
  if (session.amount_total === 0) return ignore("zero_amount");
  const paymentKey = idOf(session.payment_intent);
  if (!paymentKey) return ignore("no_payment_intent");
  return payment(event, paymentKey, {
    campaign: campaignIn(session.metadata),
    amount: session.amount_total,
    currency: session.currency,
    donor: text(record(session.customer_details)?.name),
  });
}

/**
 * The PaymentIntent that paid an invoice: `payment_intent` up to API version 2025-02-24,
 * `payments.data[].payment.payment_intent` since 2025-03-31 (present when expanded). Without
 * either, the invoice id keys the payment; refunds then cannot be matched to it.
 */
export function invoicePaymentKey(invoice: Json): string | null {
  const direct = idOf(invoice.payment_intent);
  if (direct) return direct;
  for (const entry of list(invoice.payments)) {
    const pi = idOf(record(record(entry)?.payment)?.payment_intent);
    if (pi) return pi;
  }
  return text(invoice.id);
}

/** The campaign of an invoice: its own metadata, its subscription's, then its lines'. */
export function invoiceCampaign(invoice: Json): string | null {
  const parent = record(invoice.parent);
  const candidates = [
    invoice.metadata,
    record(invoice.subscription_details)?.metadata,
    record(parent?.subscription_details)?.metadata,
    ...list(invoice.lines).map((line) => record(line)?.metadata),
  ];
  for (const metadata of candidates) {
    const campaign = campaignIn(metadata);
    if (campaign) return campaign;
  }
  return null;
}

function paidInvoice(event: StripeEventEnvelope, invoice: Json): StripeIntent {
  if (invoice.amount_paid === 0) return ignore("zero_amount");
  const paymentKey = invoicePaymentKey(invoice);
  if (!paymentKey) return ignore("no_payment_intent");
  return payment(event, paymentKey, {
    campaign: invoiceCampaign(invoice),
    amount: invoice.amount_paid,
    currency: invoice.currency,
    donor: text(invoice.customer_name),
  });
}

function refundedCharge(charge: Json): StripeIntent {
  const paymentKey = idOf(charge.payment_intent);
  if (!paymentKey) return ignore("no_payment_intent");
  const refunded = charge.amount_refunded;
  if (typeof refunded !== "number" || !Number.isSafeInteger(refunded) || refunded < 0) {
    return ignore("invalid_amount", paymentKey);
  }
  // A fractional ISK refund (older charges) counts down to the whole króna.
  const hundredths = STRIPE_HUNDREDTHS.has((text(charge.currency) ?? "").toUpperCase());
  return { kind: "refund", paymentKey, refunded: hundredths ? Math.floor(refunded / 100) : refunded };
}

function closedDispute(dispute: Json): StripeIntent {
  const paymentKey = idOf(dispute.payment_intent);
  if (dispute.status !== "lost") return ignore("dispute_not_lost", paymentKey);
  if (!paymentKey) return ignore("no_payment_intent");
  return { kind: "dispute_lost", paymentKey };
}

/** Maps a verified event to what it does to the ledger, or why it does nothing. */
export function stripeIntent(event: StripeEventEnvelope): StripeIntent {
  const object = event.data.object;
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
      return checkoutSession(event, object);
    case "invoice.paid":
      return paidInvoice(event, object);
    case "charge.refunded":
      return refundedCharge(object);
    case "charge.dispute.closed":
      return closedDispute(object);
    default:
      return ignore("event_type_not_handled");
  }
}
