import type { Received } from "../channels/receive";
import type { LiveEvent } from "./messages";

type Seen = { id: string; thread: string; status: string };

/**
 * What readers should learn from a comment going from `before` to `after` (null: deleted):
 * shown when it is visible after, removed when it was visible and is not any more, and
 * nothing at all for one that was never visible (held and spam comments stay unseen).
 * `hard` removes its replies with it (the owner's hard delete).
 */
export function commentChange(before: Seen, after: { status: string } | null, hard = false): LiveEvent | null {
  if (after?.status === "approved") return { type: "comment", id: before.id };
  if (before.status !== "approved") return null;
  return { type: "removed", comments: [{ id: before.id, thread: before.thread, ...(hard ? { hard } : {}) }] };
}

/** The campaign push of a channel's event that changed a payment, or null when nothing changed. */
export function paymentChange(channel: string, received: Received): LiveEvent | null {
  if (received.duplicate || received.outcome === "ignored" || received.outcome === "rejected") return null;
  return received.paymentKey ? { type: "payment", channel, paymentKey: received.paymentKey } : null;
}
