import { createRoute, z } from "@hono/zod-openapi";
import { setDonationPublic, setDonorWall } from "../../db/donations";
import { database } from "../../db/request-session";
import { notFound } from "../../errors";
import { Donation, DonationParams, SlugParams } from "../../schemas/campaigns";
import { errorResponses, jsonContent as json, adminSecurity as security } from "../../schemas/common";
import { createRouter } from "../../validation";

export const adminDonorWall = createRouter();

adminDonorWall.openapi(
  createRoute({
    method: "put",
    path: "/{slug}/donor-wall",
    tags: ["Admin: donations"],
    summary: "Turn the campaign's donor wall on or off (off by default)",
    description:
      "On: the campaign's public answer (and the embed) carries `donors`, the newest donations whose donor said yes " +
      "at the provider or was marked public by the owner, by name only.",
    security,
    request: {
      params: SlugParams,
      body: { required: true, content: json(z.object({ enabled: z.boolean() }).openapi("DonorWallSetting")) },
    },
    responses: {
      200: { description: "The setting", content: json(z.object({ enabled: z.boolean() })) },
      ...errorResponses(400, 401, 404, 413, 415, 503),
    },
  }),
  async (c) => {
    const { enabled } = c.req.valid("json");
    const found = await setDonorWall(database(c), c.req.valid("param").slug, enabled, c.get("now").getTime());
    if (!found) throw notFound("Campaign");
    return c.json({ enabled }, 200);
  },
);

adminDonorWall.openapi(
  createRoute({
    method: "patch",
    path: "/{slug}/donations/{id}",
    tags: ["Admin: donations"],
    summary: "Mark whether a donation's donor may appear on the donor wall",
    security,
    request: {
      params: DonationParams,
      body: { required: true, content: json(z.object({ public: z.boolean() }).openapi("DonationPatch")) },
    },
    responses: {
      200: { description: "The donation", content: json(Donation) },
      ...errorResponses(400, 401, 404, 413, 415, 503),
    },
  }),
  async (c) => {
    const { slug, id } = c.req.valid("param");
    const donation = await setDonationPublic(database(c), slug, id, c.req.valid("json").public, c.get("now").getTime());
    if (!donation) throw notFound("Donation");
    return c.json(donation, 200);
  },
);
