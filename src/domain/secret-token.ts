// Every secret token (edit, subscription, unsubscribe, writer, import): minted, hashed and
// compared here. Only the SHA-256 hash is stored.
import { base64url } from "./base64url";
import { toHex } from "./encoding";

const encoder = new TextEncoder();

/** A new secret token: 32 random bytes, base64url (43 chars). */
export const newToken = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

/** SHA-256 of a token, hex: the only form in which tokens are stored. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(token));
  return toHex(digest);
}

/** Whether `token` hashes to `storedHash`, compared in constant time. */
export async function tokenMatches(token: string, storedHash: string): Promise<boolean> {
  const presented = encoder.encode(await hashToken(token));
  const stored = encoder.encode(storedHash);
  if (presented.byteLength !== stored.byteLength) return false;
  return crypto.subtle.timingSafeEqual(presented, stored);
}
