import { toHex } from "./encoding";

const encoder = new TextEncoder();

// Used when IP_HASH_KEY is not configured; set it in production so the hashes are not
// reproducible by anyone who reads this file.
const FALLBACK_KEY = "goalpost-ip-hash-v1";

/** HMAC-SHA-256 of the client IP (hex): what we store instead of the IP. */
export async function hashIp(ip: string, key: string | undefined): Promise<string> {
  const hmacKey = await crypto.subtle.importKey(
    "raw",
    encoder.encode(key || FALLBACK_KEY),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", hmacKey, encoder.encode(ip));
  return toHex(mac);
}
