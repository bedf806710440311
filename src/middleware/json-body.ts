import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../errors";

export const MAX_BODY_BYTES = 64 * 1024;

/** 413 on more than 64 KiB actually received (chunked bodies are counted as they stream). */
export const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ApiError(413, "payload_too_large", `The request body is over ${MAX_BODY_BYTES} bytes`);
  },
});

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * JSON endpoints take JSON only: a body of another type is 415, a body that does not
 * parse is 400 `invalid_json`. Parsing here caches the value for the zod validator.
 */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const method = c.req.method;
  if (method !== "POST" && method !== "PUT" && method !== "PATCH") return next();
  const type = c.req.header("content-type") ?? "";
  if (c.req.raw.body === null && type === "") {
    throw new ApiError(400, "invalid_json", "The request has no body; send JSON");
  }
  if (!JSON_TYPE.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as application/json");
  }
  try {
    await c.req.json();
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON");
  }
  return next();
};
