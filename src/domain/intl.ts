/** Runtime checks backed by the Workers runtime's full ICU data. */

let currencies: Set<string> | undefined;

/** True for a current ISO 4217 code such as `USD` (not `QQQ`, not `usd`). */
export function isKnownCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(code);
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` giving the calendar parts of an instant in `timeZone`. */
export function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** True for an IANA time zone name the runtime knows. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    zoneFormat(name);
    return true;
  } catch {
    return false;
  }
}
