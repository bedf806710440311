import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export type ErrorCode =
  | "invalid_json"
  | "validation_failed"
  | "unauthorized"
  | "forbidden"
  | "edit_window_closed"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "admin_disabled"
  | "internal";

export type Issue = { path: string; message: string };

/** The one error type of the API; rendered by `errorResponse` into the envelope of API.md. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode | (string & {}),
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} not found`);

export const validationFailed = (issues: Issue[]) =>
  new ApiError(400, "validation_failed", "The request is not valid", issues);

/** Renders an ApiError as `{ error: { code, message, issues? } }`. */
export function errorResponse(c: Context, err: ApiError): Response {
  for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
  const body: { code: string; message: string; issues?: Issue[] } = { code: err.code, message: err.message };
  if (err.issues) body.issues = err.issues;
  return c.json({ error: body }, err.status);
}
