import { createRoute, z } from "@hono/zod-openapi";
import { adminUpdateComment, hardDeleteComment, listForAdmin, readComment } from "../../db/comments";
import { database } from "../../db/request-session";
import { learnStatements } from "../../db/spam-model";
import { decodeCursor, encodeCursor } from "../../domain/cursor";
import { renderMarkdown } from "../../domain/markdown";
import { notFound } from "../../errors";
import { ensureEntities } from "../../lean/entity-assets";
import { commentChange } from "../../live/changes";
import { notifyLive } from "../../live/notify";
import { queueNotification } from "../../notify/producer";
import { AdminComment, AdminListQuery, AdminPatch, IdParams } from "../../schemas/comments";
import { errorResponses, jsonContent as json, adminSecurity as security } from "../../schemas/common";
import { currentModel, judge } from "../../spam/filter";
import { decisionLabel, exampleOf } from "../../spam/learn";
import { createRouter } from "../../validation";

/** Moderation, mounted at /api/v1/admin/comments (admin token checked by the app). */
export const adminComments = createRouter();

const tags = ["Admin: comments"];

adminComments.openapi(
  createRoute({
    method: "get",
    path: "/",
    tags,
    summary: "Comments of one status (default pending), newest first, with email and status",
    security,
    request: { query: AdminListQuery },
    responses: {
      200: {
        description: "A page",
        content: json(z.object({ comments: z.array(AdminComment), nextCursor: z.string().nullable() })),
      },
      ...errorResponses(400, 401, 503),
    },
  }),
  async (c) => {
    const { status, thread, limit, cursor } = c.req.valid("query");
    const key = cursor ? decodeCursor(cursor, ["n", "s"]) : null;
    const after = key ? { at: key[0] as number, id: key[1] as string } : null;
    const db = database(c);
    const [page, model] = await Promise.all([
      listForAdmin(db, { status, thread: thread ?? null, limit, after }),
      currentModel(db),
    ]);
    // Comments the filter never scored (imported, or from before a model existed) get today's score.
    const comments = page.comments.map((item) =>
      item.spam.score === 0 && item.spam.reasons.length === 0
        ? { ...item, spam: (({ score, reasons }) => ({ score, reasons }))(judge(model, item.body, item.author.name)) }
        : item,
    );
    return c.json({ comments, nextCursor: page.next && encodeCursor([page.next.at, page.next.id]) }, 200);
  },
);

adminComments.openapi(
  createRoute({
    method: "patch",
    path: "/{id}",
    tags,
    summary: "Approve, mark spam, delete, pin or edit a comment",
    security,
    request: { params: IdParams, body: { required: true, content: json(AdminPatch) } },
    responses: {
      200: { description: "The comment", content: json(AdminComment) },
      ...errorResponses(400, 401, 404, 413, 415, 503),
    },
  }),
  async (c) => {
    const input = c.req.valid("json");
    const db = database(c);
    const comment = await readComment(db, c.req.valid("param").id);
    if (!comment) throw notFound("Comment");
    if (input.body !== undefined) await ensureEntities(c.env, input.body);
    const body = input.body === undefined ? undefined : { body: input.body, html: renderMarkdown(input.body) };
    const now = c.get("now").getTime();
    // The decision teaches the spam model in the same transaction (docs/spam.md).
    const label = decisionLabel(comment.status, input.status);
    const example = label && exampleOf(comment.id, label, input.body ?? comment.body, comment.authorName);
    const updated = await adminUpdateComment(
      db,
      comment,
      { status: input.status, pinned: input.pinned, body },
      now,
      example ? learnStatements(db, [example], now) : [],
    );
    if (!updated) throw notFound("Comment");
    // Approval is when a held comment is published: its notifications go out now.
    if (comment.status !== "approved" && updated.status === "approved")
      await queueNotification(c, "published", updated.id);
    notifyLive(c, commentChange(comment, updated));
    return c.json(updated, 200);
  },
);

adminComments.openapi(
  createRoute({
    method: "delete",
    path: "/{id}",
    tags,
    summary: "Hard-delete a comment and all its replies",
    security,
    request: { params: IdParams },
    responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 404, 503) },
  }),
  async (c) => {
    const db = database(c);
    const comment = await readComment(db, c.req.valid("param").id);
    if (!comment || !(await hardDeleteComment(db, comment))) throw notFound("Comment");
    notifyLive(c, commentChange(comment, null, true));
    return c.body(null, 204);
  },
);
