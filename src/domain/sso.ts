// Verified identity (API.md "Verified identity (SSO)"): the host page signs who its reader is,
// `<payload>.<signature>`, where payload is base64url JSON { id, name, email?, exp } and
// signature is base64url HMAC-SHA256 of the payload string exactly as sent, keyed with SSO_SECRET.

import { cleanName } from "./text-clean";

export type SsoIdentity = { id: string; name: string; email: string | null };

/** At most this far ahead may `exp` lie: a leaked token stops working within a day. */
export const SSO_MAX_AHEAD_SECONDS = 24 * 60 * 60;

const B64URL = /^[A-Za-z0-9_-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const encoder = new TextEncoder();

function decode(text: string): Uint8Array | null {
  if (!B64URL.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Signs a payload string as the host page must (also used by tests and the demo). */
export async function signSso(payload: string, secret: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(payload)));
  let binary = "";
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * The identity of a valid header, or null when it is malformed, wrongly signed, expired or
 * more than 24 h ahead. The signature is checked by `crypto.subtle.verify`, in constant time,
 * before the payload is even parsed.
 */
export async function verifySso(header: string, secret: string, nowMs: number): Promise<SsoIdentity | null> {
  if (header.length > 4096) return null;
  const parts = header.trim().split(".");
  if (parts.length !== 2) return null;
  const [payload, signature] = parts as [string, string];
  const mac = decode(signature);
  const payloadBytes = decode(payload);
  if (!mac || !payloadBytes || mac.byteLength !== 32) return null;
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "verify",
  ]);
  if (!(await crypto.subtle.verify("HMAC", key, mac, encoder.encode(payload)))) return null;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(payloadBytes));
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const { id, name, email, exp } = data as Record<string, unknown>;
  if (typeof id !== "string" || id.length < 1 || id.length > 256) return null;
  if (typeof name !== "string" || name.length > 256) return null;
  if (email !== undefined && email !== null && (typeof email !== "string" || email.length > 254 || !EMAIL.test(email)))
    return null;
  const nowSeconds = nowMs / 1000;
  if (typeof exp !== "number" || !Number.isFinite(exp) || exp <= nowSeconds || exp > nowSeconds + SSO_MAX_AHEAD_SECONDS)
    return null;
  return { id, name: [...cleanName(name)].slice(0, 64).join(""), email: (email as string | null | undefined) ?? null };
}
