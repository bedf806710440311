// GitHub Sponsors (docs/channels/github-sponsors.md): `sponsorship` events signed with
// `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`. A new sponsorship
// (`created`) counts its tier's price once, in US dollars (Sponsors' only currency); GitHub
// sends no event for later monthly charges nor for refunds, and a cancellation refunds
// nothing, so those are ignored. The sponsor's login shows on the donor wall only when the
// sponsorship's privacy level is public.
import { hexMatches, hmacSha256 } from "./crypto";
import { idText, ignore, jsonObject, missingField, record, text, timeOf } from "./read";
import type { Channel } from "./types";

export const githubSponsors: Channel = {
  name: "github-sponsors",
  setting: "GITHUB_SPONSORS_WEBHOOK_SECRET",
  async verify({ headers, body }, secret) {
    const header = headers.get("x-hub-signature-256");
    if (!header?.startsWith("sha256=")) return { ok: false, reason: header ? "malformed" : "missing" };
    const expected = await hmacSha256(secret, body);
    return hexMatches(header.slice("sha256=".length), expected) ? { ok: true } : { ok: false, reason: "mismatch" };
  },
  parse({ headers, body, campaign, now }) {
    const payload = jsonObject(body);
    const kind = headers.get("x-github-event") ?? "unknown";
    const action = text(payload.action) ?? "none";
    const sponsorship = record(payload.sponsorship);
    const key = text(sponsorship?.node_id);
    const delivery = headers.get("x-github-delivery");
    const type = `${kind}.${action}`;
    if (kind !== "sponsorship") {
      return { id: delivery ?? type, type, created: now.getTime(), change: ignore("event_type_not_handled") };
    }
    if (!sponsorship || !key) throw missingField("sponsorship.node_id");
    const created = timeOf(sponsorship.created_at) ?? now.getTime();
    // Keyed by action and sponsorship, so a redelivery (which gets a new delivery id) is a replay.
    const event = { id: `${action}:${key}`, type, created };
    if (action !== "created") return { ...event, change: ignore(`action_${action}_not_counted`, key) };
    const tier = record(sponsorship.tier);
    const cents = tier?.monthly_price_in_cents;
    if (typeof cents !== "number" || !Number.isSafeInteger(cents) || cents <= 0) {
      return { ...event, change: ignore("invalid_amount", key) };
    }
    const isPublic = sponsorship.privacy_level === "public";
    const sponsor = record(sponsorship.sponsor);
    return {
      ...event,
      change: {
        kind: "payment",
        paymentKey: key,
        campaign,
        amount: cents,
        currency: "USD",
        at: created,
        donor: isPublic ? (text(sponsor?.name) ?? text(sponsor?.login) ?? idText(sponsor?.id)) : null,
        donorPublic: isPublic,
      },
    };
  },
  doc: {
    summary: "GitHub Sponsors sponsorships",
    description:
      "Off until GITHUB_SPONSORS_WEBHOOK_SECRET is set. `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw " +
      "body>`. `sponsorship` `created` counts the tier's price (USD); other actions and events are ignored.",
    headers: { "x-hub-signature-256": "sha256=757107ea0eb2509f…", "x-github-event": "sponsorship" },
    contentType: "application/json",
  },
};
