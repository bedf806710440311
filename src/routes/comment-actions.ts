import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { editComment, readComment, type StoredComment, softDeleteComment } from "../db/comments";
import { database } from "../db/counted";
import { castVote } from "../db/votes";
import { commentConfig } from "../domain/comment-config";
import { toPublicComment } from "../domain/comment-tree";
import { tokenMatches } from "../domain/edit-token";
import { renderMarkdown } from "../domain/markdown";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { commentChange } from "../live/changes";
import { notifyLive } from "../live/notify";
import { bearerToken, isAdmin, unauthorized } from "../middleware/admin-auth";
import { Comment, CommentEdit, IdParams, VoteInput, VoteResult } from "../schemas/comments";
import { errorResponses, jsonContent as json, adminSecurity as security } from "../schemas/common";
import { createRouter } from "../validation";

/** Author edits, deletes and votes, mounted at /api/v1. */
export const commentActions = createRouter();

const tags = ["Comments"];

/**
 * The comment, if the request may change it: the admin token always; the comment's edit
 * token within EDIT_WINDOW_SECONDS of posting (403 `edit_window_closed` after). Deleted
 * comments are gone (404); a missing or wrong token is 401.
 */
async function authorised(c: Context<AppEnv>, id: string): Promise<StoredComment> {
  const comment = await readComment(database(c), id);
  if (!comment || comment.status === "deleted") throw notFound("Comment");
  if (await isAdmin(c)) return comment;
  const token = bearerToken(c);
  if (token === null || !(await tokenMatches(token, comment.tokenHash))) {
    throw unauthorized("The edit token is missing or wrong");
  }
  const { editWindowMs } = commentConfig(c.env);
  if (c.get("now").getTime() - comment.createdAt > editWindowMs) {
    throw new ApiError(403, "edit_window_closed", "The time to edit or delete this comment is over");
  }
  return comment;
}

commentActions.openapi(
  createRoute({
    method: "patch",
    path: "/comments/{id}",
    tags,
    summary: "Edit a comment (edit token within the edit window, or the admin token)",
    security,
    request: { params: IdParams, body: { required: true, content: json(CommentEdit) } },
    responses: {
      200: { description: "The edited comment", content: json(Comment) },
      ...errorResponses(400, 401, 403, 404, 413, 415),
    },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const { body } = c.req.valid("json");
    const comment = await authorised(c, id);
    const edited = await editComment(database(c), comment.id, body, renderMarkdown(body), c.get("now").getTime());
    if (!edited) throw notFound("Comment");
    notifyLive(c, commentChange(comment, edited));
    // The author's view: their text, even while the comment is held.
    return c.json(toPublicComment({ ...edited, status: "approved" }), 200);
  },
);

commentActions.openapi(
  createRoute({
    method: "delete",
    path: "/comments/{id}",
    tags,
    summary: "Delete a comment (a placeholder stays while it has replies)",
    security,
    request: { params: IdParams },
    responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 403, 404) },
  }),
  async (c) => {
    const comment = await authorised(c, c.req.valid("param").id);
    if (!(await softDeleteComment(database(c), comment))) throw notFound("Comment");
    notifyLive(c, commentChange(comment, null));
    return c.body(null, 204);
  },
);

commentActions.openapi(
  createRoute({
    method: "post",
    path: "/comments/{id}/votes",
    tags,
    summary: "Vote +1 / -1, or withdraw with 0; one vote per voter",
    request: { params: IdParams, body: { required: true, content: json(VoteInput) } },
    responses: {
      200: { description: "The comment's tallies and this voter's vote", content: json(VoteResult) },
      ...errorResponses(400, 404, 413, 415),
    },
  }),
  async (c) => {
    const { voter, value } = c.req.valid("json");
    const tally = await castVote(database(c), c.req.valid("param").id, voter, value, c.get("now").getTime());
    if (!tally) throw notFound("Comment");
    notifyLive(c, { type: "votes", id: c.req.valid("param").id });
    return c.json(tally, 200);
  },
);
