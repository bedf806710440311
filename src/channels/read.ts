// Small readers for provider bodies: they never trust a field's type.
import { ApiError, validationFailed } from "../errors";

export type Json = Record<string, unknown>;

export const record = (value: unknown): Json | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : null;

export const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** A string or a number as text (ids that some providers send as numbers). */
export const idText = (value: unknown): string | null =>
  typeof value === "number" && Number.isSafeInteger(value) ? String(value) : text(value);

/** An ISO time (or Unix seconds) as epoch ms, or null. */
export function timeOf(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return Math.round(value * 1000);
  if (typeof value !== "string") return null;
  const ms = Date.parse(value.includes("T") || value.includes("Z") ? value : `${value.replace(" ", "T")}Z`);
  return Number.isNaN(ms) ? null : ms;
}

const decoder = () => new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The body as UTF-8 text, or 400 invalid_json. */
export function bodyText(body: Uint8Array): string {
  try {
    return decoder().decode(body);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid UTF-8");
  }
}

/** The body parsed as a JSON object, or 400 invalid_json. */
export function jsonObject(source: Uint8Array | string): Json {
  let json: unknown;
  try {
    json = JSON.parse(typeof source === "string" ? source : bodyText(source));
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON");
  }
  const object = record(json);
  // JSON of the wrong shape (an array, a string) is JSON: the schema rejects it, as on every JSON route.
  if (!object) throw validationFailed([{ path: "", message: "must be a JSON object" }]);
  return object;
}

export const ignore = (reason: string, paymentKey: string | null = null) => ({
  kind: "ignore" as const,
  reason,
  paymentKey,
});

/** 400 validation_failed naming the field a provider body lacks. */
export const missingField = (path: string) => validationFailed([{ path, message: "is required" }]);
