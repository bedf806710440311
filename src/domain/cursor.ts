import { validationFailed } from "../errors";
import { base64url } from "./base64url";

/** An opaque cursor: the sort key of the last item served, as base64url JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return base64url(new TextEncoder().encode(JSON.stringify(key)));
}

/**
 * Reads a cursor back and checks its shape (`types`: "s" string, "n" integer per slot).
 * A cursor the server could not have issued is 400 `validation_failed`.
 */
export function decodeCursor(cursor: string, types: readonly ("s" | "n")[]): (string | number)[] {
  const invalid = () => validationFailed([{ path: "cursor", message: "is not a cursor this server issued" }]);
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) throw invalid();
  let value: unknown;
  try {
    const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    value = JSON.parse(
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(
        Uint8Array.from(binary, (ch) => ch.charCodeAt(0)),
      ),
    );
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value.length !== types.length) throw invalid();
  value.forEach((slot, index) => {
    const ok = types[index] === "s" ? typeof slot === "string" && slot.length <= 128 : Number.isSafeInteger(slot);
    if (!ok) throw invalid();
  });
  return value as (string | number)[];
}

/** FNV-1a of a thread key (or comment id), base 36: ties a cursor to what it was issued for. */
export function threadMark(thread: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(thread)) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0;
  return hash.toString(36);
}
