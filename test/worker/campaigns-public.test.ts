import { afterEach, describe, expect, it, vi } from "vitest";
import { admin, call, createCampaign, errorOf } from "./helpers";

afterEach(() => vi.useRealTimers());

const setNow = (iso: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(iso));
};

const donate = (slug: string, body: Record<string, unknown>) =>
  admin("POST", `/api/v1/admin/campaigns/${slug}/donations`, { body });

describe("GET /api/v1/campaigns/:slug", () => {
  it("returns the progress shape of API.md for a monthly campaign on January 20", async () => {
    setNow("2026-01-20T09:15:02.113Z");
    const slug = await createCampaign({ period: { kind: "monthly", timeZone: "Europe/Berlin" } });
    await donate(slug, { amount: 50000, donor: "Ann" });
    await donate(slug, { amount: 40000 });
    const res = await call("GET", `/api/v1/campaigns/${slug}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      slug,
      title: "Support our reporting",
      currency: "USD",
      raised: 90000,
      donorCount: 2,
      goal: 500000,
      percent: 18,
      tiers: [
        { amount: 250000, label: "Keep the lights on", reached: false },
        { amount: 500000, label: null, reached: false },
      ],
      nextTier: { amount: 250000, label: "Keep the lights on", remaining: 160000 },
      period: {
        kind: "monthly",
        timeZone: "Europe/Berlin",
        startsAt: "2025-12-31T23:00:00.000Z",
        endsAt: "2026-01-31T23:00:00.000Z",
      },
      daysLeft: 11,
      ended: false,
      updatedAt: "2026-01-20T09:15:02.113Z",
      asOf: "2026-01-20T09:15:02.113Z",
    });
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("does not count a donation dated last month in this month's total", async () => {
    setNow("2026-02-10T12:00:00Z");
    const slug = await createCampaign({ period: { kind: "monthly", timeZone: "America/New_York" } });
    await donate(slug, { amount: 1000, at: "2026-01-31T23:30:00-05:00" }); // Jan 31 in New York
    await donate(slug, { amount: 2000, at: "2026-02-01T00:00:00-05:00" }); // first instant of February
    const res = await call("GET", `/api/v1/campaigns/${slug}`);
    expect(res.json.raised).toBe(2000);
    expect(res.json.donorCount).toBe(1);
  });

  it("resets on the 1st: a new month starts from zero and the window moves", async () => {
    setNow("2026-01-31T12:00:00Z");
    const slug = await createCampaign({ period: { kind: "monthly" } });
    await donate(slug, { amount: 7000 });
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).json).toMatchObject({ raised: 7000, daysLeft: 0 });
    setNow("2026-02-01T00:00:01Z");
    const res = await call("GET", `/api/v1/campaigns/${slug}`);
    expect(res.json).toMatchObject({ raised: 0, donorCount: 0, daysLeft: 27 });
    expect(res.json.period.startsAt).toBe("2026-02-01T00:00:00.000Z");
  });

  it("counts a fixed window [startsAt, endsAt) and reports ended after it", async () => {
    setNow("2026-03-10T00:00:00Z");
    const slug = await createCampaign({
      period: { kind: "fixed", startsAt: "2026-03-01T00:00:00Z", endsAt: "2026-03-15T00:00:00Z" },
    });
    await donate(slug, { amount: 100, at: "2026-02-28T23:59:59Z" });
    await donate(slug, { amount: 200, at: "2026-03-01T00:00:00Z" });
    await donate(slug, { amount: 400, at: "2026-03-14T23:59:59Z" });
    await donate(slug, { amount: 800, at: "2026-03-15T00:00:00Z" });
    const during = await call("GET", `/api/v1/campaigns/${slug}`);
    expect(during.json).toMatchObject({ raised: 600, donorCount: 2, daysLeft: 4, ended: false });
    expect(during.json.period).toEqual({
      kind: "fixed",
      timeZone: "UTC",
      startsAt: "2026-03-01T00:00:00.000Z",
      endsAt: "2026-03-15T00:00:00.000Z",
    });
    setNow("2026-03-15T00:00:00Z");
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).json).toMatchObject({
      daysLeft: 0,
      ended: true,
      raised: 600,
    });
  });

  it("counts every donation of an open campaign, with no deadline", async () => {
    const slug = await createCampaign({ period: { kind: "open" } });
    await donate(slug, { amount: 300000, at: "2019-05-01T00:00:00Z" });
    await donate(slug, { amount: 260000 });
    const res = await call("GET", `/api/v1/campaigns/${slug}`);
    expect(res.json).toMatchObject({ raised: 560000, percent: 112, daysLeft: null, ended: false, nextTier: null });
    expect(res.json.period).toEqual({ kind: "open", timeZone: "UTC", startsAt: null, endsAt: null });
    expect(res.json.tiers.map((t: { reached: boolean }) => t.reached)).toEqual([true, true]);
  });

  it("matches slugs exactly: another case is 404 not_found", async () => {
    const slug = await createCampaign();
    const res = await call("GET", `/api/v1/campaigns/${slug.toUpperCase()}`);
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe("not_found");
  });

  it("answers 404 for an unknown campaign with the envelope and a request id", async () => {
    const res = await call("GET", "/api/v1/campaigns/no-such-campaign");
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe("not_found");
    expect(res.headers.get("x-request-id")).toMatch(/^[\w-]{8,}$/);
  });
});
