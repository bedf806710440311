// Buy Me a Coffee (docs/channels/buymeacoffee.md): JSON events signed with
// `x-signature-sha256: <hex HMAC-SHA256 of the raw body, keyed by the webhook's signing
// secret>`. `donation.created` counts; `donation.refunded` takes the support back. Amounts are
// in major units ("5" USD). Retries carry the same support id, so the event is keyed by type
// and support id.
import { hexMatches, hmacSha256 } from "./crypto";
import { toMinorUnits } from "./money";
import { idText, ignore, jsonObject, missingField, record, text, timeOf } from "./read";
import type { Channel } from "./types";

export const buymeacoffee: Channel = {
  name: "buymeacoffee",
  setting: "BUYMEACOFFEE_WEBHOOK_SECRET",
  async verify({ headers, body }, secret) {
    const header = headers.get("x-signature-sha256");
    if (!header) return { ok: false, reason: "missing" };
    return hexMatches(header, await hmacSha256(secret, body)) ? { ok: true } : { ok: false, reason: "mismatch" };
  },
  parse({ body, campaign, now }) {
    const payload = jsonObject(body);
    const type = text(payload.type);
    const data = record(payload.data);
    if (!type || !data) throw missingField(type ? "data" : "type");
    const supportId = idText(data.id) ?? idText(data.support_id);
    if (!supportId) throw missingField("data.id");
    const created = timeOf(data.created_at) ?? timeOf(payload.created) ?? now.getTime();
    const event = { id: `${type}:${supportId}`, type, created };
    const currency = (text(data.currency) ?? "").toUpperCase();
    const amount = toMinorUnits(data.amount, currency);
    switch (type) {
      case "donation.created":
        if (data.status !== undefined && data.status !== "succeeded")
          return { ...event, change: ignore("not_succeeded", supportId) };
        if (amount === null || amount === 0) return { ...event, change: ignore("invalid_amount", supportId) };
        return {
          ...event,
          change: {
            kind: "payment",
            paymentKey: supportId,
            campaign,
            amount,
            currency,
            at: created,
            donor: text(data.supporter_name),
            // Buy Me a Coffee asks supporters nothing about being listed publicly.
            donorPublic: false,
          },
        };
      case "donation.refunded":
        if (amount === null) return { ...event, change: ignore("invalid_amount", supportId) };
        return {
          ...event,
          change: { kind: "refund", paymentKey: supportId, refundKey: "refund", amount, currency, campaign },
        };
      default:
        return { ...event, change: ignore("event_type_not_handled", supportId) };
    }
  },
  doc: {
    summary: "Buy Me a Coffee one-time supports",
    description:
      "Off until BUYMEACOFFEE_WEBHOOK_SECRET is set. `x-signature-sha256` is the hex HMAC-SHA256 of the raw body. " +
      "`donation.created` counts, `donation.refunded` subtracts; other events are ignored.",
    headers: { "x-signature-sha256": "9f86d081884c7d65…" },
    contentType: "application/json",
  },
};
