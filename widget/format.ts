// Pure formatting: money, plurals, the month in the case its sentence needs, deadlines,
// relative times. Everything comes from Intl, so the locale decides digits and order.
import { type Key, language, pluralForm, strings, type Table } from "./i18n";
import type { Campaign } from "./types";

const HOUR = 3_600_000;

/** Locale-bound formatters and strings; one per widget. */
export class Fmt {
  declare readonly lang: string;
  declare readonly t: (key: Key) => string;
  declare private _plurals: Intl.PluralRules;
  declare private _num: Intl.NumberFormat;

  /** `table` holds the strings of the locale's language (English is built in). */
  declare readonly locale: string;

  constructor(locale: string, table?: Table) {
    this.locale = locale;
    this.lang = language(locale);
    this.t = strings(table);
    this._plurals = new Intl.PluralRules(locale);
    this._num = new Intl.NumberFormat(locale);
  }

  /** A counted phrase, e.g. "11 days left" or "Осталось 11 дней". */
  count(key: Key, n: number): string {
    return pluralForm(this.t("plurals"), this.t(key), this._plurals.select(n)).replace("#", this._num.format(n));
  }

  /** A money formatter for minor units of `currency`; whole amounts drop the decimals. */
  money(currency: string): (minor: number) => string {
    const format = new Intl.NumberFormat(this.locale, {
      style: "currency",
      currency,
      trailingZeroDisplay: "stripIfInteger",
    });
    const scale = 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2);
    return (minor) => format.format(minor / scale);
  }

  percent(value: number): string {
    return new Intl.NumberFormat(this.locale, { style: "percent" }).format(value / 100);
  }

  /**
   * The Gregorian month of `at` in `timeZone` (fa and ar-SA default to other calendars), in
   * the form "until the end of <month>" needs. The month of a day+month format is the
   * genitive where a language has one (ru "января", uk "січня", pl "stycznia"); in zh/ja
   * it is the number ("1", the pack adds "月"); French elides "de" before a vowel ("d’avril").
   */
  monthOf(at: number, timeZone: string): string {
    const parts = new Intl.DateTimeFormat(this.locale, {
      day: "numeric",
      month: "long",
      timeZone,
      calendar: "gregory",
    }).formatToParts(at);
    const month = parts.find((part) => part.type === "month")?.value ?? "";
    if (this.lang !== "fr") return month;
    return /^[aeiouyh]/i.test(month) ? `d’${month}` : `de ${month}`;
  }

  /** The deadline phrase at `now` (the server's clock, advanced by elapsed time). */
  deadline(c: Campaign, now: number): string {
    const end = c.period.endsAt ? Date.parse(c.period.endsAt) : null;
    if (c.ended || (end !== null && now >= end)) return this.t("ended");
    if (c.daysLeft === null || end === null) return "";
    if (c.daysLeft > 0) {
      const days = this.count("days", c.daysLeft);
      if (c.period.kind !== "monthly") return days;
      return this.t("untilEnd")
        .replace("{d}", days)
        .replace("{m}", this.monthOf(end - 1, c.period.timeZone));
    }
    const left = end - now;
    const rest =
      left >= HOUR ? this.count("hours", Math.floor(left / HOUR)) : this.count("minutes", Math.ceil(left / 60_000));
    return `${this.t("lastDay")} · ${rest}`;
  }

  /** "3 hours ago" for `iso` seen at `now`; the future is clamped to now (clock skew). */
  relative(iso: string, now: number): string {
    const rtf = new Intl.RelativeTimeFormat(this.locale, { numeric: "auto" });
    const seconds = Math.min(0, (Date.parse(iso) - now) / 1000);
    for (const [unit, size] of UNITS) {
      if (-seconds >= size) return rtf.format(Math.round(seconds / size), unit);
    }
    return rtf.format(0, "second");
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 31_536_000],
  ["month", 2_592_000],
  ["week", 604_800],
  ["day", 86_400],
  ["hour", 3600],
  ["minute", 60],
];
