import { describe, expect, it } from "vitest";
import {
  invoiceCampaign,
  invoicePaymentKey,
  type StripeEventEnvelope,
  stripeIntent,
} from "../../src/domain/stripe-events";

const CREATED = 1_768_896_000;
const event = (type: string, object: Record<string, unknown>): StripeEventEnvelope => ({
  id: "evt_1",
  type,
  created: CREATED,
  data: { object },
});

const session = (fields: Record<string, unknown> = {}) => ({
  object: "checkout.session",
  mode: "payment",
  payment_status: "paid",
  amount_total: 2500,
  currency: "usd",
  payment_intent: "pi_1",
  customer_details: { name: "Ada" },
  metadata: { goalpost_campaign: "january-drive" },
  ...fields,
});

describe("stripeIntent for checkout sessions", () => {
  it("maps a paid session to a payment keyed by its PaymentIntent, dated by the event", () => {
    expect(stripeIntent(event("checkout.session.completed", session()))).toEqual({
      kind: "payment",
      paymentKey: "pi_1",
      campaign: "january-drive",
      amount: 2500,
      currency: "USD",
      at: CREATED * 1000,
      donor: "Ada",
    });
  });

  it("reads an expanded payment_intent object", () => {
    const intent = stripeIntent(
      event("checkout.session.async_payment_succeeded", session({ payment_intent: { id: "pi_2" } })),
    );
    expect(intent).toMatchObject({ kind: "payment", paymentKey: "pi_2" });
  });

  it.each([
    [{ payment_status: "unpaid" }, "unpaid_session"],
    [{ payment_status: "no_payment_required" }, "unpaid_session"],
    [{ mode: "subscription" }, "subscription_checkout_counted_by_invoice"],
    [{ metadata: {} }, "no_campaign_metadata"],
    [{ metadata: null }, "no_campaign_metadata"],
    [{ amount_total: 0, payment_intent: null }, "zero_amount"],
    [{ amount_total: 12.5 }, "invalid_amount"],
    [{ payment_intent: null }, "no_payment_intent"],
    [{ currency: null }, "no_currency"],
  ])("ignores a session with %j: %s", (fields, reason) => {
    expect(stripeIntent(event("checkout.session.completed", session(fields)))).toMatchObject({
      kind: "ignore",
      reason,
    });
  });

  it("leaves the donor null without customer_details", () => {
    expect(stripeIntent(event("checkout.session.completed", session({ customer_details: null })))).toMatchObject({
      donor: null,
    });
  });
});

describe("stripeIntent for invoices", () => {
  const invoice = (fields: Record<string, unknown>) => ({
    id: "in_1",
    object: "invoice",
    amount_paid: 1000,
    currency: "eur",
    ...fields,
  });

  it("prefers the invoice's payment_intent, then invoice.payments, then the invoice id", () => {
    expect(invoicePaymentKey(invoice({ payment_intent: "pi_9" }))).toBe("pi_9");
    const payments = { data: [{ payment: { type: "payment_intent", payment_intent: "pi_8" } }] };
    expect(invoicePaymentKey(invoice({ payment_intent: null, payments }))).toBe("pi_8");
    expect(invoicePaymentKey(invoice({}))).toBe("in_1");
  });

  it("finds the campaign in the invoice, subscription (old and new shape) or line metadata", () => {
    const named = { goalpost_campaign: "monthly" };
    expect(invoiceCampaign(invoice({ metadata: named }))).toBe("monthly");
    expect(invoiceCampaign(invoice({ metadata: {}, subscription_details: { metadata: named } }))).toBe("monthly");
    expect(invoiceCampaign(invoice({ parent: { subscription_details: { metadata: named } } }))).toBe("monthly");
    expect(invoiceCampaign(invoice({ lines: { data: [{ metadata: {} }, { metadata: named }] } }))).toBe("monthly");
    expect(invoiceCampaign(invoice({}))).toBeNull();
  });

  it("maps invoice.paid to a payment of amount_paid", () => {
    const intent = stripeIntent(
      event("invoice.paid", invoice({ payment_intent: "pi_3", metadata: { goalpost_campaign: "monthly" } })),
    );
    expect(intent).toMatchObject({
      kind: "payment",
      paymentKey: "pi_3",
      amount: 1000,
      currency: "EUR",
      campaign: "monthly",
    });
  });

  it("ignores a zero invoice (a trial)", () => {
    expect(stripeIntent(event("invoice.paid", invoice({ amount_paid: 0 })))).toMatchObject({ reason: "zero_amount" });
  });
});

describe("stripeIntent for refunds and disputes", () => {
  it("maps charge.refunded to the cumulative refunded amount of its PaymentIntent", () => {
    const charge = { object: "charge", amount: 2500, amount_refunded: 700, payment_intent: "pi_1" };
    expect(stripeIntent(event("charge.refunded", charge))).toEqual({
      kind: "refund",
      paymentKey: "pi_1",
      refunded: 700,
    });
  });

  it("ignores a refunded charge without a PaymentIntent", () => {
    const charge = { object: "charge", amount_refunded: 700, payment_intent: null };
    expect(stripeIntent(event("charge.refunded", charge))).toMatchObject({
      kind: "ignore",
      reason: "no_payment_intent",
    });
  });

  it("maps a lost dispute and ignores others", () => {
    expect(stripeIntent(event("charge.dispute.closed", { status: "lost", payment_intent: "pi_1" }))).toEqual({
      kind: "dispute_lost",
      paymentKey: "pi_1",
    });
    expect(stripeIntent(event("charge.dispute.closed", { status: "won", payment_intent: "pi_1" }))).toMatchObject({
      kind: "ignore",
      reason: "dispute_not_lost",
    });
  });

  it("ignores other event types", () => {
    expect(stripeIntent(event("payment_intent.succeeded", {}))).toMatchObject({
      kind: "ignore",
      reason: "event_type_not_handled",
    });
  });
});
