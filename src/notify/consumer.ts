import { CLAIM_LEASE_MS, claimDelivery, settleDelivery } from "../db/notify-deliveries";
import { planHeld, planPublished } from "../db/notify-plan";
import { supportedLanguage } from "../domain/notify-i18n";
import { backoffSeconds, NotifyMessage } from "../domain/notify-message";
import { renderNotification } from "../domain/notify-render";
import { hashToken, newToken } from "../domain/secret-token";
import type { Bindings } from "../env";
import { apiLink, threadUrl } from "./links";
import { localeTables } from "./locale-assets";
import { chooseTransport, type Transport } from "./transport";

type Outcome = { retryAfterSeconds: number } | null;

const reason = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : "unknown error");

/** Queues one `deliver` message per planned delivery (the Queues API takes at most 100 at a time). */
async function fanOut(env: Bindings, ids: number[], origin: string) {
  for (let start = 0; start < ids.length; start += 100) {
    const chunk = ids.slice(start, start + 100);
    await env.NOTIFICATIONS.sendBatch(
      chunk.map((delivery) => ({ body: { type: "deliver", delivery, origin } satisfies NotifyMessage })),
    );
  }
}

/**
 * Sends one planned delivery at most once: claim it, render it with fresh tokens (only their
 * hashes are stored), hand it to the transport, and mark it sent only after the transport
 * accepted it. A failed send releases the claim and is retried with backoff.
 */
async function deliver(env: Bindings, transport: Transport, id: number, origin: string, now: Date): Promise<Outcome> {
  const unsubscribeToken = newToken();
  const confirmToken = newToken();
  const unsubscribeHash = await hashToken(unsubscribeToken);
  const claim = await claimDelivery(env.DB, id, now.getTime(), {
    unsubscribeHash,
    confirmHash: await hashToken(confirmToken),
  });
  if (claim.state === "done") return null;
  if (claim.state === "busy") return { retryAfterSeconds: CLAIM_LEASE_MS / 1000 };
  const { delivery } = claim;
  const unsubscribeUrl = apiLink(origin, "unsubscribe", unsubscribeToken);
  // A confirmation quotes nothing a stranger chose (no thread key, name or text) and links to
  // nothing but its own confirm and unsubscribe pages.
  const confirm = delivery.kind === "confirm";
  const page = confirm ? null : threadUrl(env.SITE_URL, origin, delivery.thread, delivery.commentId);
  // The words of NOTIFY_LOCALE's language (a static asset; English when it cannot be read).
  const words = await localeTables(env, supportedLanguage(env.NOTIFY_LOCALE) ?? "en");
  const rendered = renderNotification(
    {
      kind: delivery.kind,
      locale: env.NOTIFY_LOCALE,
      commentId: delivery.commentId,
      thread: confirm ? "" : delivery.thread,
      authorName: confirm ? "" : (delivery.comment?.authorName ?? ""),
      body: confirm ? "" : (delivery.comment?.body ?? ""),
      threadUrl: page,
      unsubscribeUrl,
      confirmUrl: delivery.kind === "confirm" ? apiLink(origin, "subscriptions/confirm", confirmToken) : null,
      authorEmail: delivery.kind === "moderation" ? (delivery.comment?.authorEmail ?? null) : null,
    },
    words,
  );
  try {
    await transport.send(
      {
        ...rendered,
        id: `${delivery.commentId}:${delivery.id}`,
        kind: delivery.kind,
        to: delivery.email,
        unsubscribeUrl,
        comment: { id: delivery.commentId, thread: confirm ? null : delivery.thread, url: page },
      },
      now,
    );
  } catch (err) {
    await settleDelivery(env.DB, id, unsubscribeHash, "queued", now.getTime());
    throw err;
  }
  await settleDelivery(env.DB, id, unsubscribeHash, "sent", now.getTime());
  console.log(`notification ${delivery.kind} for ${delivery.commentId} sent by ${transport.name} (delivery ${id})`);
  return null;
}

async function handle(message: NotifyMessage, env: Bindings, transport: Transport, now: Date): Promise<Outcome> {
  if (message.type === "deliver") return deliver(env, transport, message.delivery, message.origin, now);
  if (message.type === "held" && !env.OWNER_EMAIL) return null;
  const ids =
    message.type === "published"
      ? await planPublished(env.DB, message.commentId, now.getTime())
      : await planHeld(env.DB, message.commentId, env.OWNER_EMAIL!, now.getTime());
  await fanOut(env, ids, message.origin);
  return null;
}

/**
 * The NOTIFICATIONS queue consumer. Each message is acknowledged on its own: done, or retried
 * with exponential backoff (30 s doubling, at most an hour; after `max_retries` the queue
 * moves it to the dead-letter queue). Addresses and tokens are never logged.
 */
export async function consumeNotifications(batch: MessageBatch<unknown>, env: Bindings): Promise<void> {
  const transport = chooseTransport(env);
  await Promise.all(
    batch.messages.map(async (message) => {
      const parsed = NotifyMessage.safeParse(message.body);
      if (!parsed.success || !transport) {
        console.error(
          parsed.success
            ? "notifications are off (no transport configured): message dropped"
            : "malformed notification message dropped",
        );
        message.ack();
        return;
      }
      try {
        const outcome = await handle(parsed.data, env, transport, new Date());
        if (outcome) message.retry({ delaySeconds: outcome.retryAfterSeconds });
        else message.ack();
      } catch (err) {
        const delaySeconds = backoffSeconds(message.attempts);
        console.error(
          `notification ${parsed.data.type} failed on attempt ${message.attempts}, retry in ${delaySeconds}s: ${reason(err)}`,
        );
        message.retry({ delaySeconds });
      }
    }),
  );
}
