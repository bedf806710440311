// Ko-fi (docs/channels/kofi.md): an `application/x-www-form-urlencoded` POST whose `data`
// field is the payment as JSON, carrying the account's `verification_token` in plain text
// (Ko-fi's only proof of origin). Retries reuse `message_id`; the payment is
// `kofi_transaction_id`. Ko-fi sends no refund events: refunds are corrected by the owner.
import { ApiError } from "../errors";
import { sameSecret } from "./crypto";
import { toMinorUnits } from "./money";
import { bodyText, ignore, type Json, jsonObject, missingField, record, text, timeOf } from "./read";
import type { Channel, ChannelRequest } from "./types";

/** The JSON of the form's `data` field, or null when the body has none. */
function dataField(body: Uint8Array): Json | null {
  const raw = new URLSearchParams(bodyText(body)).get("data");
  if (raw === null) return null;
  return record(jsonObject(raw));
}

/** Payment types that are gifts; commissions and shop orders buy something. */
const COUNTED = new Set(["Donation", "Subscription"]);

function readData(request: ChannelRequest): Json {
  const data = dataField(request.body);
  if (!data) throw new ApiError(400, "invalid_json", "The form has no `data` field");
  return data;
}

export const kofi: Channel = {
  name: "kofi",
  setting: "KOFI_VERIFICATION_TOKEN",
  async verify(request, secret) {
    let token: string | null = null;
    try {
      token = text(dataField(request.body)?.verification_token);
    } catch {
      // An unreadable body carries no token.
    }
    if (!token) return { ok: false, reason: "missing" };
    return (await sameSecret(token, secret)) ? { ok: true } : { ok: false, reason: "mismatch" };
  },
  parse(request) {
    const data = readData(request);
    const messageId = text(data.message_id) ?? text(data.kofi_transaction_id);
    if (!messageId) throw missingField("message_id");
    const type = text(data.type) ?? "unknown";
    const created = timeOf(data.timestamp) ?? request.now.getTime();
    const paymentKey = text(data.kofi_transaction_id);
    const event = { id: messageId, type, created };
    if (!COUNTED.has(type)) return { ...event, change: ignore("type_not_counted", paymentKey) };
    if (!paymentKey) return { ...event, change: ignore("no_transaction_id") };
    const currency = (text(data.currency) ?? "").toUpperCase();
    const amount = toMinorUnits(data.amount, currency);
    if (amount === null || amount === 0) return { ...event, change: ignore("invalid_amount", paymentKey) };
    const donorPublic = data.is_public === true;
    return {
      ...event,
      change: {
        kind: "payment",
        paymentKey,
        campaign: request.campaign,
        amount,
        currency,
        at: created,
        donor: text(data.from_name),
        donorPublic,
      },
    };
  },
  doc: {
    summary: "Ko-fi payments (donations and membership payments)",
    description:
      "Off until KOFI_VERIFICATION_TOKEN is set. Form-encoded; the `data` field is Ko-fi's JSON, whose " +
      "`verification_token` must match. Donations and subscription payments count; commissions and shop orders are " +
      "ignored. `is_public: true` lets the donor's name appear on the donor wall.",
    headers: {},
    contentType: "application/x-www-form-urlencoded",
  },
};
