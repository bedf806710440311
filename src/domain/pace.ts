// The pace of the current period, for the console's chart: money raised per day
// (cumulative) in the campaign's time zone, the straight line to the top tier, what each
// remaining day needs and where the current pace ends. Pure: time comes in as `now`.
import { zonedParts } from "./period";

const DAY_MS = 86_400_000;
/** An open campaign's chart shows at most this many days. */
export const OPEN_DAYS = 90;

export type PaceDay = { date: string; amount: number; total: number };

export type Pace = {
  goal: number;
  raised: number;
  /** First and last day of the chart (the period's, when it has an end), YYYY-MM-DD. */
  start: string;
  end: string | null;
  /** One entry per day from `start` to today (or the period's last day). */
  days: PaceDay[];
  totalDays: number | null;
  /** Days left including today; null without an end. */
  remainingDays: number | null;
  /** What each remaining day needs to reach the goal; null without an end or once ended. */
  neededPerDay: number | null;
  /** Where the average so far ends by the period's last day; null without an end or once ended. */
  projection: { amount: number; by: string } | null;
};

type Input = {
  donations: { at: number; amount: number }[];
  window: { start: number | null; end: number | null };
  timeZone: string;
  goal: number;
  now: number;
};

const dayOf = (instant: number, timeZone: string) => {
  const p = zonedParts(instant, timeZone);
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / DAY_MS);
};
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The pace of a period at `now` from its donations (any order). */
export function computePace({ donations, window, timeZone, goal, now }: Input): Pace {
  const today = dayOf(now, timeZone);
  const endDay = window.end === null ? null : dayOf(window.end - 1, timeZone);
  const first = donations.reduce((min, d) => Math.min(min, d.at), now);
  const startDay =
    window.start !== null ? dayOf(window.start, timeZone) : Math.max(dayOf(first, timeZone), today - OPEN_DAYS + 1);
  const lastShown = endDay === null ? today : Math.min(today, endDay);

  const perDay = new Map<number, number>();
  let before = 0;
  for (const d of donations) {
    const day = dayOf(d.at, timeZone);
    if (day < startDay) before += d.amount;
    else if (day <= lastShown) perDay.set(day, (perDay.get(day) ?? 0) + d.amount);
  }
  const days: PaceDay[] = [];
  let total = before;
  for (let day = startDay; day <= lastShown; day++) {
    const amount = perDay.get(day) ?? 0;
    total += amount;
    days.push({ date: dateOf(day), amount, total });
  }
  const raised = total;

  const ended = window.end !== null && now >= window.end;
  const totalDays = endDay === null ? null : endDay - startDay + 1;
  const remainingDays = endDay === null ? null : ended ? 0 : endDay - today + 1;
  const elapsed = Math.max(1, lastShown - startDay + 1);
  const open = remainingDays !== null && remainingDays > 0;
  return {
    goal,
    raised,
    start: dateOf(startDay),
    end: endDay === null ? null : dateOf(endDay),
    days,
    totalDays,
    remainingDays,
    neededPerDay: open ? Math.ceil(Math.max(0, goal - raised) / remainingDays) : null,
    projection:
      open && totalDays !== null && endDay !== null
        ? { amount: Math.round((raised / elapsed) * totalDays), by: dateOf(endDay) }
        : null,
  };
}
