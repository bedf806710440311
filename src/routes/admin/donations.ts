import { createRoute, z } from "@hono/zod-openapi";
import { deleteDonation, insertDonation, listDonations } from "../../db/donations";
import { database } from "../../db/request-session";
import { decodeCursor, encodeCursor } from "../../domain/cursor";
import { newId } from "../../domain/ids";
import { notFound } from "../../errors";
import { notifyLive } from "../../live/notify";
import {
  Donation,
  DonationCreate,
  DonationParams,
  IdempotencyHeaders,
  LedgerQuery,
  SlugParams,
} from "../../schemas/campaigns";
import { errorResponses, jsonContent as json, adminSecurity as security } from "../../schemas/common";
import { createRouter } from "../../validation";

export const adminDonations = createRouter();

adminDonations.openapi(
  createRoute({
    method: "post",
    path: "/{slug}/donations",
    tags: ["Admin: donations"],
    summary: "Record a donation (Idempotency-Key honoured)",
    security,
    request: {
      params: SlugParams,
      headers: IdempotencyHeaders,
      body: { required: true, content: json(DonationCreate) },
    },
    responses: {
      201: { description: "Recorded", content: json(Donation) },
      200: {
        description: "This Idempotency-Key was used before: the first donation, nothing added",
        content: json(Donation),
      },
      ...errorResponses(400, 401, 404, 413, 415, 503),
    },
  }),
  async (c) => {
    const now = c.get("now").getTime();
    const { slug } = c.req.valid("param");
    const input = c.req.valid("json");
    const result = await insertDonation(
      database(c),
      slug,
      {
        id: newId("d", now),
        amount: input.amount,
        donor: input.donor || null,
        message: input.message || null,
        at: input.at ?? now,
        idempotencyKey: c.req.valid("header")["idempotency-key"] ?? null,
        source: "manual",
      },
      now,
    );
    if (!result) throw notFound("Campaign");
    if (result.created) notifyLive(c, { type: "campaign", slug });
    return c.json(result.donation, result.created ? 201 : 200);
  },
);

adminDonations.openapi(
  createRoute({
    method: "get",
    path: "/{slug}/donations",
    tags: ["Admin: donations"],
    summary: "The ledger, newest first",
    security,
    request: { params: SlugParams, query: LedgerQuery },
    responses: {
      200: {
        description: "A page of donations",
        content: json(z.object({ donations: z.array(Donation), nextCursor: z.string().nullable() })),
      },
      ...errorResponses(400, 401, 404, 503),
    },
  }),
  async (c) => {
    const { slug } = c.req.valid("param");
    const { cursor, limit } = c.req.valid("query");
    const key = cursor ? decodeCursor(cursor, ["n", "s"]) : null;
    const after = key ? { at: key[0] as number, id: key[1] as string } : null;
    const page = await listDonations(database(c), slug, after, limit);
    if (!page) throw notFound("Campaign");
    return c.json(
      { donations: page.donations, nextCursor: page.next && encodeCursor([page.next.at, page.next.id]) },
      200,
    );
  },
);

adminDonations.openapi(
  createRoute({
    method: "delete",
    path: "/{slug}/donations/{id}",
    tags: ["Admin: donations"],
    summary: "Remove a donation (a correction or refund)",
    security,
    request: { params: DonationParams },
    responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 404, 503) },
  }),
  async (c) => {
    const { slug, id } = c.req.valid("param");
    if (!(await deleteDonation(database(c), slug, id, c.get("now").getTime()))) throw notFound("Donation");
    notifyLive(c, { type: "campaign", slug });
    return c.body(null, 204);
  },
);
