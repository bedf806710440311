import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { isTrusted } from "../db/author-trust";
import { editComment, readComment, type StoredComment, softDeleteComment } from "../db/comments";
import { database } from "../db/request-session";
import { castVote, VOTERS_PER_NETWORK } from "../db/votes";
import { clientNetwork } from "../domain/client-network";
import { commentConfig } from "../domain/comment-config";
import { authorOf, toPublicComment } from "../domain/comment-tree";
import { hashIp } from "../domain/ip-hash";
import { renderMarkdown } from "../domain/markdown";
import { tokenMatches } from "../domain/secret-token";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { ensureEntities } from "../lean/entity-assets";
import { commentChange } from "../live/changes";
import { notifyLive } from "../live/notify";
import { bearerToken, isAdmin, secretsEqual, unauthorized } from "../middleware/admin-auth";
import { type Writer, writerOf } from "../middleware/writer";
import { CommentEdit, EditedComment, IdParams, VoteInput, VoteResult } from "../schemas/comments";
import { errorResponses, jsonContent as json, adminSecurity as security } from "../schemas/common";
import { WriteHeaders } from "../schemas/identity";
import { editSpam } from "../spam/edit-hook";
import { createRouter } from "../validation";

/** Author edits, deletes and votes, mounted at /api/v1. */
export const commentActions = createRouter();

const tags = ["Comments"];

/** Who may change a comment: the owner (admin token) or its author (edit token or SSO identity). */
type Authorised = { comment: StoredComment; owner: boolean; writer: Writer };

/**
 * The comment, if the request may change it: the admin token always; within
 * EDIT_WINDOW_SECONDS of posting (403 `edit_window_closed` after) the comment's edit token, or
 * the X-Goalpost-SSO identity it was written under. Deleted comments are gone (404); a missing
 * or wrong token is 401, an invalid SSO header 401 `invalid_sso`.
 */
async function authorised(c: Context<AppEnv>, id: string): Promise<Authorised> {
  const comment = await readComment(database(c), id);
  if (!comment || comment.status === "deleted") throw notFound("Comment");
  if (await isAdmin(c)) return { comment, owner: true, writer: await writerOf(c, false) };
  const writer = await writerOf(c, false);
  const token = bearerToken(c);
  const byToken = token !== null && (await tokenMatches(token, comment.tokenHash));
  const bySso =
    !byToken && writer.sso !== null && comment.verified === true && (await sameAuthor(writer, comment.authorHash));
  if (!byToken && !bySso) throw unauthorized("The edit token (or verified identity) is missing or wrong");
  const { editWindowMs } = commentConfig(c.env);
  if (c.get("now").getTime() - comment.createdAt > editWindowMs) {
    throw new ApiError(403, "edit_window_closed", "The time to edit or delete this comment is over");
  }
  return { comment, owner: false, writer };
}

/** Whether the writer's verified identity is the one the comment was written under (constant time). */
async function sameAuthor(writer: Writer, storedHash: string | null): Promise<boolean> {
  if (writer.authorHash === null || storedHash === null) return false;
  return secretsEqual(writer.authorHash, storedHash);
}

commentActions.openapi(
  createRoute({
    method: "patch",
    path: "/comments/{id}",
    tags,
    summary: "Edit a comment (edit token within the edit window, or the admin token)",
    security,
    request: { params: IdParams, headers: WriteHeaders, body: { required: true, content: json(CommentEdit) } },
    responses: {
      200: {
        description:
          "The edited comment (status pending when moderation holds the edit, or the spam filter or a block took it from readers)",
        content: json(EditedComment),
      },
      ...errorResponses(400, 401, 403, 404, 413, 415),
    },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const { body } = c.req.valid("json");
    const { comment, owner, writer } = await authorised(c, id);
    const hold = !owner && (await editIsHeld(c, writer));
    const spam = owner ? null : await editSpam(c, database(c), comment, body, writer);
    const now = c.get("now").getTime();
    await ensureEntities(c.env, body);
    const edited = await editComment(database(c), comment, body, renderMarkdown(body), now, hold, spam);
    if (!edited) throw notFound("Comment");
    notifyLive(c, commentChange(comment, edited));
    // The author's view: their text, even while the comment is held.
    const status = edited.status === "approved" ? ("approved" as const) : ("pending" as const);
    return c.json({ ...toPublicComment({ ...edited, status: "approved" }), author: authorOf(edited), status }, 200);
  },
);

commentActions.openapi(
  createRoute({
    method: "delete",
    path: "/comments/{id}",
    tags,
    summary: "Delete a comment (a placeholder stays while it has replies)",
    security,
    request: { params: IdParams, headers: WriteHeaders },
    responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 403, 404) },
  }),
  async (c) => {
    const { comment } = await authorised(c, c.req.valid("param").id);
    if (!(await softDeleteComment(database(c), comment))) throw notFound("Comment");
    notifyLive(c, commentChange(comment, null));
    return c.body(null, 204);
  },
);

/**
 * Whether an author's edit goes back to moderation: always under MODERATION=all; under `first`
 * unless the editing request's author key or SSO id is trusted (has an approved comment). No
 * text reaches readers that the moderation mode would have held.
 */
async function editIsHeld(c: Context<AppEnv>, writer: Writer): Promise<boolean> {
  const { moderation } = commentConfig(c.env);
  if (moderation === "all") return true;
  if (moderation === "first") return !(await isTrusted(database(c), writer.authorHash));
  return false;
}

commentActions.openapi(
  createRoute({
    method: "post",
    path: "/comments/{id}/votes",
    tags,
    summary: "Vote +1 / -1, or withdraw with 0; one vote per voter",
    request: { params: IdParams, headers: WriteHeaders, body: { required: true, content: json(VoteInput) } },
    responses: {
      200: { description: "The comment's tallies and this voter's vote", content: json(VoteResult) },
      ...errorResponses(400, 401, 404, 413, 415, 429),
    },
  }),
  async (c) => {
    const { voter, value } = c.req.valid("json");
    const { id } = c.req.valid("param");
    // A vote is a write: an identity that does not verify is refused like on a post (401 invalid_sso).
    await writerOf(c, false);
    // Scoped to the comment, so the stored hash links no two comments to one network.
    const network = `${clientNetwork(c.req.header("cf-connecting-ip"))}|${id}`;
    const networkHash = await hashIp(network, c.env.IP_HASH_KEY);
    const tally = await castVote(database(c), id, voter, value, c.get("now").getTime(), networkHash);
    if (!tally) throw notFound("Comment");
    if (tally === "rate_limited") {
      throw new ApiError(
        429,
        "rate_limited",
        `At most ${VOTERS_PER_NETWORK} voters of one network count per comment`,
        undefined,
        { "Retry-After": "86400" },
      );
    }
    notifyLive(c, { type: "votes", id: c.req.valid("param").id });
    return c.json(tally, 200);
  },
);
