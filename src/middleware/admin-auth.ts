import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";

const encoder = new TextEncoder();

/** Constant-time string equality: both sides are hashed first so lengths never leak. */
export async function secretsEqual(a: string, b: string): Promise<boolean> {
  const [da, db] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(a)),
    crypto.subtle.digest("SHA-256", encoder.encode(b)),
  ]);
  return crypto.subtle.timingSafeEqual(da, db);
}

/** The token of `Authorization: Bearer <token>`, or null. Basic auth and query tokens are not accepted. */
export function bearerToken(c: Context): string | null {
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

export const unauthorized = (message = "A valid bearer token is required") =>
  new ApiError(401, "unauthorized", message, undefined, { "WWW-Authenticate": 'Bearer realm="goalpost"' });

/** True when the request carries the configured admin token. */
export async function isAdmin(c: Context<AppEnv>): Promise<boolean> {
  const configured = c.env.ADMIN_TOKEN;
  const token = bearerToken(c);
  if (!configured || token === null) return false;
  return secretsEqual(token, configured);
}

/** Guards the owner's routes: 503 when no token is configured, 401 when it is missing or wrong. */
export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.env.ADMIN_TOKEN) {
    throw new ApiError(503, "admin_disabled", "The admin API is disabled: ADMIN_TOKEN is not configured");
  }
  if (!(await isAdmin(c))) throw unauthorized("The admin token is missing or wrong");
  await next();
};
