import { createRoute, z } from "@hono/zod-openapi";
import { erasePersonalData, exportPersonalData } from "../../db/privacy";
import { database } from "../../db/request-session";
import { mailboxKey } from "../../domain/mailbox";
import { notifyLive } from "../../live/notify";
import { Email } from "../../schemas/comments";
import { errorResponses, jsonContent as json, adminSecurity as security } from "../../schemas/common";
import { createRouter } from "../../validation";

/** GDPR: export or erase everything tied to an email address; mounted at /api/v1/admin/privacy. */
export const adminPrivacy = createRouter();

const tags = ["Admin: privacy"];
const EmailQuery = z.object({
  email: Email.openapi({ param: { name: "email", in: "query" }, example: "reader@example.org" }),
});

const Row = z.record(z.string(), z.unknown());
const PersonalData = z
  .object({
    email: z.string(),
    comments: z.array(Row),
    subscriptions: z.array(Row),
    notifications: z.object({ address: Row.nullable(), messages: z.array(Row) }),
  })
  .openapi("PersonalData");

const Erased = z
  .object({
    email: z.string(),
    erased: z.object({
      comments: z.number().int(),
      subscriptions: z.number().int(),
      notificationAddresses: z.number().int(),
      notificationMessages: z.number().int(),
    }),
  })
  .openapi("Erased");

adminPrivacy.openapi(
  createRoute({
    method: "get",
    path: "/",
    tags,
    summary: "Export everything stored about an email address (comments, subscriptions, notifications)",
    security,
    request: { query: EmailQuery },
    responses: {
      200: { description: "The address's data, without secrets", content: json(PersonalData) },
      ...errorResponses(400, 401, 503),
    },
  }),
  async (c) => {
    const { email } = c.req.valid("query");
    return c.json({ email, ...(await exportPersonalData(database(c), mailboxKey(email))) }, 200);
  },
);

adminPrivacy.openapi(
  createRoute({
    method: "delete",
    path: "/",
    tags,
    summary: "Erase everything tied to an email address",
    description:
      "Comments lose their text, name and address (one with replies stays as a deleted placeholder); " +
      "subscriptions and notification records are deleted. Idempotent: a second call erases 0.",
    security,
    request: { query: EmailQuery },
    responses: { 200: { description: "What was erased", content: json(Erased) }, ...errorResponses(400, 401, 503) },
  }),
  async (c) => {
    const { email } = c.req.valid("query");
    const { removed, ...erased } = await erasePersonalData(database(c), mailboxKey(email));
    notifyLive(c, removed.length ? { type: "removed", comments: removed } : null);
    return c.json({ email, erased }, 200);
  },
);
