import { describe, expect, it } from "vitest";
import { computePace } from "../../src/domain/pace";

const at = (iso: string) => Date.parse(iso);
// January 2026 in UTC: 31 days.
const window = { start: at("2026-01-01T00:00:00Z"), end: at("2026-02-01T00:00:00Z") };

describe("computePace", () => {
  it("sums donations per day cumulatively up to today", () => {
    const pace = computePace({
      donations: [
        { at: at("2026-01-02T10:00:00Z"), amount: 1000 },
        { at: at("2026-01-02T23:00:00Z"), amount: 500 },
        { at: at("2026-01-04T08:00:00Z"), amount: 2000 },
      ],
      window,
      timeZone: "UTC",
      goal: 100_000,
      now: at("2026-01-05T12:00:00Z"),
    });
    expect(pace.days.map((d) => [d.date, d.amount, d.total])).toEqual([
      ["2026-01-01", 0, 0],
      ["2026-01-02", 1500, 1500],
      ["2026-01-03", 0, 1500],
      ["2026-01-04", 2000, 3500],
      ["2026-01-05", 0, 3500],
    ]);
    expect(pace.raised).toBe(3500);
    expect(pace.start).toBe("2026-01-01");
    expect(pace.end).toBe("2026-01-31");
  });

  it("divides what is missing by the remaining days, today included, and projects the average", () => {
    const pace = computePace({
      donations: [{ at: at("2026-01-10T12:00:00Z"), amount: 31_000 }],
      window,
      timeZone: "UTC",
      goal: 100_000,
      now: at("2026-01-10T18:00:00Z"),
    });
    expect(pace.totalDays).toBe(31);
    expect(pace.remainingDays).toBe(22);
    expect(pace.neededPerDay).toBe(Math.ceil(69_000 / 22));
    // 31,000 over 10 days → 3,100 a day → 96,100 by Jan 31.
    expect(pace.projection).toEqual({ amount: 96_100, by: "2026-01-31" });
  });

  it("buckets days in the campaign's time zone", () => {
    const pace = computePace({
      donations: [{ at: at("2026-01-02T23:30:00Z"), amount: 700 }],
      window: { start: at("2025-12-31T23:00:00Z"), end: at("2026-01-31T23:00:00Z") },
      timeZone: "Europe/Berlin",
      goal: 10_000,
      now: at("2026-01-03T12:00:00Z"),
    });
    expect(pace.days.find((d) => d.amount > 0)?.date).toBe("2026-01-03");
  });

  it("needs nothing more once the goal is reached, and projects nothing once the period ended", () => {
    const reached = computePace({
      donations: [{ at: at("2026-01-03T00:00:00Z"), amount: 200_000 }],
      window,
      timeZone: "UTC",
      goal: 100_000,
      now: at("2026-01-05T00:00:00Z"),
    });
    expect(reached.neededPerDay).toBe(0);
    const ended = computePace({
      donations: [],
      window,
      timeZone: "UTC",
      goal: 100_000,
      now: at("2026-02-03T00:00:00Z"),
    });
    expect(ended).toMatchObject({ remainingDays: 0, neededPerDay: null, projection: null });
    expect(ended.days).toHaveLength(31);
  });

  it("shows an open campaign's last 90 days at most, counting older money in the first total", () => {
    const pace = computePace({
      donations: [
        { at: at("2025-01-01T00:00:00Z"), amount: 400 },
        { at: at("2026-01-05T00:00:00Z"), amount: 100 },
      ],
      window: { start: null, end: null },
      timeZone: "UTC",
      goal: 1000,
      now: at("2026-01-10T00:00:00Z"),
    });
    expect(pace.days).toHaveLength(90);
    expect(pace.days[0]?.total).toBe(400);
    expect(pace.raised).toBe(500);
    expect(pace).toMatchObject({ end: null, remainingDays: null, neededPerDay: null, projection: null });
  });
});
