// Stripe (docs/stripe.md) on the shared path: the event mapping stays in
// src/domain/stripe-events.ts; here its intents become channel changes. Stripe reports the
// cumulative refunded amount, kept as one refund row that only grows.
import { z } from "@hono/zod-openapi";
import { type StripeEventEnvelope, stripeIntent } from "../domain/stripe-events";
import { verifyStripeSignature } from "../domain/stripe-signature";
import { validationFailed } from "../errors";
import { zodIssues } from "../validation";
import { jsonObject } from "./read";
import type { Channel, PaymentChange } from "./types";

/** The envelope every Stripe event has; the object's own fields are read by the domain mapper. */
export const StripeEvent = z
  .looseObject({
    id: z.string().min(1).max(255).openapi({ example: "evt_1PZ…" }),
    type: z.string().min(1).max(255).openapi({ example: "checkout.session.completed" }),
    created: z.number().int().nonnegative().openapi({ description: "Unix seconds; dates the donation" }),
    data: z.looseObject({ object: z.record(z.string(), z.unknown()) }),
  })
  .openapi("StripeEvent");

function change(event: StripeEventEnvelope): PaymentChange {
  const intent = stripeIntent(event);
  switch (intent.kind) {
    case "payment":
      return { ...intent, donorPublic: false };
    case "refund":
      return { kind: "refund", paymentKey: intent.paymentKey, refundKey: "cumulative", amount: intent.refunded };
    case "dispute_lost":
      return { kind: "reversal", paymentKey: intent.paymentKey };
    case "ignore":
      return intent;
  }
}

export const stripe: Channel = {
  name: "stripe",
  setting: "STRIPE_WEBHOOK_SECRET",
  async verify({ headers, body, now }, secret) {
    const check = await verifyStripeSignature(headers.get("stripe-signature") ?? undefined, body, secret, now);
    return check.ok ? { ok: true } : { ok: false, reason: check.reason };
  },
  parse({ body }) {
    const result = StripeEvent.safeParse(jsonObject(body));
    if (!result.success) throw validationFailed(zodIssues(result.error));
    const event = result.data as StripeEventEnvelope;
    return { id: event.id, type: event.type, created: event.created * 1000, change: change(event) };
  },
  doc: {
    summary: "Stripe events: paid checkouts and invoices count as donations; refunds and lost disputes reduce them",
    description:
      "Signed as Stripe signs (`Stripe-Signature: t=…,v1=…`, HMAC-SHA256 with STRIPE_WEBHOOK_SECRET, 5-minute " +
      "tolerance). The campaign comes from `metadata.goalpost_campaign`. Valid events that are not counted answer 200.",
    headers: { "stripe-signature": "t=1768896000,v1=5257a869…" },
    contentType: "application/json",
  },
};
