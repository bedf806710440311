import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../env";

/** CORS for the public API from `ALLOWED_ORIGINS` (comma-separated; `*` allows any origin). */
export const publicCors: MiddlewareHandler<AppEnv> = (c, next) => {
  const allowed = (c.env.ALLOWED_ORIGINS ?? "*")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  const any = allowed.length === 0 || allowed.includes("*");
  return cors({
    origin: any ? "*" : (origin) => (allowed.includes(origin) ? origin : null),
    allowMethods: ["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
    allowHeaders: [
      "Content-Type",
      "Authorization",
      "Idempotency-Key",
      "X-D1-Bookmark",
      "X-Goalpost-Author",
      "X-Goalpost-SSO",
    ],
    exposeHeaders: ["X-Request-Id", "ETag", "Retry-After", "X-D1-Bookmark"],
    maxAge: 600,
  })(c, next);
};
