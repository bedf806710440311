import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import app from "../../src/index";
import { call } from "./helpers";

export const SECRET = "whsec_test";
const encoder = new TextEncoder();
let counter = 0;

/** A Stripe-style id no other test uses. */
export const uniqueId = (prefix: string) => `${prefix}_${Date.now().toString(36)}${(counter++).toString(36)}`;

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The hex HMAC-SHA256 Stripe puts in `v1=`: over `${t}.${payload}`, keyed by the whole secret. */
export async function stripeSignature(payload: string, t: number, secret = SECRET): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`${t}.${payload}`)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

type DeliverOptions = {
  /** Sent as is instead of a computed header. */
  header?: string | null;
  t?: number;
  secret?: string;
  /** Configured secret; null leaves STRIPE_WEBHOOK_SECRET unset. */
  configured?: string | null;
};

/** POSTs an event (object or raw text) to the webhook, signed as Stripe signs it. */
export async function deliver(event: unknown, options: DeliverOptions = {}) {
  const payload = typeof event === "string" ? event : JSON.stringify(event);
  const t = options.t ?? nowSeconds();
  const header =
    options.header !== undefined ? options.header : `t=${t},v1=${await stripeSignature(payload, t, options.secret)}`;
  const headers: Record<string, string> = { "Content-Type": "application/json; charset=utf-8" };
  if (header !== null) headers["Stripe-Signature"] = header;
  const request = new Request("http://goalpost.test/api/v1/webhooks/stripe", {
    method: "POST",
    headers,
    body: payload,
  });
  const configured = options.configured === undefined ? SECRET : options.configured;
  const bindings = configured === null ? env : { ...env, STRIPE_WEBHOOK_SECRET: configured };
  const ctx = createExecutionContext();
  const res = await app.fetch(request, bindings, ctx);
  await waitOnExecutionContext(ctx);
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : null };
}

/** The campaign's public figures. */
export async function progress(slug: string) {
  const res = await call("GET", `/api/v1/campaigns/${slug}`);
  return res.json as { raised: number; donorCount: number };
}

type Base = { id?: string; created?: number };

function event(type: string, object: Record<string, unknown>, base: Base) {
  return {
    id: base.id ?? uniqueId("evt"),
    object: "event",
    type,
    created: base.created ?? nowSeconds(),
    data: { object },
  };
}

/** A Checkout Session event (payment mode, paid unless told otherwise). */
export function sessionEvent(
  fields: {
    campaign?: string | null;
    pi: string;
    amount?: number;
    currency?: string;
    status?: string;
    name?: string;
    mode?: string;
  },
  base: Base = {},
  type = "checkout.session.completed",
) {
  return event(
    type,
    {
      id: uniqueId("cs_test"),
      object: "checkout.session",
      mode: fields.mode ?? "payment",
      payment_status: fields.status ?? "paid",
      amount_total: fields.amount ?? 2500,
      currency: fields.currency ?? "usd",
      payment_intent: fields.pi,
      customer_details: { name: fields.name ?? null, email: "donor@example.org" },
      metadata: fields.campaign === null ? {} : { goalpost_campaign: fields.campaign },
    },
    base,
  );
}

/** A `charge.refunded` event with the charge's cumulative refunded amount. */
export function refundEvent(fields: { pi: string; refunded: number; amount?: number }, base: Base = {}) {
  const amount = fields.amount ?? 2500;
  return event(
    "charge.refunded",
    {
      id: uniqueId("ch"),
      object: "charge",
      amount,
      amount_refunded: fields.refunded,
      refunded: fields.refunded >= amount,
      currency: "usd",
      payment_intent: fields.pi,
    },
    base,
  );
}

/** A `charge.dispute.closed` event. */
export function disputeEvent(fields: { pi: string; status: string }, base: Base = {}) {
  return event(
    "charge.dispute.closed",
    {
      id: uniqueId("dp"),
      object: "dispute",
      amount: 2500,
      currency: "usd",
      charge: uniqueId("ch"),
      payment_intent: fields.pi,
      status: fields.status,
    },
    base,
  );
}
