import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { admin, call, createCampaign, errorOf } from "./helpers";
import { snapshot } from "./storage";

const path = (slug: string) => `/api/v1/admin/campaigns/${slug}/donations`;

describe("POST /api/v1/admin/campaigns/:slug/donations", () => {
  it("records a donation with 201 and moves the public total", async () => {
    const slug = await createCampaign();
    const res = await admin("POST", path(slug), {
      body: { amount: 2500, donor: "Ann", message: "Keep going", at: "2026-01-05T10:00:00+01:00" },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      amount: 2500,
      currency: "USD",
      donor: "Ann",
      message: "Keep going",
      at: "2026-01-05T09:00:00.000Z",
      source: "manual",
    });
    expect(res.json.id).toMatch(/^d_/);
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).json).toMatchObject({ raised: 2500, donorCount: 1 });
  });

  it("returns the first donation with 200 for a repeated Idempotency-Key, even with another body", async () => {
    const slug = await createCampaign();
    const headers = { "Idempotency-Key": "form-42" };
    const first = await admin("POST", path(slug), { body: { amount: 1000 }, headers });
    const again = await admin("POST", path(slug), { body: { amount: 9999, donor: "Other" }, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).json.raised).toBe(1000);
  });

  it("scopes an Idempotency-Key to its campaign", async () => {
    const a = await createCampaign();
    const b = await createCampaign();
    const headers = { "Idempotency-Key": "same-key" };
    expect((await admin("POST", path(a), { body: { amount: 1 }, headers })).status).toBe(201);
    expect((await admin("POST", path(b), { body: { amount: 2 }, headers })).status).toBe(201);
  });

  it("sums 50 concurrent donations plus replays of their keys exactly", async () => {
    const slug = await createCampaign();
    const send = (i: number) =>
      admin("POST", path(slug), { body: { amount: i + 1 }, headers: { "Idempotency-Key": `k-${i}` } });
    const all = await Promise.all([
      ...Array.from({ length: 50 }, (_, i) => send(i)),
      ...Array.from({ length: 50 }, (_, i) => send(i)),
    ]);
    const statuses = all.map((res) => res.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    const expected = (50 * 51) / 2;
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).json).toMatchObject({ raised: expected, donorCount: 50 });
  });

  it.each([
    ["a zero amount", { amount: 0 }, "amount"],
    ["a negative amount", { amount: -5 }, "amount"],
    ["a fractional amount", { amount: 10.5 }, "amount"],
    ["an amount as a string", { amount: "10" }, "amount"],
    ["no amount", {}, "amount"],
    ["a date that is not ISO 8601", { amount: 1, at: "yesterday" }, "at"],
  ])("rejects %s with 400 and stores nothing", async (_name, body, field) => {
    const slug = await createCampaign();
    const before = await snapshot();
    const res = await admin("POST", path(slug), { body });
    expect(res.status).toBe(400);
    expect(errorOf(res).issues!.map((issue) => issue.path)).toContain(field);
    expect(await snapshot()).toEqual(before);
  });

  it("rejects an Idempotency-Key over 128 chars", async () => {
    const slug = await createCampaign();
    const res = await admin("POST", path(slug), {
      body: { amount: 1 },
      headers: { "Idempotency-Key": "k".repeat(129) },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe("validation_failed");
  });

  it("answers 404 for an unknown campaign and stores nothing", async () => {
    const before = await snapshot();
    const res = await admin("POST", path("no-such"), { body: { amount: 1 }, headers: { "Idempotency-Key": "x" } });
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe("not_found");
    expect(await snapshot()).toEqual(before);
  });
});

describe("GET /api/v1/admin/campaigns/:slug/donations", () => {
  it("pages the whole ledger newest first by (at, id) with cursors", async () => {
    const slug = await createCampaign({ period: { kind: "monthly" } });
    const ats = [
      "2025-06-01T00:00:00Z",
      "2026-01-01T00:00:00Z",
      "2026-01-01T00:00:00Z",
      "2024-01-01T00:00:00Z",
      "2026-02-03T00:00:00Z",
    ];
    for (const [i, at] of ats.entries()) await admin("POST", path(slug), { body: { amount: i + 1, at } });
    const seen: { at: string; id: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await admin("GET", `${path(slug)}?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      seen.push(...res.json.donations);
      cursor = res.json.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    const keys = seen.map((d) => `${d.at}|${d.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it.each([["0"], ["101"], ["ten"], ["-1"]])("rejects limit=%s with 400", async (limit) => {
    const slug = await createCampaign();
    const res = await admin("GET", `${path(slug)}?limit=${limit}`);
    expect(res.status).toBe(400);
    expect(errorOf(res).issues!.map((issue) => issue.path)).toEqual(["limit"]);
  });

  it("rejects a cursor the server did not issue", async () => {
    const slug = await createCampaign();
    for (const cursor of ["garbage!", "eyJ4IjoxfQ", btoa(JSON.stringify(["a", "b"]))]) {
      const res = await admin("GET", `${path(slug)}?cursor=${encodeURIComponent(cursor)}`);
      expect(res.status).toBe(400);
      expect(errorOf(res).issues![0]!.path).toBe("cursor");
    }
  });

  it("answers 404 for an unknown campaign", async () => {
    expect((await admin("GET", path("missing-campaign"))).status).toBe(404);
  });
});

describe("DELETE /api/v1/admin/campaigns/:slug/donations/:id", () => {
  it("removes the donation from the total", async () => {
    const slug = await createCampaign();
    const kept = await admin("POST", path(slug), { body: { amount: 100 } });
    const refunded = await admin("POST", path(slug), { body: { amount: 900 } });
    const res = await admin("DELETE", `${path(slug)}/${refunded.json.id}`);
    expect(res.status).toBe(204);
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).json).toMatchObject({ raised: 100, donorCount: 1 });
    expect(kept.status).toBe(201);
  });

  it("answers 404 for an unknown donation or one of another campaign, changing nothing", async () => {
    const a = await createCampaign();
    const b = await createCampaign();
    const donation = await admin("POST", path(a), { body: { amount: 100 } });
    const before = await snapshot();
    expect((await admin("DELETE", `${path(b)}/${donation.json.id}`)).status).toBe(404);
    expect((await admin("DELETE", `${path(a)}/d_nope`)).status).toBe(404);
    expect(await snapshot()).toEqual(before);
    const row = await env.DB.prepare("SELECT amount FROM donations WHERE id = ?1").bind(donation.json.id).first();
    expect(row).toEqual({ amount: 100 });
  });
});
