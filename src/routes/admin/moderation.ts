import { createRoute, z } from "@hono/zod-openapi";
import { moderationCounts } from "../../db/moderation-counts";
import { database } from "../../db/request-session";
import { errorResponses } from "../../schemas/common";
import { createRouter } from "../../validation";

/**
 * Owner-only figures beyond API.md, for the console's "what waits" badge: counting the
 * queue through GET /admin/comments would mean paging through all of it.
 * Mounted at /api/v1/admin/moderation.
 */
export const adminModeration = createRouter();

const ModerationCounts = z
  .object({
    pending: z.number().int().openapi({ description: "comments waiting for a decision" }),
    spam: z.number().int().openapi({ description: "comments held as spam" }),
  })
  .openapi("ModerationCounts");

adminModeration.openapi(
  createRoute({
    method: "get",
    path: "/counts",
    tags: ["Admin: comments"],
    summary: "How many comments are pending and how many are spam",
    security: [{ bearerAuth: [] }],
    responses: {
      200: { description: "Counts", content: { "application/json": { schema: ModerationCounts } } },
      ...errorResponses(401, 503),
    },
  }),
  async (c) => c.json(await moderationCounts(database(c)), 200),
);
