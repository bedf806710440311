import { createRoute, z } from "@hono/zod-openapi";
import { blockSources, createBlock, deleteBlock, listBlocks } from "../../db/blocks";
import { database } from "../../db/request-session";
import { newId } from "../../domain/ids";
import { mailboxKey } from "../../domain/mailbox";
import { ApiError, notFound } from "../../errors";
import { errorResponses, jsonContent as json, adminSecurity as security } from "../../schemas/common";
import { Block, BlockCreate, BlockIdParams } from "../../schemas/spam";
import { createRouter } from "../../validation";

/** Blocked sources, mounted at /api/v1/admin/blocks: their new comments are stored as spam. */
export const adminBlocks = createRouter();

const tags = ["Admin: spam"];
const DAY_MS = 86_400_000;

adminBlocks.openapi(
  createRoute({
    method: "post",
    path: "/",
    tags,
    summary: "Block the network, author key or mailbox that wrote a comment",
    description:
      "New comments from the source are stored as spam and answered like held ones. Blocking the same source again replaces the earlier block.",
    security,
    request: { body: { required: true, content: json(BlockCreate) } },
    responses: {
      201: { description: "The block", content: json(z.object({ block: Block })) },
      ...errorResponses(400, 401, 404, 409, 413, 415, 503),
    },
  }),
  async (c) => {
    const input = c.req.valid("json");
    const db = database(c);
    const now = c.get("now").getTime();
    const source = await blockSources(db, input.commentId);
    if (!source) throw notFound("Comment");
    const value =
      input.kind === "network"
        ? source.network_hash
        : input.kind === "author"
          ? source.author_key_hash
          : source.author_email && mailboxKey(source.author_email);
    if (!value) {
      const what = { network: "a known network", author: "an author key", email: "an e-mail address" }[input.kind];
      throw new ApiError(409, "conflict", `That comment has no ${what} to block`);
    }
    const label =
      input.kind === "email" ? value : `${input.kind === "network" ? "network of" : "author"} ${source.author_name}`;
    const block = await createBlock(db, {
      id: newId("b", now),
      kind: input.kind,
      value,
      commentId: source.id,
      label,
      createdAt: now,
      expiresAt: input.days ? now + input.days * DAY_MS : null,
    });
    return c.json({ block }, 201);
  },
);

adminBlocks.openapi(
  createRoute({
    method: "get",
    path: "/",
    tags,
    summary: "Every block, newest first",
    security,
    responses: {
      200: { description: "The blocks", content: json(z.object({ blocks: z.array(Block) })) },
      ...errorResponses(401, 503),
    },
  }),
  async (c) => c.json({ blocks: await listBlocks(database(c)) }, 200),
);

adminBlocks.openapi(
  createRoute({
    method: "delete",
    path: "/{id}",
    tags,
    summary: "Lift a block",
    security,
    request: { params: BlockIdParams },
    responses: { 204: { description: "Lifted" }, ...errorResponses(400, 401, 404, 503) },
  }),
  async (c) => {
    if (!(await deleteBlock(database(c), c.req.valid("param").id))) throw notFound("Block");
    return c.body(null, 204);
  },
);
