import { zoneFormat } from "./intl";

const DAY_MS = 86_400_000;

export type PeriodKind = "monthly" | "fixed" | "open";

export type PeriodConfig = {
  kind: PeriodKind;
  timeZone: string;
  /** Epoch ms; only `fixed` uses these. */
  startsAt: number | null;
  endsAt: number | null;
};

/** The window of donations that count now: [start, end), either side open when null. */
export type Window = { start: number | null; end: number | null };

type CivilDate = { year: number; month: number; day: number };

/** The calendar date and wall-clock time of `instant` in `timeZone`. */
export function zonedParts(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of zoneFormat(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The zone's offset from UTC at `instant`, in ms (east positive). */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

const civilDay = (d: CivilDate) => Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);

/**
 * The first instant of the civil date in `timeZone`. Tries each offset in force around
 * that date and keeps the earliest instant that falls on it, which also covers days
 * whose midnight is skipped by a DST change.
 */
export function startOfZonedDay(date: CivilDate, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day);
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => offsetAt(wall + shift, timeZone)));
  const target = civilDay(date);
  let best = Number.POSITIVE_INFINITY;
  for (const offset of offsets) {
    const candidate = wall - offset;
    if (civilDay(zonedParts(candidate, timeZone)) === target && candidate < best) best = candidate;
  }
  return Number.isFinite(best) ? best : wall - offsetAt(wall, timeZone);
}

/** The calendar month containing `now` in `timeZone`, as [first instant, first instant of next month). */
export function monthWindow(now: number, timeZone: string): { start: number; end: number } {
  const { year, month } = zonedParts(now, timeZone);
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    start: startOfZonedDay({ year, month, day: 1 }, timeZone),
    end: startOfZonedDay({ ...next, day: 1 }, timeZone),
  };
}

/** The window whose donations count at `now`. */
export function currentWindow(period: PeriodConfig, now: number): Window {
  switch (period.kind) {
    case "monthly":
      return monthWindow(now, period.timeZone);
    case "fixed":
      return { start: period.startsAt, end: period.endsAt };
    case "open":
      return { start: null, end: null };
  }
}

/** True while a stored window still describes the period at `now`. */
export function windowHolds(period: PeriodConfig, window: Window, now: number): boolean {
  if (period.kind !== "monthly") return true;
  return window.start !== null && window.end !== null && window.start <= now && now < window.end;
}

/**
 * Whole days from today to the period's last day, both as calendar dates in the zone,
 * never below 0; null without an end. On January 20 a January window has 11 left.
 */
export function daysLeft(end: number | null, now: number, timeZone: string): number | null {
  if (end === null) return null;
  if (now >= end) return 0;
  const last = civilDay(zonedParts(end - 1, timeZone));
  const today = civilDay(zonedParts(now, timeZone));
  return Math.max(0, last - today);
}
