import { createRoute } from "@hono/zod-openapi";
import { readCampaign } from "../db/campaigns";
import { database } from "../db/request-session";
import { toPublicCampaign } from "../domain/campaign";
import { notFound } from "../errors";
import { Campaign, SlugParams } from "../schemas/campaigns";
import { errorResponses } from "../schemas/common";
import { createRouter } from "../validation";

export const campaigns = createRouter();

campaigns.openapi(
  createRoute({
    method: "get",
    path: "/{slug}",
    tags: ["Donation goals"],
    summary: "A campaign's progress in its current period",
    request: { params: SlugParams },
    responses: {
      200: { description: "Progress", content: { "application/json": { schema: Campaign } } },
      ...errorResponses(400, 404),
    },
  }),
  async (c) => {
    const now = c.get("now").getTime();
    const record = await readCampaign(database(c), c.req.valid("param").slug, now);
    if (!record) throw notFound("Campaign");
    return c.json(toPublicCampaign(record, now), 200);
  },
);
