import { createRoute } from "@hono/zod-openapi";
import { importCommentStatements, knownStatement, toKnown } from "../../db/import-comments";
import {
  existingCommentsStatement,
  existingSlugsStatement,
  importCampaignStatements,
  importDonationsStatement,
  importSubscriptionsStatement,
} from "../../db/import-ledger";
import { database } from "../../db/request-session";
import { learnStatements } from "../../db/spam-model";
import { isUniqueViolation } from "../../db/unique";
import { commentConfig } from "../../domain/comment-config";
import { newId } from "../../domain/ids";
import { ancestorsToRecount, planComments, referencedIds } from "../../domain/import-plan";
import { hashToken, newToken } from "../../domain/secret-token";
import { ApiError } from "../../errors";
import { ensureEntities } from "../../lean/entity-assets";
import { errorResponses, jsonContent as json, adminSecurity as security } from "../../schemas/common";
import {
  ImportBatch,
  type ImportCampaign,
  type ImportComment,
  type ImportCounts,
  type ImportDonation,
  ImportResult,
  type ImportSkip,
  type ImportSubscription,
} from "../../schemas/import";
import { importedExamples } from "../../spam/learn";
import { createRouter } from "../../validation";

/** Moving in: batches of records from an importer, mounted at /api/v1/admin/import. */
export const adminImport = createRouter();

const zero = (): ImportCounts => ({ campaigns: 0, donations: 0, comments: 0, subscriptions: 0 });
const changes = (result: D1Result | undefined) => result?.meta.changes ?? 0;

adminImport.openapi(
  createRoute({
    method: "post",
    path: "/",
    tags: ["Admin: import and export"],
    summary: "Import a batch of comments, campaigns, donations and subscriptions, idempotently",
    description:
      "Records already imported (same source, site and external id; for `goalpost`, the same id or slug) are left as they are, so a batch sent twice adds nothing. Replies must come after their parents (in this or an earlier batch). The batch is stored in one transaction: a malformed batch stores nothing.",
    security,
    request: { body: { required: true, content: json(ImportBatch) } },
    responses: {
      200: {
        description: "What the batch added, what was already there and what was skipped",
        content: json(ImportResult),
      },
      ...errorResponses(400, 401, 409, 413, 415, 503),
    },
  }),
  async (c) => {
    const { source, site, records } = c.req.valid("json");
    const now = c.get("now").getTime();
    const db = database(c);
    const of = <T>(type: string) => records.filter((record) => record.type === type) as T[];
    const comments = of<ImportComment>("comment");
    const campaigns = of<ImportCampaign>("campaign");
    const donations = of<ImportDonation>("donation");
    const subscriptions = of<ImportSubscription>("subscription");

    const [known, slugs, commentIds] = await db.batch([
      knownStatement(db, source, site, referencedIds(comments)),
      existingSlugsStatement(db, [...campaigns.map((x) => x.slug), ...donations.map((x) => x.campaign)]),
      existingCommentsStatement(
        db,
        subscriptions.map((x) => x.commentId),
      ),
    ]);

    const existing = zero();
    const skipped: ImportSkip[] = [];
    const taken = new Set(((slugs?.results ?? []) as { slug: string }[]).map((row) => row.slug));
    const newCampaigns = campaigns.filter((campaign) => {
      if (taken.has(campaign.slug)) {
        existing.campaigns++;
        return false;
      }
      taken.add(campaign.slug);
      return true;
    });
    const storable = donations.filter((donation) => {
      if (taken.has(donation.campaign)) return true;
      skipped.push({ type: "donation", id: donation.id, reason: `campaign ${donation.campaign} does not exist` });
      return false;
    });

    await ensureEntities(c.env, ...comments.map((record) => record.body));
    const plan = planComments(
      comments,
      toKnown((known?.results ?? []) as never),
      (record) => (source === "goalpost" ? record.id : newId("c", Math.max(0, record.createdAt))),
      commentConfig(c.env).maxReplyDepth,
    );
    existing.comments = plan.existing;
    skipped.push(...plan.skipped);

    const commentsHere = new Set([
      ...((commentIds?.results ?? []) as { id: string }[]).map((row) => row.id),
      ...plan.inserts.map((p) => p.id),
    ]);
    const subscribable = subscriptions.filter((subscription) => {
      if (commentsHere.has(subscription.commentId)) return true;
      skipped.push({
        type: "subscription",
        id: subscription.id,
        reason: `comment ${subscription.commentId} does not exist`,
      });
      return false;
    });
    const hashed = await Promise.all(subscribable.map(async (s) => ({ ...s, tokenHash: await hashToken(newToken()) })));

    const campaignStatements = newCampaigns.flatMap((campaign) => importCampaignStatements(db, campaign, now));
    const commentStatements = [
      ...importCommentStatements(db, source, site, plan.inserts, ancestorsToRecount(plan.inserts), now),
      // Approved and spam comments of the source teach the spam model (docs/spam.md).
      ...learnStatements(db, importedExamples(plan.inserts), now),
    ];
    const commentInsertAt = campaignStatements.length + (source === "goalpost" || plan.inserts.length === 0 ? 0 : 1);
    const statements = [
      ...campaignStatements,
      ...commentStatements,
      ...(storable.length ? [importDonationsStatement(db, storable)] : []),
      ...(hashed.length ? [importSubscriptionsStatement(db, hashed)] : []),
    ];
    let results: D1Result[] = [];
    try {
      if (statements.length) results = await db.batch(statements);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new ApiError(409, "conflict", "A campaign of this batch was created meanwhile; run the import again");
    }

    const created: ImportCounts = {
      campaigns: newCampaigns.length,
      comments: plan.inserts.length ? changes(results[commentInsertAt]) : 0,
      donations: storable.length ? changes(results[campaignStatements.length + commentStatements.length]) : 0,
      subscriptions: hashed.length ? changes(results[results.length - 1]) : 0,
    };
    existing.comments += plan.inserts.length - created.comments;
    existing.donations = storable.length - created.donations;
    existing.subscriptions = hashed.length - created.subscriptions;
    return c.json({ created, existing, skipped }, 200);
  },
);
