import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type Replay, replayComment } from "../db/comment-idempotency";
import { insertComment } from "../db/comment-insert";
import { countThreads, keyedAsAsked, readPage } from "../db/comment-pages";
import { minuteOf, retryAfterSeconds } from "../db/rate-limit";
import { database } from "../db/request-session";
import { isUniqueViolation } from "../db/unique";
import { clientNetwork } from "../domain/client-network";
import { commentConfig } from "../domain/comment-config";
import { authorOf, type CommentRecord, toPublicComment } from "../domain/comment-tree";
import { newId } from "../domain/ids";
import { hashIp } from "../domain/ip-hash";
import { renderMarkdown } from "../domain/markdown";
import { hashToken, newToken } from "../domain/secret-token";
import { cleanName } from "../domain/text-clean";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { ensureEntities } from "../lean/entity-assets";
import { notifyLive } from "../live/notify";
import { type Writer, writerOf } from "../middleware/writer";
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
import { spamHook } from "../spam/comment-hook";
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
      ...errorResponses(400, 401, 404, 409, 413, 415, 422, 429),
    },
  }),
  async (c) => {
    const input = c.req.valid("json");
    const now = c.get("now").getTime();
    const config = commentConfig(c.env);
    const writer = await writerOf(c, true);
    const editToken = newToken();
    const authorName = writer.sso ? writer.sso.name : cleanName(input.author?.name);
    const email = writer.sso?.email ?? (input.author?.email || null);
    const key = c.req.valid("header")["idempotency-key"];
    const keyHash = key ? await hashToken(`idempotency:${key}`) : null;
    const fingerprint = keyHash ? await requestFingerprint(input, authorName, email, writer) : null;
    // A retry of a post whose answer was lost: the same comment, nothing stored twice.
    const replay = async () => (keyHash && fingerprint ? replayComment(database(c), keyHash, fingerprint, now) : null);
    const first = await replay();
    if (first) return replayed(c, first);
    const subscribe = input.notify !== "none" && email !== null;
    const id = newId("c", now);
    const honeypot = (input.website ?? "") !== "";
    await ensureEntities(c.env, input.body);
    const spam = await spamHook(c, {
      ...input,
      authorName,
      email,
      honeypot,
      authorHash: writer.authorHash,
      owner: writer.owner,
    });
    const outcome = await insertComment(database(c), {
      idempotencyKeyHash: keyHash,
      idempotencyFingerprint: fingerprint,
      author: { hash: writer.authorHash, verified: writer.sso !== null, owner: writer.owner },
      id,
      thread: input.thread,
      parentId: input.parentId ?? null,
      authorName,
      email,
      body: input.body,
      html: renderMarkdown(input.body),
      tokenHash: await hashToken(editToken),
      ipHash: await hashIp(clientNetwork(c.req.header("cf-connecting-ip")), c.env.IP_HASH_KEY),
      createdAt: now,
      moderation: config.moderation,
      spam: spam.spam,
      afterInsert: spam.afterInsert(database(c), id, now),
      rateLimit: config.rateLimit,
      minute: minuteOf(now),
      anchor: input.anchor ?? null,
      maxDepth: config.maxReplyDepth,
      subscription: subscribe
        ? {
            id: newId("s", now),
            kind: input.notify as "replies" | "thread",
            tokenHash: await hashToken(newToken()),
            authorKeyHash: writer.authorHash,
          }
        : null,
    }).catch(async (error: unknown) => {
      // The same key posted concurrently: the other request stored it first.
      const stored = isUniqueViolation(error) ? await replay() : null;
      if (!stored) throw error;
      return { ok: true as const, replay: stored };
    });
    if ("replay" in outcome) return replayed(c, outcome.replay);
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
    outcome.comment = await spam.settle(database(c), outcome.comment, outcome.extra);
    if (outcome.comment.status !== "spam") {
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
function answer(c: Context<AppEnv>, record: CommentRecord, editToken: string | null) {
  const published = record.status === "approved";
  const editableUntil = new Date(record.createdAt + commentConfig(c.env).editWindowMs).toISOString();
  const own = toPublicComment({ ...record, status: "approved" });
  const comment = {
    ...own,
    author: authorOf(record),
    status: published ? ("approved" as const) : ("pending" as const),
  };
  return c.json({ comment, editToken, editableUntil }, published ? 201 : 202);
}

/**
 * The answer to an Idempotency-Key retry: the first comment when the request is the same (with
 * `editToken: null`: only the first answer carried the token, and it keeps working; minting
 * another would hand a working token to whoever replays the key), else 422 and nothing changes.
 */
function replayed(c: Context<AppEnv>, replay: NonNullable<Replay>) {
  if (!replay.sameRequest) {
    throw new ApiError(
      422,
      "idempotency_conflict",
      "This Idempotency-Key was already used for a different comment; use a new key for a new comment",
    );
  }
  return answer(c, replay.comment, null);
}

/** SHA-256 of what makes two posts the same request: thread, parent, body, author, anchor, author key. */
async function requestFingerprint(input: CommentCreate, name: string, email: string | null, writer: Writer) {
  const anchor = input.anchor ? [input.anchor.exact, input.anchor.prefix, input.anchor.suffix] : null;
  return hashToken(
    JSON.stringify([
      input.thread,
      input.parentId ?? null,
      input.body,
      name,
      email,
      anchor,
      writer.keyHash,
      writer.sso?.id ?? null,
      writer.owner,
      input.notify,
    ]),
  );
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
  async (c) => {
    const counts = await countThreads(database(c), c.req.valid("query").thread);
    return c.json({ counts: keyedAsAsked(counts, c.req.queries("thread") ?? []) }, 200);
  },
);
