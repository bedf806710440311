import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

/** Reads the clock once per request, so every figure of one answer agrees (tests move it with fake timers). */
export const clock: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set("now", new Date());
  await next();
};

/** Headers every response carries, errors and preflights included. */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set("X-Content-Type-Options", "nosniff");
  c.res.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
};
