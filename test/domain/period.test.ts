import { describe, expect, it } from "vitest";
import { currentWindow, daysLeft, monthWindow, startOfZonedDay, windowHolds } from "../../src/domain/period";

const at = (iso: string) => Date.parse(iso);
const isoOf = (ms: number) => new Date(ms).toISOString();

describe("monthWindow", () => {
  it("gives Berlin's January as [Dec 31 23:00Z, Jan 31 23:00Z)", () => {
    const w = monthWindow(at("2026-01-20T09:15:02.113Z"), "Europe/Berlin");
    expect(isoOf(w.start)).toBe("2025-12-31T23:00:00.000Z");
    expect(isoOf(w.end)).toBe("2026-01-31T23:00:00.000Z");
  });

  it("rolls Dec into Jan of the next year", () => {
    const w = monthWindow(at("2026-12-15T12:00:00Z"), "UTC");
    expect(isoOf(w.start)).toBe("2026-12-01T00:00:00.000Z");
    expect(isoOf(w.end)).toBe("2027-01-01T00:00:00.000Z");
  });

  it("uses the zone's date, not UTC's, near the month boundary", () => {
    // 2026-02-01T05:00Z is still January 31 in New York.
    const w = monthWindow(at("2026-02-01T04:59:59Z"), "America/New_York");
    expect(isoOf(w.start)).toBe("2026-01-01T05:00:00.000Z");
    expect(isoOf(w.end)).toBe("2026-02-01T05:00:00.000Z");
  });

  it("covers a month with a DST change (New York, March 2026)", () => {
    const w = monthWindow(at("2026-03-20T12:00:00Z"), "America/New_York");
    expect(isoOf(w.start)).toBe("2026-03-01T05:00:00.000Z");
    expect(isoOf(w.end)).toBe("2026-04-01T04:00:00.000Z");
  });

  it("handles zones far from UTC", () => {
    const kiritimati = monthWindow(at("2026-01-31T10:00:00Z"), "Pacific/Kiritimati"); // UTC+14: already Feb 1
    expect(isoOf(kiritimati.start)).toBe("2026-01-31T10:00:00.000Z");
    expect(isoOf(kiritimati.end)).toBe("2026-02-28T10:00:00.000Z");
    const pago = monthWindow(at("2026-02-01T10:00:00Z"), "Pacific/Pago_Pago"); // UTC-11: still Jan 31
    expect(isoOf(pago.start)).toBe("2026-01-01T11:00:00.000Z");
    expect(isoOf(pago.end)).toBe("2026-02-01T11:00:00.000Z");
    const kolkata = monthWindow(at("2026-06-10T00:00:00Z"), "Asia/Kolkata"); // UTC+5:30
    expect(isoOf(kolkata.start)).toBe("2026-05-31T18:30:00.000Z");
    expect(isoOf(kolkata.end)).toBe("2026-06-30T18:30:00.000Z");
  });
});

describe("startOfZonedDay", () => {
  it("finds the first instant of a day whose midnight is skipped (Santiago DST start)", () => {
    // Chile springs forward at 00:00 local on 2026-09-06: the day begins at 01:00 (-03).
    const start = startOfZonedDay({ year: 2026, month: 9, day: 6 }, "America/Santiago");
    expect(isoOf(start)).toBe("2026-09-06T04:00:00.000Z");
  });
});

describe("daysLeft", () => {
  const january = (tz: string, now: string) => {
    const w = monthWindow(at(now), tz);
    return daysLeft(w.end, at(now), tz);
  };

  it("is 11 on January 20 and 0 on January 31", () => {
    expect(january("Europe/Berlin", "2026-01-20T09:15:02.113Z")).toBe(11);
    expect(january("Europe/Berlin", "2026-01-31T12:00:00Z")).toBe(0);
    expect(january("Europe/Berlin", "2026-01-01T00:00:00+01:00")).toBe(30);
  });

  it("counts February 29 in a leap year", () => {
    expect(january("UTC", "2028-02-01T00:00:00Z")).toBe(28);
    expect(january("UTC", "2028-02-29T23:59:59Z")).toBe(0);
    expect(january("UTC", "2027-02-01T00:00:00Z")).toBe(27);
  });

  it("counts calendar days in the campaign's zone, not UTC", () => {
    // 2026-01-20T20:00Z is already January 21 in Kiritimati (UTC+14) and still January 20 in Pago Pago.
    expect(january("Pacific/Kiritimati", "2026-01-20T20:00:00Z")).toBe(10);
    expect(january("Pacific/Pago_Pago", "2026-01-20T20:00:00Z")).toBe(11);
    expect(january("Asia/Kolkata", "2026-01-20T19:00:00Z")).toBe(10); // 00:30 on Jan 21 in Kolkata
  });

  it("is unaffected by a DST change inside the period", () => {
    expect(january("Europe/Berlin", "2026-03-20T12:00:00Z")).toBe(11);
    expect(january("America/New_York", "2026-11-01T12:00:00Z")).toBe(29);
  });

  it("never goes below 0 and is null without an end", () => {
    expect(daysLeft(at("2026-01-01T00:00:00Z"), at("2026-03-01T00:00:00Z"), "UTC")).toBe(0);
    expect(daysLeft(null, Date.now(), "UTC")).toBeNull();
  });

  it("treats a fixed end as exclusive: ending at midnight leaves the previous day as the last", () => {
    expect(daysLeft(at("2026-02-01T00:00:00Z"), at("2026-01-30T10:00:00Z"), "UTC")).toBe(1);
  });
});

describe("currentWindow / windowHolds", () => {
  it("keeps fixed and open windows and detects a monthly window that has passed", () => {
    const fixed = { kind: "fixed" as const, timeZone: "UTC", startsAt: 1, endsAt: 2 };
    expect(currentWindow(fixed, 5)).toEqual({ start: 1, end: 2 });
    expect(currentWindow({ kind: "open", timeZone: "UTC", startsAt: null, endsAt: null }, 5)).toEqual({
      start: null,
      end: null,
    });
    const monthly = { kind: "monthly" as const, timeZone: "UTC", startsAt: null, endsAt: null };
    const jan = currentWindow(monthly, at("2026-01-15T00:00:00Z"));
    expect(windowHolds(monthly, jan, at("2026-01-31T23:59:59Z"))).toBe(true);
    expect(windowHolds(monthly, jan, at("2026-02-01T00:00:00Z"))).toBe(false);
  });
});
