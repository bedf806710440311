import { toHex } from "./encoding";
import { signPayload } from "./stripe-signature";

/**
 * `X-Goalpost-Signature` of an outgoing notification webhook: `t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.body" keyed by NOTIFY_WEBHOOK_SECRET>` — Stripe's scheme, so a receiver
 * verifies it the same way (and can reject stale timestamps to stop replays).
 */
export async function webhookSignature(secret: string, body: string, now: Date): Promise<string> {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${toHex(await signPayload(secret, t, new TextEncoder().encode(body)))}`;
}
