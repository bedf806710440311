// Money in the console: the API counts integers of minor units, people type major units.
// Conversion goes through strings in both directions, never through floating point, so
// "19.99" USD is exactly 1999 and 1999 is shown as exactly "19.99".

/** Largest amount the API accepts (src/schemas/campaigns.ts MAX_AMOUNT), in minor units. */
export const MAX_AMOUNT = 1_000_000_000_000;

const digitCache = new Map<string, number>();

/** The currency's minor-unit digits as Intl knows them: 2 for USD, 0 for JPY, 3 for KWD. */
export function fractionDigits(currency: string): number {
  let digits = digitCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2; // An unknown code is rejected by the API anyway; keep the form usable.
    }
    digitCache.set(currency, digits);
  }
  return digits;
}

export type Parsed = { ok: true; minor: number } | { ok: false; message: string };

/**
 * Parses a major-unit amount typed by a person ("1234.5", "1234,50", "1 234.50") into
 * minor units of `currency`. One decimal separator (`.` or `,`) at most: a grouping comma
 * such as "1,000" would be ambiguous, so it is rejected as too many decimals for USD.
 */
export function parseMajor(input: string, currency: string): Parsed {
  const digits = fractionDigits(currency);
  const text = input.replace(/[\s\u00a0\u202f'_]/g, "");
  const match = /^(\d*)(?:[.,](\d*))?$/.exec(text);
  if (!text || !match || (!match[1] && !match[2])) return { ok: false, message: "Enter an amount such as 25 or 19.99" };
  const whole = match[1] ?? "";
  const fraction = match[2] ?? "";
  if (fraction.length > digits) {
    return {
      ok: false,
      message: digits === 0 ? `${currency} has no decimal places` : `${currency} has at most ${digits} decimal places`,
    };
  }
  const minorText = (whole + fraction.padEnd(digits, "0")).replace(/^0+(?=\d)/, "");
  // Checked on the digit string first: a number past 2^53 would already be rounded.
  if (minorText.length > String(MAX_AMOUNT).length || Number(minorText) > MAX_AMOUNT)
    return { ok: false, message: "That amount is too large" };
  const minor = Number(minorText);
  if (minor <= 0) return { ok: false, message: "Enter an amount above 0" };
  return { ok: true, minor };
}

/** Minor units as a plain decimal string in major units: 1999 USD → "19.99", 500 JPY → "500". */
export function toMajorString(minor: number, currency: string): string {
  const digits = fractionDigits(currency);
  const negative = minor < 0;
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, "0");
  const major = digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  return negative ? `-${major}` : major;
}

/** Minor units formatted for reading, e.g. "$1,999.00". */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  try {
    // Intl formats a decimal string exactly, so the division never happens in floating point.
    const format = new Intl.NumberFormat(locale, { style: "currency", currency });
    return format.format(toMajorString(minor, currency) as `${number}`);
  } catch {
    return `${toMajorString(minor, currency)} ${currency}`;
  }
}
