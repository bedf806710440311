import { describe, expect, it } from "vitest";
import { hmacHex, send } from "./channel-helpers";
import { admin, call, createCampaign, errorOf } from "./helpers";
import { nowSeconds, uniqueId } from "./stripe-helpers";

const SECRET = "wall-secret";
const config = { DONATIONS_WEBHOOK_SECRET: SECRET };

async function donate(slug: string, donor: string, isPublic: boolean, amount = 2500) {
  const body = JSON.stringify({
    event: "donation.completed",
    id: uniqueId("w"),
    amount,
    currency: "USD",
    donor,
    public: isPublic,
  });
  const t = nowSeconds();
  const headers = {
    "Content-Type": "application/json",
    "X-Goalpost-Signature": `t=${t},v1=${await hmacHex(SECRET, `${t}.${body}`)}`,
  };
  return (await send("donations", { body, headers }, slug, config)).json.donation.id as string;
}

describe("donor wall", () => {
  it("is absent from the public answer until the owner turns it on", async () => {
    const slug = await createCampaign();
    await donate(slug, "Ann", true);
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).json).not.toHaveProperty("donors");
    expect((await admin("PUT", `/api/v1/admin/campaigns/${slug}/donor-wall`, { body: { enabled: true } })).status).toBe(
      200,
    );
    const res = await call("GET", `/api/v1/campaigns/${slug}`);
    expect(res.json.donors).toEqual([{ name: "Ann", amount: 2500, at: expect.any(String) }]);
  });

  it("lists only donors who said yes or whom the owner marked, and never an e-mail address", async () => {
    const slug = await createCampaign();
    await admin("PUT", `/api/v1/admin/campaigns/${slug}/donor-wall`, { body: { enabled: true } });
    await donate(slug, "Ann", true);
    const bob = await donate(slug, "Bob", false);
    await donate(slug, "carol@example.org", true);
    expect((await call("GET", `/api/v1/campaigns/${slug}`)).json.donors.map((d: { name: string }) => d.name)).toEqual([
      "Ann",
    ]);

    const marked = await admin("PATCH", `/api/v1/admin/campaigns/${slug}/donations/${bob}`, { body: { public: true } });
    expect(marked.json).toMatchObject({ id: bob, public: true, source: "donations" });
    const names = (await call("GET", `/api/v1/campaigns/${slug}`)).json.donors.map((d: { name: string }) => d.name);
    expect(names.sort()).toEqual(["Ann", "Bob"]);
  });

  it("is in the embed answer when on", async () => {
    const slug = await createCampaign();
    await admin("PUT", `/api/v1/admin/campaigns/${slug}/donor-wall`, { body: { enabled: true } });
    await donate(slug, "Ann", true);
    const res = await call("GET", `/api/v1/embed?campaign=${slug}`);
    expect(res.json.campaign.donors).toHaveLength(1);
  });

  it("answers 404 for an unknown donation or campaign and 401 without the token", async () => {
    const slug = await createCampaign();
    expect(
      errorOf(await admin("PATCH", `/api/v1/admin/campaigns/${slug}/donations/nope`, { body: { public: true } })).code,
    ).toBe("not_found");
    expect(
      errorOf(await admin("PUT", "/api/v1/admin/campaigns/nope/donor-wall", { body: { enabled: true } })).code,
    ).toBe("not_found");
    expect((await call("PUT", `/api/v1/admin/campaigns/${slug}/donor-wall`, { body: { enabled: true } })).status).toBe(
      401,
    );
  });
});

describe("GET /api/v1/admin/campaigns/:slug/pace", () => {
  it("gives the monthly period's days, the need per remaining day and a projection", async () => {
    const slug = await createCampaign({ period: { kind: "monthly" } });
    await donate(slug, "Ann", false, 10_000);
    const res = await admin("GET", `/api/v1/admin/campaigns/${slug}/pace`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ currency: "USD", goal: 500000, raised: 10_000 });
    expect(res.json.days.at(-1).total).toBe(10_000);
    expect(res.json.neededPerDay).toBe(Math.ceil((500000 - 10_000) / res.json.remainingDays));
    expect(res.json.projection.by).toBe(res.json.end);
  });

  it("answers 404 for an unknown campaign", async () => {
    expect((await admin("GET", "/api/v1/admin/campaigns/nope/pace")).status).toBe(404);
  });
});
