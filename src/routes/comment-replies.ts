import { createRoute } from "@hono/zod-openapi";
import { readReplies } from "../db/comment-replies";
import { database } from "../db/request-session";
import { notFound } from "../errors";
import { IdParams, RepliesQuery, ReplyPage } from "../schemas/comments";
import { errorResponses, jsonContent as json } from "../schemas/common";
import { createRouter } from "../validation";

/** The replies of a top-level comment beyond the 50 a page lists, mounted at /api/v1. */
export const commentReplies = createRouter();

commentReplies.openapi(
  createRoute({
    method: "get",
    path: "/comments/{id}/replies",
    tags: ["Comments"],
    summary: "The next 50 replies of a top-level comment (all depths, oldest first)",
    description:
      "Follows `moreReplies` of a top-level comment in a page (or of the previous answer). Without `cursor`, the first 50 replies, as the page lists them. A reply whose parent was served in an earlier slice is listed at the top of `replies` with its `parentId`.",
    request: { params: IdParams, query: RepliesQuery },
    responses: {
      200: { description: "A slice of replies", content: json(ReplyPage) },
      ...errorResponses(400, 404),
    },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const page = await readReplies(database(c), id, c.req.valid("query").cursor);
    if (!page) throw notFound("Top-level comment");
    return c.json(page, 200);
  },
);
