import type { MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import { ApiError } from "../errors";

export const MAX_BODY_BYTES = 64 * 1024;
/** How much of an oversized streamed body is read and dropped before the connection is given up. */
const DRAIN_LIMIT = 8 * 1024 * 1024;

const tooLarge = () => new ApiError(413, "payload_too_large", `The request body is over ${MAX_BODY_BYTES} bytes`);

/**
 * Reads the rest of a body we refuse and drops it. Answering before the client finished
 * sending leaves the connection half-read, and `wrangler dev`'s proxy then stalls the next
 * request; past DRAIN_LIMIT the stream is cancelled instead.
 */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, read: number) {
  while (read <= DRAIN_LIMIT) {
    const { done, value } = await reader.read();
    if (done) return;
    read += value.byteLength;
  }
  await reader.cancel();
}

/**
 * 413 on more than 64 KiB actually received: a declared Content-Length is checked first, a
 * chunked body is counted as it streams (and buffered, so handlers read it as usual).
 */
export const limitBody: MiddlewareHandler = async (c, next) => {
  const body = c.req.raw.body;
  if (!body) return next();
  const declared = c.req.header("content-length");
  if (declared !== undefined && !c.req.header("transfer-encoding")) {
    if (Number(declared) > MAX_BODY_BYTES) throw tooLarge();
    return next();
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await drain(reader, size);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const buffer = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    buffer.set(chunk, offset);
    offset += chunk.byteLength;
  }
  c.req.raw = new Request(c.req.raw, { body: buffer });
  return next();
};

/** True when a route (not only middleware) answers this method and path. */
const routed = (c: Parameters<MiddlewareHandler>[0]) => matchedRoutes(c).some((route) => route.method !== "ALL");

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * JSON endpoints take JSON only: a body of another type is 415, a body that does not
 * parse is 400 `invalid_json`. Parsing here caches the value for the zod validator.
 */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const method = c.req.method;
  if (method !== "POST" && method !== "PUT" && method !== "PATCH") return next();
  // No such route: the 404 of the unknown route says more than a 415 about its body.
  if (!routed(c)) return next();
  const type = c.req.header("content-type") ?? "";
  if (c.req.raw.body === null && type === "") {
    throw new ApiError(400, "invalid_json", "The request has no body; send JSON");
  }
  if (!JSON_TYPE.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as application/json");
  }
  let value: unknown;
  try {
    value = JSON.parse(await c.req.raw.clone().text(), wellFormed);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON");
  }
  // The validator reads the cleaned body: a lone surrogate (`"\ud800"` is valid JSON, not
  // Unicode text) would otherwise be stored as three U+FFFD and read back longer than sent.
  c.req.raw = new Request(c.req.raw, { body: JSON.stringify(value) });
  return next();
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** JSON.parse reviver: every string well-formed UTF-16, a lone surrogate replaced by U+FFFD. */
const wellFormed = (_key: string, value: unknown) =>
  typeof value === "string" ? value.replace(LONE_SURROGATE, "\uFFFD") : value;
