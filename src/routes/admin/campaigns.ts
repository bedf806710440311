import { createRoute, z } from "@hono/zod-openapi";
import { deleteCampaign, insertCampaign, listCampaigns, readCampaign, updateCampaign } from "../../db/campaigns";
import { database } from "../../db/request-session";
import { toPublicCampaign } from "../../domain/campaign";
import type { PeriodConfig } from "../../domain/period";
import { ApiError, notFound } from "../../errors";
import { Campaign, CampaignCreate, CampaignPatch, type PeriodInput, SlugParams } from "../../schemas/campaigns";
import { errorResponses, jsonContent as json, adminSecurity as security } from "../../schemas/common";
import { createRouter } from "../../validation";

export const adminCampaigns = createRouter();

const toPeriod = (input: PeriodInput): PeriodConfig => ({
  kind: input.kind,
  timeZone: input.timeZone ?? "UTC",
  startsAt: input.kind === "fixed" ? (input.startsAt ?? null) : null,
  endsAt: input.kind === "fixed" ? input.endsAt : null,
});

adminCampaigns.openapi(
  createRoute({
    method: "get",
    path: "/",
    tags: ["Admin: campaigns"],
    summary: "Every campaign with its progress",
    security,
    responses: {
      200: { description: "Campaigns", content: json(z.object({ campaigns: z.array(Campaign) })) },
      ...errorResponses(401, 503),
    },
  }),
  async (c) => {
    const now = c.get("now").getTime();
    const records = await listCampaigns(database(c), now);
    return c.json({ campaigns: records.map((record) => toPublicCampaign(record, now)) }, 200);
  },
);

adminCampaigns.openapi(
  createRoute({
    method: "post",
    path: "/",
    tags: ["Admin: campaigns"],
    summary: "Create a campaign",
    security,
    request: { body: { required: true, content: json(CampaignCreate) } },
    responses: {
      201: { description: "Created", content: json(Campaign) },
      ...errorResponses(400, 401, 409, 413, 415, 503),
    },
  }),
  async (c) => {
    const now = c.get("now").getTime();
    const input = c.req.valid("json");
    const tiers = input.tiers.map((tier) => ({ amount: tier.amount, label: tier.label || null }));
    const created = await insertCampaign(
      database(c),
      input.slug,
      { title: input.title, currency: input.currency, tiers, period: toPeriod(input.period) },
      now,
    );
    if (!created)
      throw new ApiError(409, "conflict", `The slug "${input.slug}" is taken`, [{ path: "slug", message: "is taken" }]);
    const record = await readCampaign(database(c), input.slug, now);
    if (!record) throw notFound("Campaign");
    c.header("Location", `/api/v1/campaigns/${input.slug}`);
    return c.json(toPublicCampaign(record, now), 201);
  },
);

adminCampaigns.openapi(
  createRoute({
    method: "patch",
    path: "/{slug}",
    tags: ["Admin: campaigns"],
    summary: "Change a campaign's title, currency, tiers or period",
    security,
    request: { params: SlugParams, body: { required: true, content: json(CampaignPatch) } },
    responses: {
      200: { description: "Updated", content: json(Campaign) },
      ...errorResponses(400, 401, 404, 413, 415, 503),
    },
  }),
  async (c) => {
    const now = c.get("now").getTime();
    const { slug } = c.req.valid("param");
    const patch = c.req.valid("json");
    const updated = await updateCampaign(
      database(c),
      slug,
      {
        title: patch.title,
        currency: patch.currency,
        tiers: patch.tiers?.map((tier) => ({ amount: tier.amount, label: tier.label || null })),
        period: patch.period && toPeriod(patch.period),
      },
      now,
    );
    const record = updated ? await readCampaign(database(c), slug, now) : null;
    if (!record) throw notFound("Campaign");
    return c.json(toPublicCampaign(record, now), 200);
  },
);

adminCampaigns.openapi(
  createRoute({
    method: "delete",
    path: "/{slug}",
    tags: ["Admin: campaigns"],
    summary: "Delete a campaign and its ledger",
    security,
    request: { params: SlugParams },
    responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 404, 503) },
  }),
  async (c) => {
    if (!(await deleteCampaign(database(c), c.req.valid("param").slug))) throw notFound("Campaign");
    return c.body(null, 204);
  },
);
