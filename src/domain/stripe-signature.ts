// Stripe webhook signatures, as https://docs.stripe.com/webhooks#verify-manually specifies:
// `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>[,v1=…][,v0=…]`, where each v1
// is HMAC-SHA256(secret, `${t}.${raw body}`). Several v1 appear while a secret is rolled;
// one match is enough. Other schemes (v0 is a test-mode scheme) are ignored.

/** How far the signed timestamp may be from our clock, either way (Stripe's default). */
export const TOLERANCE_SECONDS = 300;

export type ParsedSignature = { timestamp: number; v1: string[] };

export type SignatureCheck =
  | { ok: true; timestamp: number }
  | { ok: false; reason: "missing" | "malformed" | "no_v1" | "stale" | "mismatch" };

const encoder = new TextEncoder();

/** The timestamp and v1 signatures of a `Stripe-Signature` header, or null when it has no valid `t`. */
export function parseSignatureHeader(header: string): ParsedSignature | null {
  let timestamp: number | null = null;
  const v1: string[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "t") {
      if (timestamp !== null || !/^\d{1,12}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (key === "v1") {
      v1.push(value);
    }
  }
  return timestamp === null ? null : { timestamp, v1 };
}

/** Hex → bytes; null unless it is exactly a SHA-256 digest (64 hex digits). */
function digestBytes(hex: string): Uint8Array | null {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return null;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** HMAC-SHA256 of `${timestamp}.` followed by the exact body bytes, keyed by the secret's UTF-8. */
export async function signPayload(secret: string, timestamp: number, body: Uint8Array): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const prefix = encoder.encode(`${timestamp}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix, 0);
  signed.set(body, prefix.length);
  return crypto.subtle.sign("HMAC", key, signed);
}

/**
 * Checks a `Stripe-Signature` header against the raw body at `now`: the timestamp must be
 * within the tolerance (either way) and one v1 must equal the expected HMAC, compared in
 * constant time. Every v1 is compared, so timing does not reveal which one matched.
 */
export async function verifyStripeSignature(
  header: string | undefined,
  body: Uint8Array,
  secret: string,
  now: Date,
  toleranceSeconds = TOLERANCE_SECONDS,
): Promise<SignatureCheck> {
  if (!header) return { ok: false, reason: "missing" };
  const parsed = parseSignatureHeader(header);
  if (!parsed) return { ok: false, reason: "malformed" };
  if (parsed.v1.length === 0) return { ok: false, reason: "no_v1" };
  if (Math.abs(Math.floor(now.getTime() / 1000) - parsed.timestamp) > toleranceSeconds) {
    return { ok: false, reason: "stale" };
  }
  const expected = await signPayload(secret, parsed.timestamp, body);
  let matched = false;
  for (const candidate of parsed.v1) {
    const bytes = digestBytes(candidate);
    // A candidate that is not 64 hex digits cannot match; its length is not a secret.
    if (bytes && crypto.subtle.timingSafeEqual(bytes, expected)) matched = true;
  }
  return matched ? { ok: true, timestamp: parsed.timestamp } : { ok: false, reason: "mismatch" };
}
