import type { Context } from "hono";
import { hashToken } from "../domain/secret-token";
import { type SsoIdentity, verifySso } from "../domain/sso";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { bearerToken, isAdmin, unauthorized } from "./admin-auth";

/** Who is writing, as far as the request proves it (API.md "Client identity"). */
export type Writer = {
  /** SHA-256 of `sso:<id>` for a verified identity, else of `key:<author key>`, else null. */
  authorHash: string | null;
  /** SHA-256 of the author key alone (part of an Idempotency-Key's request), or null. */
  keyHash: string | null;
  sso: SsoIdentity | null;
  /** The request carries the admin token. */
  owner: boolean;
};

// A 401 names its scheme (RFC 9110 §11.6.1): here the signed identity header, not a bearer token.
export const invalidSso = () =>
  new ApiError(401, "invalid_sso", "The X-Goalpost-SSO identity is malformed, wrongly signed or expired", undefined, {
    "WWW-Authenticate": 'Goalpost-SSO realm="goalpost", error="invalid_token"',
  });

/**
 * Reads X-Goalpost-Author (already validated by the route's header schema), X-Goalpost-SSO
 * (401 `invalid_sso` when SSO_SECRET is set and it does not verify; ignored without the
 * secret) and, when `ownerAllowed`, the admin token (a wrong bearer token is 401).
 */
export async function writerOf(c: Context<AppEnv>, ownerAllowed: boolean): Promise<Writer> {
  const key = c.req.header("x-goalpost-author") || null;
  const ssoHeader = c.req.header("x-goalpost-sso") || null;
  const secret = c.env.SSO_SECRET;
  let sso: SsoIdentity | null = null;
  if (secret && ssoHeader !== null) {
    sso = await verifySso(ssoHeader, secret, c.get("now").getTime());
    if (!sso) throw invalidSso();
  }
  let owner = false;
  if (ownerAllowed && bearerToken(c) !== null) {
    owner = await isAdmin(c);
    if (!owner) throw unauthorized("The admin token is wrong");
  }
  const keyHash = key ? await hashToken(`key:${key}`) : null;
  const authorHash = sso ? await hashToken(`sso:${sso.id}`) : keyHash;
  return { authorHash, keyHash, sso, owner };
}
