// Patreon (docs/channels/patreon.md): member events (JSON:API) signed with
// `X-Patreon-Signature: <hex HMAC-MD5 of the raw body, keyed by the webhook's secret>`, the
// trigger in `X-Patreon-Event`. A member whose `last_charge_status` is `Paid` is one payment
// per charge (member id + `last_charge_date`) of `currently_entitled_amount_cents`; the same
// charge seen `Refunded` (or `Fraud`) is taken back. Patreon names the currency only on
// pledge events (`currency_code`) or the campaign; without one nothing is guessed.
import { hexMatches, hmacMd5 } from "./crypto";
import { ignore, type Json, jsonObject, missingField, record, text, timeOf } from "./read";
import type { Channel } from "./types";

/** The currency of the member's charges: the newest included pledge event's, else the campaign's. */
function currencyOf(payload: Json): string | null {
  const included = Array.isArray(payload.included) ? payload.included.map(record) : [];
  let best: { at: number; code: string } | null = null;
  for (const item of included) {
    const attributes = record(item?.attributes);
    const code = text(attributes?.currency_code) ?? text(attributes?.currency);
    if (!code) continue;
    const at = timeOf(attributes?.date) ?? 0;
    if (!best || at >= best.at) best = { at, code };
  }
  return best ? best.code.toUpperCase() : null;
}

const TAKEN_BACK = new Set(["Refunded", "Fraud"]);

export const patreon: Channel = {
  name: "patreon",
  setting: "PATREON_WEBHOOK_SECRET",
  async verify({ headers, body }, secret) {
    const header = headers.get("x-patreon-signature");
    if (!header) return { ok: false, reason: "missing" };
    return hexMatches(header, await hmacMd5(secret, body)) ? { ok: true } : { ok: false, reason: "mismatch" };
  },
  parse({ headers, body, campaign, now }) {
    const payload = jsonObject(body);
    const trigger = headers.get("x-patreon-event") ?? "unknown";
    const data = record(payload.data);
    const memberId = text(data?.id);
    if (!data || !memberId) throw missingField("data.id");
    const attributes = record(data.attributes) ?? {};
    const status = text(attributes.last_charge_status);
    const chargedAt = timeOf(attributes.last_charge_date);
    const paymentKey = chargedAt === null ? null : `${memberId}:${new Date(chargedAt).toISOString()}`;
    const event = {
      // One charge in one state is one event, whichever trigger (create, update) reported it.
      id: `${paymentKey ?? memberId}:${status ?? "none"}`,
      type: trigger,
      created: chargedAt ?? now.getTime(),
    };
    if (!trigger.startsWith("members:")) return { ...event, change: ignore("event_type_not_handled") };
    if (!paymentKey || !status) return { ...event, change: ignore("no_charge") };
    if (TAKEN_BACK.has(status)) return { ...event, change: { kind: "reversal", paymentKey } };
    if (status !== "Paid") return { ...event, change: ignore(`charge_${status.toLowerCase()}`, paymentKey) };
    const cents = attributes.currently_entitled_amount_cents;
    if (typeof cents !== "number" || !Number.isSafeInteger(cents) || cents <= 0) {
      return { ...event, change: ignore("invalid_amount", paymentKey) };
    }
    const currency = currencyOf(payload);
    if (!currency) return { ...event, change: ignore("no_currency", paymentKey) };
    return {
      ...event,
      change: {
        kind: "payment",
        paymentKey,
        campaign,
        amount: cents,
        currency,
        at: chargedAt ?? now.getTime(),
        donor: text(attributes.full_name),
        // Patreon has no "show me publicly" answer: the owner marks donors for the wall.
        donorPublic: false,
      },
    };
  },
  doc: {
    summary: "Patreon member charges",
    description:
      "Off until PATREON_WEBHOOK_SECRET is set. `X-Patreon-Signature` is the hex HMAC-MD5 of the raw body. A member " +
      "whose last charge is Paid counts that charge once; the same charge Refunded or Fraud is taken back.",
    headers: { "x-patreon-signature": "5d41402abc4b2a76…", "x-patreon-event": "members:pledge:create" },
    contentType: "application/json",
  },
};
