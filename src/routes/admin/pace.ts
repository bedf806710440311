import { createRoute, z } from "@hono/zod-openapi";
import { readCampaign } from "../../db/campaigns";
import { windowDonations } from "../../db/pace";
import { database } from "../../db/request-session";
import { computePace } from "../../domain/pace";
import { notFound } from "../../errors";
import { SlugParams } from "../../schemas/campaigns";
import { errorResponses, jsonContent as json, adminSecurity as security } from "../../schemas/common";
import { createRouter } from "../../validation";

export const adminPace = createRouter();

const PaceSchema = z
  .object({
    currency: z.string(),
    goal: z.number().int().openapi({ description: "The top tier" }),
    raised: z.number().int(),
    start: z
      .string()
      .openapi({ example: "2026-01-01", description: "First day of the chart, in the campaign's time zone" }),
    end: z.string().nullable().openapi({ example: "2026-01-31", description: "The period's last day; null for open" }),
    days: z.array(z.object({ date: z.string(), amount: z.number().int(), total: z.number().int() })),
    totalDays: z.number().int().nullable(),
    remainingDays: z.number().int().nullable().openapi({ description: "Days left, today included" }),
    neededPerDay: z.number().int().nullable().openapi({ description: "Minor units each remaining day needs" }),
    projection: z
      .object({ amount: z.number().int(), by: z.string() })
      .nullable()
      .openapi({ description: "Where the average so far ends on the last day" }),
  })
  .openapi("Pace");

adminPace.openapi(
  createRoute({
    method: "get",
    path: "/{slug}/pace",
    tags: ["Admin: donations"],
    summary: "The current period's pace: raised per day (cumulative), needed per remaining day, projection",
    security,
    request: { params: SlugParams },
    responses: {
      200: { description: "The pace", content: json(PaceSchema) },
      ...errorResponses(400, 401, 404, 503),
    },
  }),
  async (c) => {
    const now = c.get("now").getTime();
    const db = database(c);
    const record = await readCampaign(db, c.req.valid("param").slug, now);
    if (!record) throw notFound("Campaign");
    const donations = await windowDonations(db, record.id, record.window);
    const goal = record.tiers[record.tiers.length - 1]?.amount ?? 0;
    const pace = computePace({ donations, window: record.window, timeZone: record.period.timeZone, goal, now });
    return c.json({ currency: record.currency, ...pace }, 200);
  },
);
