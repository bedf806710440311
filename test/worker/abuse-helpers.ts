import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { signSso } from "../../src/domain/sso";
import app from "../../src/index";
import { uniqueIp } from "./comments-helpers";

export const SSO_SECRET = "test-sso-secret-0123456789";

/**
 * Calls the worker with some vars overridden (MODERATION, SSO_SECRET, …); a fresh client IP
 * unless given. With `settle`, waits for the request's waitUntil work (spam learning) too.
 */
export async function callWith(
  vars: Record<string, string>,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  { settle = false } = {},
) {
  const init: RequestInit = { method, headers: { "CF-Connecting-IP": uniqueIp(), ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)["Content-Type"] = "application/json";
  }
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`http://goalpost.test${path}`, init), { ...env, ...vars }, ctx);
  if (settle) await waitOnExecutionContext(ctx);
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as any) : null };
}

/** Posts a comment ("hello" unless a body is given) with vars and headers. */
export const postWith = (
  vars: Record<string, string>,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) => callWith(vars, "POST", "/api/v1/comments", { body: "hello", ...body }, headers);

/** A fresh author key, as the widget makes one (32 random bytes, base64url). */
export const authorKey = () => {
  let binary = "";
  for (const byte of crypto.getRandomValues(new Uint8Array(32))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

const b64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

/** An X-Goalpost-SSO value for `claims` (exp defaults to an hour ahead), signed with `secret`. */
export async function ssoToken(claims: Record<string, unknown>, secret = SSO_SECRET) {
  const payload = b64url(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + 3600, ...claims }));
  return `${payload}.${await signSso(payload, secret)}`;
}

/** One row of a comment straight from D1 (status and the identity columns). */
export async function row(id: string) {
  return env.DB.prepare(
    "SELECT status, author_name, author_hash, verified, owner, body, edit_token_hash FROM comments WHERE id = ?1",
  )
    .bind(id)
    .first<{
      status: string;
      author_name: string;
      author_hash: string | null;
      verified: number;
      owner: number;
      body: string;
      edit_token_hash: string;
    }>();
}
