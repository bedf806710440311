// Signature helpers shared by the channels. Comparisons run in constant time over
// equal-length byte strings; a candidate of the wrong length cannot match and its length is
// not a secret.

const encoder = new TextEncoder();

/** Raw HMAC-SHA256 of `body`, keyed by the secret's UTF-8. */
export async function hmacSha256(secret: string, body: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, body));
}

const concat = (a: Uint8Array, b: Uint8Array) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
};

/**
 * HMAC-MD5 (RFC 2104), which Patreon signs with. Web Crypto has no HMAC-MD5 key type, but
 * the Workers runtime digests MD5, so the two nested hashes are built here.
 */
export async function hmacMd5(secret: string, body: Uint8Array): Promise<Uint8Array> {
  const BLOCK = 64;
  let key = encoder.encode(secret);
  if (key.length > BLOCK) key = new Uint8Array(await crypto.subtle.digest("MD5", key));
  const inner = new Uint8Array(BLOCK);
  const outer = new Uint8Array(BLOCK);
  for (let i = 0; i < BLOCK; i++) {
    inner[i] = (key[i] ?? 0) ^ 0x36;
    outer[i] = (key[i] ?? 0) ^ 0x5c;
  }
  const innerHash = new Uint8Array(await crypto.subtle.digest("MD5", concat(inner, body)));
  return new Uint8Array(await crypto.subtle.digest("MD5", concat(outer, innerHash)));
}

/** Lower-case hex of bytes. */
export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/** Hex → bytes, or null unless it is exactly `length` bytes of hex. */
export function fromHex(hex: string, length: number): Uint8Array | null {
  if (hex.length !== length * 2 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** True when the hex `candidate` equals `expected`, compared in constant time. */
export function hexMatches(candidate: string | undefined | null, expected: Uint8Array): boolean {
  const bytes = candidate ? fromHex(candidate.trim(), expected.length) : null;
  return bytes !== null && crypto.subtle.timingSafeEqual(bytes, expected);
}

/** Constant-time equality of two strings (a shared token), by their SHA-256 digests so lengths may differ. */
export async function sameSecret(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(a)),
    crypto.subtle.digest("SHA-256", encoder.encode(b)),
  ]);
  return crypto.subtle.timingSafeEqual(x, y);
}
