import { EmailMessage } from "cloudflare:email";
import { buildMime } from "../domain/mime";
import type { DeliveryKind } from "../domain/notify-message";
import type { Rendered } from "../domain/notify-render";
import { webhookSignature } from "../domain/webhook-signature";
import type { Bindings } from "../env";

/** One rendered message on its way out. */
export type Outgoing = Rendered & {
  /** Stable per (comment, recipient): receivers may use it to drop a repeat. */
  id: string;
  kind: DeliveryKind;
  to: string;
  unsubscribeUrl: string;
  /** `thread` and `url` are null in a confirmation, which names no thread. */
  comment: { id: string; thread: string | null; url: string | null };
};

export type Transport = { name: "webhook" | "email"; send: (message: Outgoing, now: Date) => Promise<void> };

/** Header pair of RFC 2369 / RFC 8058: the link, and that a bodiless POST to it unsubscribes. */
export const unsubscribeHeaders = (url: string) => ({
  "List-Unsubscribe": `<${url}>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
});

/** Thrown for a delivery the transport refused; the consumer retries it with backoff. */
export class TransportError extends Error {
  override name = "TransportError";
}

function webhook(url: string, secret: string | undefined): Transport {
  return {
    name: "webhook",
    async send(message, now) {
      // Unsigned notifications could be forged by anyone who learns the URL: refuse to send.
      if (!secret) throw new TransportError("NOTIFY_WEBHOOK_SECRET is not set");
      const body = JSON.stringify({ ...message, headers: unsubscribeHeaders(message.unsubscribeUrl) });
      const res = await fetch(url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "User-Agent": "Goalpost-Notifications/1",
          "X-Goalpost-Delivery": message.id,
          "X-Goalpost-Signature": await webhookSignature(secret, body, now),
        },
        body,
      });
      await res.body?.cancel();
      if (!res.ok) throw new TransportError(`webhook answered ${res.status}`);
    },
  };
}

function email(binding: SendEmail, from: string): Transport {
  const domain = from.slice(from.lastIndexOf("@") + 1).replace(/[>\s]/g, "") || "goalpost.invalid";
  return {
    name: "email",
    async send(message, now) {
      const raw = buildMime({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: unsubscribeHeaders(message.unsubscribeUrl),
        date: now,
        messageId: `<${message.id}.${now.getTime()}@${domain}>`,
      });
      await binding.send(new EmailMessage(from, message.to, raw));
    },
  };
}

/**
 * The transport the configuration picks: the signed webhook when NOTIFY_WEBHOOK_URL is set,
 * else the `send_email` binding EMAIL with NOTIFY_FROM; null when neither is configured
 * (notifications are off and nothing is queued).
 */
export function chooseTransport(env: Bindings): Transport | null {
  if (env.NOTIFY_WEBHOOK_URL) return webhook(env.NOTIFY_WEBHOOK_URL, env.NOTIFY_WEBHOOK_SECRET);
  if (env.EMAIL && env.NOTIFY_FROM) return email(env.EMAIL, env.NOTIFY_FROM);
  return null;
}
