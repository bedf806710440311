import { z } from "zod";

// What travels on the NOTIFICATIONS queue: ids only, never addresses, text or tokens, so a message
// read from the queue (or the dead-letter queue) reveals nothing, and the consumer always
// renders from the current state of the database.
const Origin = z.url({ protocol: /^https?$/ }).max(512);

/** What a planned message is: a reply to the recipient, a comment on a followed thread, an address confirmation, a moderation notice. */
export type DeliveryKind = "reply" | "thread" | "confirm" | "moderation";

export const NotifyMessage = z.discriminatedUnion("type", [
  // A comment became visible: plan its reply/thread notifications and its author's confirmation.
  z.object({ type: z.literal("published"), commentId: z.string().min(1).max(64), origin: Origin }),
  // A comment is waiting in moderation: plan the owner's notice.
  z.object({ type: z.literal("held"), commentId: z.string().min(1).max(64), origin: Origin }),
  // Send one planned message (notification_deliveries row) to one recipient.
  z.object({ type: z.literal("deliver"), delivery: z.number().int().positive(), origin: Origin }),
]);

export type NotifyMessage = z.infer<typeof NotifyMessage>;

/** Seconds before the next attempt of a message: 30 s doubling per attempt, at most an hour. */
export const backoffSeconds = (attempts: number) => Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
