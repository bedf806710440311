import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { admin, call, createCampaign, errorOf, uniqueSlug } from "./helpers";
import { snapshot } from "./storage";

const valid = (slug = uniqueSlug()) => ({
  slug,
  title: "January drive",
  currency: "EUR",
  tiers: [
    { amount: 250000, label: "Lights on" },
    { amount: 500000, label: "A reporter" },
  ],
  period: { kind: "monthly", timeZone: "Europe/Berlin" },
});

describe("POST /api/v1/admin/campaigns", () => {
  it("creates a campaign and answers 201 with the public shape", async () => {
    const body = valid();
    const res = await admin("POST", "/api/v1/admin/campaigns", { body });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ slug: body.slug, currency: "EUR", raised: 0, goal: 500000, percent: 0 });
    expect(res.json.tiers).toHaveLength(2);
    expect((await call("GET", `/api/v1/campaigns/${body.slug}`)).status).toBe(200);
  });

  it("defaults the time zone to UTC and a missing label to null", async () => {
    const res = await admin("POST", "/api/v1/admin/campaigns", {
      body: { ...valid(), tiers: [{ amount: 100 }], period: { kind: "monthly" } },
    });
    expect(res.status).toBe(201);
    expect(res.json.period.timeZone).toBe("UTC");
    expect(res.json.tiers[0].label).toBeNull();
  });

  it("answers 409 conflict when the slug is taken and keeps the first campaign", async () => {
    const body = valid();
    await admin("POST", "/api/v1/admin/campaigns", { body });
    const before = await snapshot();
    const res = await admin("POST", "/api/v1/admin/campaigns", { body: { ...body, title: "Other" } });
    expect(res.status).toBe(409);
    expect(errorOf(res).code).toBe("conflict");
    expect(await snapshot()).toEqual(before);
    expect((await call("GET", `/api/v1/campaigns/${body.slug}`)).json.title).toBe("January drive");
  });

  it("lists every failing field in one 400 and stores nothing", async () => {
    const before = await snapshot();
    const res = await admin("POST", "/api/v1/admin/campaigns", {
      body: {
        slug: "Bad Slug",
        title: "",
        currency: "QQQ",
        tiers: [{ amount: 500 }, { amount: 500 }, { amount: -1 }, { amount: 1.5 }],
        period: { kind: "monthly", timeZone: "Mars/Olympus" },
      },
    });
    expect(res.status).toBe(400);
    const error = errorOf(res);
    expect(error.code).toBe("validation_failed");
    const paths = error.issues!.map((issue) => issue.path);
    for (const path of [
      "slug",
      "title",
      "currency",
      "tiers.1.amount",
      "tiers.2.amount",
      "tiers.3.amount",
      "period.timeZone",
    ]) {
      expect(paths).toContain(path);
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["no tiers", { tiers: [] }, "tiers"],
    ["eleven tiers", { tiers: Array.from({ length: 11 }, (_, i) => ({ amount: (i + 1) * 100 })) }, "tiers"],
    ["descending tiers", { tiers: [{ amount: 500 }, { amount: 100 }] }, "tiers.1.amount"],
    ["a string amount", { tiers: [{ amount: "100" }] }, "tiers.0.amount"],
    ["lowercase currency", { currency: "usd" }, "currency"],
    ["an unknown period kind", { period: { kind: "weekly" } }, "period.kind"],
    ["a fixed period without endsAt", { period: { kind: "fixed" } }, "period.endsAt"],
    [
      "a fixed period ending before it starts",
      { period: { kind: "fixed", startsAt: "2026-02-01T00:00:00Z", endsAt: "2026-01-01T00:00:00Z" } },
      "period.endsAt",
    ],
    ["a date that is not ISO 8601", { period: { kind: "fixed", endsAt: "next tuesday" } }, "period.endsAt"],
    ["a slug over 64 chars", { slug: "a".repeat(65) }, "slug"],
    ["a missing title", { title: undefined }, "title"],
  ])("rejects %s with 400 validation_failed naming the field", async (_name, patch, path) => {
    const before = await snapshot();
    const res = await admin("POST", "/api/v1/admin/campaigns", { body: { ...valid(), ...patch } });
    expect(res.status).toBe(400);
    const error = errorOf(res);
    expect(error.code).toBe("validation_failed");
    expect(error.issues!.map((issue) => issue.path)).toContain(path);
    expect(await snapshot()).toEqual(before);
  });
});

