import type { Context } from "hono";
import type { NotifyMessage } from "../domain/notify-message";
import type { AppEnv, Bindings } from "../env";

/** Whether notifications are configured at all: a transport, and the queue binding. */
export const notificationsOn = (env: Bindings) =>
  Boolean(env.NOTIFICATIONS && (env.NOTIFY_WEBHOOK_URL || (env.EMAIL && env.NOTIFY_FROM)));

/**
 * Queues "this comment was published" or "this comment waits in moderation" after the
 * response. The comment is stored whatever happens here: a queue that is down is logged,
 * never turned into a failed POST.
 */
export async function queueNotification(
  c: Context<AppEnv>,
  type: "published" | "held",
  commentId: string,
): Promise<void> {
  if (!notificationsOn(c.env) || (type === "held" && !c.env.OWNER_EMAIL)) return;
  const message: NotifyMessage = { type, commentId, origin: new URL(c.req.url).origin };
  const sending = Promise.resolve()
    .then(() => c.env.NOTIFICATIONS.send(message))
    .then(
      () => undefined,
      (err: unknown) => {
        const reason = err instanceof Error ? err.message : "unknown error";
        console.error(`[${c.get("requestId")}] could not queue the ${type} notification of ${commentId}: ${reason}`);
      },
    );
  let ctx: { waitUntil(promise: Promise<unknown>): void } | undefined;
  try {
    ctx = c.executionCtx;
  } catch {
    // No execution context (app.request() without one): wait for the send instead.
  }
  if (ctx) ctx.waitUntil(sending);
  else await sending;
}
