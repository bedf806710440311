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
  // The API contract names the charset (Hono's c.json sends the bare type): every JSON body
  // the worker answers says it, a 404 outside /api/ and the JSON files it serves included.
  if (headers.get("Content-Type") === "application/json")
    headers.set("Content-Type", "application/json; charset=utf-8");
};

// A client's X-Request-Id lands in our logs: kept only when it is plainly an id, so nobody
// chooses log lines (newlines, escapes, other requests' ids by shape) for us.
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Sets `requestId` (the client's when well-formed, else a fresh UUID) and echoes it as
 * X-Request-Id on the response, set after the handler like the security headers: so it is
 * on every answer, a Response a handler built itself (the static assets') included.
 */
export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const sent = c.req.header("x-request-id");
  const id = sent !== undefined && CLIENT_REQUEST_ID.test(sent) ? sent : crypto.randomUUID();
  c.set("requestId", id);
  await next();
  c.res.headers.set("X-Request-Id", id);
};