describe("GET /api/v1/admin/campaigns", () => {
  it("lists campaigns with their progress", async () => {
    const slug = await createCampaign();
    const res = await admin("GET", "/api/v1/admin/campaigns");
    expect(res.status).toBe(200);
    const found = res.json.campaigns.find((c: { slug: string }) => c.slug === slug);
    expect(found).toMatchObject({ slug, raised: 0, goal: 500000 });
  });
});

describe("PATCH /api/v1/admin/campaigns/:slug", () => {
  it("updates only the given fields", async () => {
    const slug = await createCampaign();
    const res = await admin("PATCH", `/api/v1/admin/campaigns/${slug}`, {
      body: { title: "New title", tiers: [{ amount: 100000, label: "First" }, { amount: 200000 }, { amount: 300000 }] },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ title: "New title", currency: "USD", goal: 300000 });
    expect(res.json.tiers.map((t: { amount: number }) => t.amount)).toEqual([100000, 200000, 300000]);
    expect(res.json.period.kind).toBe("open");
  });

  it("changes the period and its time zone", async () => {
    const slug = await createCampaign();
    const res = await admin("PATCH", `/api/v1/admin/campaigns/${slug}`, {
      body: { period: { kind: "monthly", timeZone: "Asia/Kolkata" } },
    });
    expect(res.status).toBe(200);
    expect(res.json.period.timeZone).toBe("Asia/Kolkata");
    expect(res.json.period.endsAt).toMatch(/T18:30:00\.000Z$/);
  });

  it("keeps every field of concurrent patches that name different fields", async () => {
    const slug = await createCampaign();
    const titles = ["One", "Two", "Three", "Four", "Five"];
    const goals = [600000, 700000, 800000, 900000, 1000000];
    const answers = await Promise.all(
      titles.flatMap((title, i) => [
        admin("PATCH", `/api/v1/admin/campaigns/${slug}`, { body: { title } }),
        admin("PATCH", `/api/v1/admin/campaigns/${slug}`, { body: { tiers: [{ amount: goals[i]! }] } }),
      ]),
    );
    expect(answers.every((res) => res.status === 200)).toBe(true);
    // Whichever patch came last, no patch of the other field may have written back an older value.
    const stored = (await call("GET", `/api/v1/campaigns/${slug}?bookmark=first-primary`)).json;
    expect(titles).toContain(stored.title);
    expect(goals).toContain(stored.goal);
  });

  it("answers an empty patch with the campaign as it is, writing nothing", async () => {
    const slug = await createCampaign();
    const shown = (await call("GET", `/api/v1/campaigns/${slug}`)).json;
    const before = await snapshot();
    const res = await admin("PATCH", `/api/v1/admin/campaigns/${slug}`, { body: {} });
    expect(res.status).toBe(200);
    // The same campaign, updatedAt included; only the answer's own time (asOf) moves.
    expect({ ...res.json, asOf: null }).toEqual({ ...shown, asOf: null });
    expect(await snapshot()).toEqual(before);
    expect((await admin("PATCH", "/api/v1/admin/campaigns/nope-nope", { body: {} })).status).toBe(404);
  });

  it("answers 404 for an unknown campaign and 400 for bad fields, changing nothing", async () => {
    const slug = await createCampaign();
    const before = await snapshot();
    const missing = await admin("PATCH", "/api/v1/admin/campaigns/nope-nope", { body: { title: "x" } });
    expect(missing.status).toBe(404);
    expect(errorOf(missing).code).toBe("not_found");
    const bad = await admin("PATCH", `/api/v1/admin/campaigns/${slug}`, { body: { title: "ok", currency: "QQQ" } });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).issues!.map((issue) => issue.path)).toEqual(["currency"]);
    expect(await snapshot()).toEqual(before);
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).json.title).toBe("Support our reporting");
  });
});

describe("DELETE /api/v1/admin/campaigns/:slug", () => {
  it("removes the campaign and its ledger", async () => {
    const slug = await createCampaign();
    await admin("POST", `/api/v1/admin/campaigns/${slug}/donations`, { body: { amount: 5 } });
    const res = await admin("DELETE", `/api/v1/admin/campaigns/${slug}`);
    expect(res.status).toBe(204);
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).status).toBe(404);
    const left = await env.DB.prepare(
      "SELECT (SELECT COUNT(*) FROM campaigns WHERE slug = ?1) + (SELECT COUNT(*) FROM donations d WHERE NOT EXISTS (SELECT 1 FROM campaigns c WHERE c.id = d.campaign_id)) AS n",
    )
      .bind(slug)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it("answers 404 when there is nothing to delete", async () => {
    const res = await admin("DELETE", "/api/v1/admin/campaigns/never-existed");
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe("not_found");
  });
});
