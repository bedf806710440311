import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { replayComment } from "../db/comment-idempotency";
import { insertComment } from "../db/comment-insert";
import { countThreads, readPage } from "../db/comment-pages";
import { database } from "../db/counted";
import { hashIp, minuteOf, retryAfterSeconds } from "../db/rate-limit";
import { isUniqueViolation } from "../db/unique";
import { commentConfig } from "../domain/comment-config";
import { type CommentRecord, toPublicComment } from "../domain/comment-tree";
import { hashToken, newToken } from "../domain/edit-token";
import { newId } from "../domain/ids";
import { renderMarkdown } from "../domain/markdown";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { notifyLive } from "../live/notify";
import { queueNotification } from "../notify/producer";
import {
  CommentCreate,
  CommentPage,
  Counts,
  CountsQuery,
  CreateHeaders,
  ListQuery,
  PostedComment,
} from "../schemas/comments";
import { errorResponses, jsonContent as json } from "../schemas/common";
import { createRouter } from "../validation";

/** Public comment routes, mounted at /api/v1: threads, posting, counts. */
export const comments = createRouter();

const tags = ["Comments"];

comments.openapi(
  createRoute({
    method: "get",
    path: "/comments",
    tags,
    summary: "A page of a thread's top-level comments, each with its whole reply tree",
    request: { query: ListQuery },
    responses: { 200: { description: "A page", content: json(CommentPage) }, ...errorResponses(400) },
  }),
  async (c) => c.json(await readPage(database(c), c.req.valid("query")), 200),
);

comments.openapi(
  createRoute({
    method: "post",
    path: "/comments",
    tags,
    summary: "Post a comment or a reply",
    request: { headers: CreateHeaders, body: { required: true, content: json(CommentCreate) } },
    responses: {
      201: { description: "Published", content: json(PostedComment) },
      202: { description: "Held for moderation (comment.status is pending)", content: json(PostedComment) },
      ...errorResponses(400, 404, 409, 413, 415, 429),
    },
  }),
  async (c) => {
    const input = c.req.valid("json");
    const now = c.get("now").getTime();
    const config = commentConfig(c.env);
    const editToken = newToken();
    const key = c.req.valid("header")["idempotency-key"];
    const keyHash = key ? await hashToken(`idempotency:${key}`) : null;
    // A retry of a post whose answer was lost: the same comment, nothing stored twice.
    const replay = async () => (keyHash ? replayComment(database(c), keyHash, await hashToken(editToken)) : null);
    const first = await replay();
    if (first) return answer(c, first, editToken);
    const email = input.author?.email || null;
    const subscribe = input.notify !== "none" && email !== null;
    const outcome = await insertComment(database(c), {
      idempotencyKeyHash: keyHash,
      id: newId("c", now),
      thread: input.thread,
      parentId: input.parentId ?? null,
      authorName: input.author?.name || "Guest",
      email,
      body: input.body,
      html: renderMarkdown(input.body),
      tokenHash: await hashToken(editToken),
      ipHash: await hashIp(c.req.header("cf-connecting-ip") ?? "unknown", c.env.IP_HASH_KEY),
      createdAt: now,
      moderation: config.moderation,
      spam: (input.website ?? "") !== "",
      rateLimit: config.rateLimit,
      minute: minuteOf(now),
      anchor: input.anchor ?? null,
      subscription: subscribe
        ? { id: newId("s", now), kind: input.notify as "replies" | "thread", tokenHash: await hashToken(newToken()) }
        : null,
    }).catch(async (error: unknown) => {
      // The same key posted concurrently: the other request stored it first.
      const stored = isUniqueViolation(error) ? await replay() : null;
      if (!stored) throw error;
      return { ok: true as const, comment: stored, replayed: true };
    });
    if (!outcome.ok) {
      if (outcome.reason === "rate_limited") {
        throw new ApiError(
          429,
          "rate_limited",
          `At most ${config.rateLimit} comments a minute; try again later`,
          undefined,
          {
            "Retry-After": String(retryAfterSeconds(now)),
          },
        );
      }
      if (outcome.reason === "parent_not_found") throw notFound("Parent comment");
      const why = outcome.reason === "parent_deleted" ? "has been deleted" : "belongs to another thread";
      throw new ApiError(409, "conflict", `The parent comment ${why}`);
    }
    // A concurrent retry that lost the race was queued by the request that stored it.
    if (!("replayed" in outcome) && outcome.comment.status !== "spam") {
      await queueNotification(c, outcome.comment.status === "approved" ? "published" : "held", outcome.comment.id);
    }
    if (outcome.comment.status === "approved") notifyLive(c, { type: "comment", id: outcome.comment.id });
    return answer(c, outcome.comment, editToken);
  },
);

/**
 * 201 with the comment when published, 202 while held. The author sees their own text even
 * while it is held; spam (the honeypot) is answered exactly like a held comment, so bots
 * learn nothing.
 */
function answer(c: Context<AppEnv>, record: CommentRecord, editToken: string) {
  const published = record.status === "approved";
  const editableUntil = new Date(record.createdAt + commentConfig(c.env).editWindowMs).toISOString();
  const own = toPublicComment({ ...record, status: "approved" });
  const comment = {
    ...own,
    author: { name: record.authorName },
    status: published ? ("approved" as const) : ("pending" as const),
  };
  return c.json({ comment, editToken, editableUntil }, published ? 201 : 202);
}

comments.openapi(
  createRoute({
    method: "get",
    path: "/counts",
    tags,
    summary: "Visible comment counts of up to 100 threads, in one query",
    request: { query: CountsQuery },
    responses: {
      200: { description: "Counts per thread (0 for unknown threads)", content: json(Counts) },
      ...errorResponses(400),
    },
  }),
  async (c) => c.json({ counts: await countThreads(database(c), c.req.valid("query").thread) }, 200),
);
