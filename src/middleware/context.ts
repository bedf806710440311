import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

/** Reads the clock once per request, so every figure of one answer agrees (tests move it with fake timers). */
export const clock: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set("now", new Date());
  await next();
};

/**
 * Headers every response carries, errors and preflights included. Pages set their own CSP;
 * anything else gets the strictest one, so a response rendered as a document runs nothing.
 */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  if (!headers.has("Content-Security-Policy"))
    headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
};
