// Pure logic of the console (no browser): exact money conversion and the campaign body
// the form sends. Runs under the console's vitest config in Node.
import { describe, expect, it } from "vitest";
import { bodyOf, draftOf, emptyDraft } from "../../console/draft";
import { formatMoney, fractionDigits, parseMajor, toMajorString } from "../../console/money";

describe("parseMajor", () => {
  it.each([
    ["19.99", "USD", 1999],
    ["0.1", "USD", 10],
    ["1,5", "EUR", 150],
    ["1 234.56", "USD", 123456],
    ["2500", "USD", 250000],
    [".5", "USD", 50],
    ["1500", "JPY", 1500],
    ["1.234", "KWD", 1234],
    ["0.29", "USD", 29], // 0.29 * 100 is 28.999999999999996 in floating point
    ["10000000000", "USD", 1_000_000_000_000],
  ])("reads %s %s as %i minor units", (input, currency, minor) => {
    expect(parseMajor(input, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ["", "USD", "Enter an amount"],
    ["abc", "USD", "Enter an amount"],
    ["1e3", "USD", "Enter an amount"],
    ["-5", "USD", "Enter an amount"],
    ["1.2.3", "USD", "Enter an amount"],
    ["1,000", "USD", "at most 2 decimal places"],
    ["1.5", "JPY", "JPY has no decimal places"],
    ["0", "USD", "above 0"],
    ["0.00", "USD", "above 0"],
    ["10000000000.01", "USD", "too large"],
    ["99999999999999999999", "USD", "too large"],
  ])("rejects %j in %s", (input, currency, message) => {
    const parsed = parseMajor(input, currency);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});

describe("toMajorString and formatMoney", () => {
  it("writes minor units back exactly", () => {
    expect(toMajorString(1999, "USD")).toBe("19.99");
    expect(toMajorString(5, "USD")).toBe("0.05");
    expect(toMajorString(1500, "JPY")).toBe("1500");
    expect(toMajorString(1234, "KWD")).toBe("1.234");
    expect(fractionDigits("JPY")).toBe(0);
  });

  it("round-trips every cent of a dollar", () => {
    for (let cents = 1; cents < 100; cents++)
      expect(parseMajor(toMajorString(cents, "USD"), "USD")).toEqual({ ok: true, minor: cents });
  });

  it("formats for reading", () => {
    expect(formatMoney(123456, "USD", "en-US")).toBe("$1,234.56");
    expect(formatMoney(1500, "JPY", "en-US")).toBe("¥1,500");
  });
});

describe("bodyOf", () => {
  const draft = {
    ...emptyDraft(),
    slug: "drive",
    title: " Drive ",
    currency: "EUR",
    timeZone: "Europe/Berlin",
    tiers: [
      { amount: "2500", label: "Lights" },
      { amount: "5000", label: "" },
    ],
  };

  it("builds the API body in minor units with null labels", () => {
    expect(bodyOf({ ...draft, kind: "monthly" }, true)).toEqual({
      body: {
        slug: "drive",
        title: "Drive",
        currency: "EUR",
        tiers: [
          { amount: 250000, label: "Lights" },
          { amount: 500000, label: null },
        ],
        period: { kind: "monthly", timeZone: "Europe/Berlin" },
      },
      issues: [],
    });
  });

  it("turns fixed dates into instants in the campaign's zone, the last day inclusive", () => {
    const { body, issues } = bodyOf({ ...draft, kind: "fixed", startDate: "2026-01-01", endDate: "2026-01-31" }, false);
    expect(issues).toEqual([]);
    expect(body.period).toEqual({
      kind: "fixed",
      timeZone: "Europe/Berlin",
      startsAt: "2025-12-31T23:00:00.000Z",
      endsAt: "2026-01-31T23:00:00.000Z",
    });
    expect(body.slug).toBeUndefined();
  });

  it("reports local issues with the API's paths", () => {
    const { issues } = bodyOf(
      {
        ...draft,
        slug: "Bad Slug",
        tiers: [
          { amount: "50", label: "" },
          { amount: "20", label: "" },
          { amount: "x", label: "" },
        ],
        timeZone: "Mars/Base",
        kind: "fixed",
      },
      true,
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      "slug",
      "tiers.2.amount",
      "tiers.1.amount",
      "period.timeZone",
      "period.endsAt",
    ]);
  });

  it("reads a stored fixed campaign back as the same dates", () => {
    const { body } = bodyOf({ ...draft, kind: "fixed", startDate: "2026-03-01", endDate: "2026-03-31" }, false);
    const period = body.period as { startsAt: string; endsAt: string };
    const back = draftOf({
      slug: "drive",
      title: "Drive",
      currency: "EUR",
      tiers: [{ amount: 250000, label: "Lights", reached: false }],
      period: { kind: "fixed", timeZone: "Europe/Berlin", startsAt: period.startsAt, endsAt: period.endsAt },
    } as never);
    expect([back.startDate, back.endDate, back.tiers[0]!.amount]).toEqual(["2026-03-01", "2026-03-31", "2500.00"]);
  });
});
