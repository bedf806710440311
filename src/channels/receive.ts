// The one path from a verified external payment event to the ledger, shared by every channel:
// replays answer what the first delivery did, the campaign and its currency are checked
// (another currency is recorded as rejected with the reason, never converted), and payments,
// refunds and reversals are applied by src/db/payments.ts in one transaction.
import {
  applyPaymentChange,
  type PaymentOutcome,
  RETRIED_REASONS,
  readPaymentCampaign,
  readPaymentCounted,
  readPaymentDonation,
  readPaymentEvent,
  recordPaymentEvent,
} from "../db/payments";
import { newId } from "../domain/ids";
import type { ChannelEvent } from "./types";

export type Received = {
  outcome: PaymentOutcome;
  /** Why the event was not counted (ignored or rejected). */
  reason: string | null;
  /** The event was processed before; nothing changed. */
  duplicate: boolean;
  paymentKey: string | null;
};

/** A donor name as long as a manual donation's may be (DonationCreate), so an export imports again. */
const DONOR_MAX = 120;

function withDonorName<T extends ChannelEvent["change"]>(change: T): T {
  if (change.kind !== "payment") return change;
  // Cut in UTF-16 units as zod counts them, never inside a surrogate pair.
  const donor =
    change.donor
      ?.trim()
      .slice(0, DONOR_MAX)
      .replace(/[\uD800-\uDBFF]$/, "")
      .trim() || null;
  return { ...change, donor };
}

/** Applies one verified event of `channel` and says what became of it. */
export async function receive(
  db: D1Database,
  channel: string,
  event: ChannelEvent,
  now: number,
  log: (line: string) => void,
): Promise<Received> {
  const known = await readPaymentEvent(db, channel, event.id);
  const mendable = known?.outcome === "ignored" && RETRIED_REASONS.includes(known.reason ?? "");
  if (known && !mendable)
    return { outcome: known.outcome, reason: known.reason, duplicate: true, paymentKey: known.payment_key };

  const change = event.change;
  const skip = async (outcome: "ignored" | "rejected", reason: string, detail = ""): Promise<Received> => {
    log(`${outcome}: ${reason}${detail}`);
    const fresh = await recordPaymentEvent(db, { channel, event, outcome, reason }, now);
    return { outcome, reason, duplicate: !fresh, paymentKey: change.paymentKey };
  };
  if (change.kind === "ignore") return skip("ignored", change.reason);

  if (change.kind === "refund" && change.currency) {
    // A refund is in the payment's currency; one in another is never converted nor counted.
    const paid =
      (await readPaymentCounted(db, channel, change.paymentKey))?.currency ??
      (change.campaign ? ((await readPaymentCampaign(db, change.campaign))?.currency ?? null) : null);
    if (paid && paid !== change.currency) {
      return skip("rejected", "currency_mismatch", ` (refund of ${change.amount} ${change.currency}, paid in ${paid})`);
    }
  }
  let campaign = null;
  if (change.kind === "payment") {
    if (!change.campaign) return skip("ignored", "no_campaign");
    campaign = await readPaymentCampaign(db, change.campaign);
    if (!campaign) return skip("ignored", "unknown_campaign", ` (${JSON.stringify(change.campaign)})`);
    if (campaign.currency !== change.currency) {
      // Recorded as rejected, never converted: the owner decides what a foreign payment is worth.
      return skip(
        "rejected",
        "currency_mismatch",
        ` (${change.amount} ${change.currency}, campaign is ${campaign.currency})`,
      );
    }
  }
  const fresh = await applyPaymentChange(db, channel, event, withDonorName(change), campaign, newId("d", now), now);
  const outcome: PaymentOutcome = change.kind === "payment" ? "recorded" : change.kind;
  log(`${outcome}: ${change.paymentKey}${fresh ? "" : " (duplicate)"}`);
  return { outcome, reason: null, duplicate: !fresh, paymentKey: change.paymentKey };
}

/** The answer of the non-Stripe channels: the donation as it stands, or why nothing counted. */
export async function channelAnswer(db: D1Database, channel: string, received: Received) {
  if (received.outcome === "ignored" || received.outcome === "rejected") {
    return { ignored: received.reason ?? received.outcome, duplicate: received.duplicate };
  }
  const donation = received.paymentKey ? await readPaymentDonation(db, channel, received.paymentKey) : null;
  return {
    donation: { id: donation?.id ?? null, amount: donation?.amount ?? 0, source: channel },
    duplicate: received.duplicate,
  };
}
