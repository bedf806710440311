// Provider amounts arrive as decimal strings or numbers in major units ("21.12", 5); the
// ledger counts integer minor units. Converted exactly from the text, never through a float
// product, and only when the currency's minor units are known.

let digitsCache: Map<string, number> | undefined;

/** Minor-unit digits of an ISO 4217 currency (2 for USD, 0 for JPY, 3 for KWD), or null if unknown. */
export function minorDigits(currency: string): number | null {
  digitsCache ??= new Map();
  const known = digitsCache.get(currency);
  if (known !== undefined) return known;
  if (!/^[A-Z]{3}$/.test(currency) || !Intl.supportedValuesOf("currency").includes(currency)) return null;
  const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits;
  const value = digits ?? 2;
  digitsCache.set(currency, value);
  return value;
}

const MAX_AMOUNT = 1_000_000_000_000;

/**
 * "21.12" USD → 2112; "5" USD → 500; 1500 JPY → 1500. Null for a negative, malformed or
 * too precise amount (more decimals than the currency has), or an unknown currency.
 */
export function toMinorUnits(value: unknown, currency: string): number | null {
  const digits = minorDigits(currency);
  if (digits === null) return null;
  let text: string;
  if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else if (typeof value === "string") text = value.trim();
  else return null;
  const match = /^(\d{1,13})(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const [, whole = "", fraction = ""] = match;
  const trimmed = fraction.replace(/0+$/, "");
  if (trimmed.length > digits) return null;
  const minor = Number(whole + trimmed.padEnd(digits, "0"));
  return Number.isSafeInteger(minor) && minor <= MAX_AMOUNT ? minor : null;
}
