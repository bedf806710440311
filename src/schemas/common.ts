import { z } from "@hono/zod-openapi";

/** The error envelope of API.md. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "validation_failed" }),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi("Error");

const errorContent = { "application/json": { schema: ErrorSchema } };

/** OpenAPI response entries for the error statuses a route can answer. */
export function errorResponses(...statuses: number[]) {
  const descriptions: Record<number, string> = {
    400: "Invalid JSON or failed validation",
    401: "Token missing or wrong, or X-Goalpost-SSO invalid (invalid_sso)",
    403: "Not allowed",
    404: "Not found",
    409: "Conflict",
    413: "Body over 64 KiB",
    415: "Body is not JSON",
    422: "Idempotency-Key already used for a different request (idempotency_conflict)",
    429: "Rate limited",
    503: "Admin API disabled",
  };
  return Object.fromEntries(
    statuses.map((status) => [status, { description: descriptions[status] ?? "Error", content: errorContent }]),
  );
}

export const IsoTime = z.string().openapi({ format: "date-time", example: "2026-01-20T08:00:00.000Z" });

/** ISO 8601 input with `Z` or an offset, returned as epoch milliseconds. */
export const IsoTimeInput = z.iso
  .datetime({ offset: true })
  .transform((value) => Date.parse(value))
  .openapi({ type: "string", format: "date-time" });

/** A query parameter given empty (`?cursor=&limit=`) counts as not given. */
export const emptyAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);

/** A `limit` query parameter: digits only, within [1, max]; never clamped; empty means the default. */
export const limitParam = (fallback: number, max: number) =>
  emptyAsAbsent(
    z
      .string()
      .regex(/^\d{1,4}$/, "must be a whole number")
      .transform(Number)
      .pipe(z.number().int().min(1).max(max))
      .optional()
      .transform((value) => value ?? fallback),
  ).openapi({ type: "integer", minimum: 1, maximum: max, default: fallback });

export const CursorParam = emptyAsAbsent(z.string().max(512).optional()).openapi({
  type: "string",
  description: "nextCursor of the previous page",
});

/** `content` of a JSON request or response in a route definition. */
export const jsonContent = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

/** OpenAPI security requirement of the owner's routes. */
export const adminSecurity = [{ bearerAuth: [] }];
