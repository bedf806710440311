// The generic signed webhook (docs/channels/donations.md): anything that can sign a small JSON
// body (Zapier, Make, n8n, a bank export script) reports payments made elsewhere.
// `X-Goalpost-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, as our own
// notifications and Stripe sign, 5-minute tolerance, several v1 allowed.
import { z } from "@hono/zod-openapi";
import { isKnownCurrency } from "../domain/intl";
import { verifyStripeSignature } from "../domain/stripe-signature";
import { validationFailed } from "../errors";
import { zodIssues } from "../validation";
import { ignore, jsonObject } from "./read";
import type { Channel } from "./types";

const EVENTS = ["donation.completed", "donation.refunded"] as const;

export const GenericDonationEvent = z
  .object({
    event: z.enum(EVENTS),
    id: z.string().min(1).max(255).openapi({ description: "The payment's id where it was made", example: "txn_8841" }),
    amount: z
      .number()
      .int()
      .positive()
      .max(1_000_000_000_000)
      .openapi({ description: "Minor units; for donation.refunded, the amount refunded", example: 2500 }),
    currency: z.string().refine(isKnownCurrency, "must be a current ISO 4217 code").openapi({ example: "USD" }),
    at: z.iso.datetime({ offset: true }).optional().openapi({ description: "When it was paid (default: now)" }),
    donor: z.string().trim().max(120).nullish(),
    public: z.boolean().optional().openapi({ description: "The donor agreed to appear on the donor wall" }),
    refundId: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .openapi({ description: "Tells two partial refunds of the same amount apart (default: the amount)" }),
  })
  .openapi("GenericDonationEvent");

export const donations: Channel = {
  name: "donations",
  setting: "DONATIONS_WEBHOOK_SECRET",
  async verify({ headers, body, now }, secret) {
    const check = await verifyStripeSignature(headers.get("x-goalpost-signature") ?? undefined, body, secret, now);
    return check.ok ? { ok: true } : { ok: false, reason: check.reason };
  },
  parse({ body, campaign, now }) {
    const json = jsonObject(body);
    const result = GenericDonationEvent.safeParse(json);
    if (!result.success) {
      // A well-formed event of a type we do not count (a sender's "donation.started") is
      // answered 200 { ignored }, so the sender stops retrying; anything else malformed is 400.
      const otherType =
        typeof json.event === "string" &&
        !(EVENTS as readonly string[]).includes(json.event) &&
        GenericDonationEvent.safeParse({ ...json, event: EVENTS[0] }).success;
      if (!otherType) throw validationFailed(zodIssues(result.error));
      const paymentKey = String(json.id);
      const type = String(json.event).slice(0, 64);
      return {
        id: `${type}:${paymentKey}`,
        type,
        created: now.getTime(),
        change: ignore("type_not_counted", paymentKey),
      };
    }
    const input = result.data;
    const at = input.at ? Date.parse(input.at) : now.getTime();
    if (input.event === "donation.refunded") {
      const refundKey = input.refundId ?? `amount:${input.amount}`;
      return {
        id: `refunded:${input.id}:${refundKey}`,
        type: input.event,
        created: at,
        change: {
          kind: "refund",
          paymentKey: input.id,
          refundKey,
          amount: input.amount,
          currency: input.currency,
          campaign,
        },
      };
    }
    return {
      id: `completed:${input.id}`,
      type: input.event,
      created: at,
      change: {
        kind: "payment",
        paymentKey: input.id,
        campaign,
        amount: input.amount,
        currency: input.currency,
        at,
        donor: input.donor || null,
        donorPublic: input.public === true,
      },
    };
  },
  doc: {
    summary: "Generic signed donation webhook (Zapier, Make, n8n, scripts)",
    description:
      "Off until DONATIONS_WEBHOOK_SECRET is set. `X-Goalpost-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of " +
      '"<t>.<raw body>">`, 5-minute tolerance, several v1 allowed. One `id` is one donation however often it is ' +
      "sent; `donation.refunded` subtracts its amount.",
    headers: { "x-goalpost-signature": "t=1768896000,v1=5257a869…" },
    contentType: "application/json",
  },
};
