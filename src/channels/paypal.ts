// PayPal (docs/channels/paypal.md): webhook events verified the way PayPal documents for
// any integration, by asking PayPal: POST /v1/notifications/verify-webhook-signature with the
// PAYPAL-* transmission headers, our webhook id and the event exactly as received, after an
// OAuth client-credentials token. A capture is one payment (its capture id);
// PAYMENT.CAPTURE.REFUNDED subtracts each refund (by refund id) and PAYMENT.CAPTURE.REVERSED
// takes the capture back.
import type { Bindings } from "../env";
import { toMinorUnits } from "./money";
import { bodyText, ignore, type Json, jsonObject, missingField, record, text, timeOf } from "./read";
import type { Channel, PaymentChange, Verification } from "./types";

export const PAYPAL_LIVE_API = "https://api-m.paypal.com";

const TRANSMISSION_HEADERS = {
  auth_algo: "paypal-auth-algo",
  cert_url: "paypal-cert-url",
  transmission_id: "paypal-transmission-id",
  transmission_sig: "paypal-transmission-sig",
  transmission_time: "paypal-transmission-time",
} as const;

async function accessToken(env: Bindings, base: string): Promise<string | null> {
  if (!env.PAYPAL_CLIENT_ID || !env.PAYPAL_CLIENT_SECRET) return null;
  const res = await fetch(`${base}/v1/oauth2/token`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${btoa(`${env.PAYPAL_CLIENT_ID}:${env.PAYPAL_CLIENT_SECRET}`)}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: "grant_type=client_credentials",
  });
  if (!res.ok) return null;
  return text(record(await res.json())?.access_token);
}

/** The capture a refund or reversal belongs to: its `up` link, `/v2/payments/captures/<id>`. */
function captureOf(resource: Json): string | null {
  const links = Array.isArray(resource.links) ? resource.links.map(record) : [];
  for (const link of links) {
    const match = /\/captures\/([^/?#]+)$/.exec(text(link?.href) ?? "");
    if (link?.rel === "up" && match?.[1]) return match[1];
  }
  return null;
}

function money(resource: Json) {
  const amount = record(resource.amount);
  const currency = (text(amount?.currency_code) ?? "").toUpperCase();
  return { currency, minor: toMinorUnits(amount?.value, currency) };
}

/** Asks PayPal's verify-webhook-signature API about one delivery. */
async function askPayPal(
  env: Bindings,
  webhookId: string,
  fields: Record<string, string>,
  raw: string,
): Promise<Verification> {
  const base = env.PAYPAL_API_BASE || PAYPAL_LIVE_API;
  const token = await accessToken(env, base);
  if (!token) return { ok: false, reason: "no_access_token" };
  // The event goes back byte for byte: re-serialising it could change what PayPal signed.
  const request = `${JSON.stringify({ ...fields, webhook_id: webhookId }).slice(0, -1)},"webhook_event":${raw}}`;
  const res = await fetch(`${base}/v1/notifications/verify-webhook-signature`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: request,
  });
  if (!res.ok) return { ok: false, reason: `verify_http_${res.status}` };
  const status = text(record(await res.json())?.verification_status);
  return status === "SUCCESS" ? { ok: true } : { ok: false, reason: "mismatch" };
}

export const paypal: Channel = {
  name: "paypal",
  setting: "PAYPAL_WEBHOOK_ID",
  async verify({ headers, body, env }, webhookId) {
    const fields: Record<string, string> = {};
    for (const [field, header] of Object.entries(TRANSMISSION_HEADERS)) {
      const value = headers.get(header);
      if (!value) return { ok: false, reason: "missing" };
      fields[field] = value;
    }
    let raw: string;
    try {
      raw = bodyText(body);
      jsonObject(raw);
    } catch {
      return { ok: false, reason: "malformed" };
    }
    try {
      return await askPayPal(env, webhookId, fields, raw);
    } catch {
      // PayPal unreachable (a dropped connection, DNS): unverified, like its 5xx answers.
      return { ok: false, reason: "verify_unreachable" };
    }
  },
  parse({ body, campaign, now }) {
    const payload = jsonObject(body);
    const id = text(payload.id);
    const type = text(payload.event_type);
    const resource = record(payload.resource);
    if (!id) throw missingField("id");
    if (!type || !resource) throw missingField(type ? "resource" : "event_type");
    const created = timeOf(payload.create_time) ?? now.getTime();
    const event = { id, type, created };
    const change = (value: PaymentChange) => ({ ...event, change: value });
    switch (type) {
      case "PAYMENT.CAPTURE.COMPLETED": {
        const key = text(resource.id);
        if (!key) return change(ignore("no_capture_id"));
        if (resource.status !== undefined && resource.status !== "COMPLETED") {
          return change(ignore("capture_not_completed", key));
        }
        const { currency, minor } = money(resource);
        if (minor === null || minor === 0) return change(ignore("invalid_amount", key));
        return change({
          kind: "payment",
          paymentKey: key,
          campaign,
          amount: minor,
          currency,
          at: timeOf(resource.create_time) ?? created,
          // A capture carries no payer name; the owner can add it from the ledger.
          donor: null,
          donorPublic: false,
        });
      }
      case "PAYMENT.CAPTURE.REFUNDED": {
        const key = captureOf(resource);
        const refundId = text(resource.id);
        if (!key || !refundId) return change(ignore("no_capture_link"));
        const { currency, minor } = money(resource);
        if (minor === null) return change(ignore("invalid_amount", key));
        return change({ kind: "refund", paymentKey: key, refundKey: refundId, amount: minor, currency, campaign });
      }
      case "PAYMENT.CAPTURE.REVERSED": {
        const key = captureOf(resource) ?? text(resource.id);
        if (!key) return change(ignore("no_capture_link"));
        return change({ kind: "reversal", paymentKey: key });
      }
      default:
        return change(ignore("event_type_not_handled"));
    }
  },
  doc: {
    summary: "PayPal captures, refunds and reversals",
    description:
      "Off until PAYPAL_WEBHOOK_ID is set (with PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET). Each delivery is verified " +
      "by PayPal's verify-webhook-signature API from the PAYPAL-TRANSMISSION-* headers. PAYMENT.CAPTURE.COMPLETED " +
      "counts, PAYMENT.CAPTURE.REFUNDED subtracts, PAYMENT.CAPTURE.REVERSED takes the payment back.",
    headers: {
      "paypal-transmission-id": "69cd13f0-d67a-11e5-baa3-778b53f4ae55",
      "paypal-transmission-time": "2016-02-18T20:01:35Z",
      "paypal-transmission-sig":
        "lmI95Jx3Y9nhR5SJWlHVIWpg4AgFk7n9bCHSRxbrd8A9zrhdu2rMyFrmz+Zjh3s3boXB07VXCXUZy/UFzUlnGJn0wDugt7FlSvdKeIJenLRemUxYCPVoEZzg9VFNqOa48gMkvF+XTpxBeUx/kWy6B5cp7GkT2+pOowfRK7OaynuxUoKW3JcMWw272VKjLTtTAShncla7tGF+55rxyt2KNZIIqxNMJ48RDZheGU5w1npu9dZHnPgTXB9iomeVRoD8O/jhRpnKsGrDschyNdkeh81BJJMH4Ctc6lnCCquoP/GzCzz33MMsNdid7vL/NIWaCsekQpW26FpWPi/tfj8nLA==",
      "paypal-cert-url": "https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1d93a270",
      "paypal-auth-algo": "SHA256withRSA",
    },
    contentType: "application/json",
  },
};
