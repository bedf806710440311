import { createRoute, z } from "@hono/zod-openapi";
import { campaignFromRow, campaignStatement } from "../db/campaigns";
import { anchorsFromResult, anchorsStatement } from "../db/comment-anchors";
import { pageFromResults, pageStatements } from "../db/comment-pages";
import { database } from "../db/request-session";
import { toPublicCampaign } from "../domain/campaign";
import { Campaign } from "../schemas/campaigns";
import { CommentPage, EmbedQuery } from "../schemas/comments";
import { errorResponses } from "../schemas/common";
import { turnstileSiteKey } from "../spam/turnstile";
import { createRouter } from "../validation";

/** The widget's first paint, mounted at /api/v1/embed. */
export const embed = createRouter();

const AnchorCount = z
  .object({
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    count: z.number().int().openapi({ description: "visible comments about the passage, replies included" }),
    commentIds: z.array(z.string()).openapi({ description: "their ids, oldest first" }),
  })
  .openapi("AnchorCount");

const EmbedResult = z
  .object({
    campaign: Campaign.nullable(),
    comments: CommentPage.nullable(),
    anchors: z
      .array(AnchorCount)
      .nullable()
      .openapi({ description: "the thread's passages with comments (inline feedback); null without a thread" }),
    turnstile: z
      .string()
      .nullable()
      .openapi({ description: "the Turnstile site key when POST /comments needs a turnstileToken, else null" }),
  })
  .openapi("Embed");

embed.openapi(
  createRoute({
    method: "get",
    path: "/",
    tags: ["Widget"],
    summary: "Campaign progress, the first page of a thread and its anchors, in one D1 batch",
    description: "Either parameter may be omitted; an unknown campaign is `null`, never an error.",
    request: { query: EmbedQuery },
    responses: {
      200: { description: "First paint", content: { "application/json": { schema: EmbedResult } } },
      ...errorResponses(400),
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const { sort, limit } = query;
    const slug = query.campaign || undefined;
    const thread = query.thread || undefined;
    const db = database(c);
    const now = c.get("now").getTime();
    const page = thread === undefined ? null : { thread, sort, limit };
    const statements = [
      ...(slug === undefined ? [] : [campaignStatement(db, slug)]),
      ...(page ? [...pageStatements(db, page), anchorsStatement(db, page.thread)] : []),
    ];
    const results = statements.length ? await db.batch(statements) : [];
    const anchors = page ? anchorsFromResult(results.pop()) : null;
    const campaignRows = slug === undefined ? null : results.shift();
    const record = campaignRows ? await campaignFromRow(db, (campaignRows.results[0] ?? null) as never, now) : null;
    return c.json(
      {
        campaign: record && toPublicCampaign(record, now),
        comments: page && (await pageFromResults(db, page, results)),
        anchors,
        turnstile: turnstileSiteKey(c.env),
      },
      200,
    );
  },
);
