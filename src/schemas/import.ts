import { z } from "@hono/zod-openapi";
import { CampaignCreate, DonationCreate, SlugSchema } from "./campaigns";
import { AnchorInput, CommentStatus, ThreadKey } from "./comments";
import { IsoTime, IsoTimeInput } from "./common";

/** Where an import comes from; `goalpost` is our own export, whose ids are kept. */
export const ImportSource = z.enum(["wordpress", "disqus", "remark42", "isso", "goalpost"]);
export type ImportSource = z.infer<typeof ImportSource>;

const Tally = z.number().int().min(0).max(1_000_000_000);
const RecordId = z.string().min(1).max(128);

/**
 * A comment, as the export writes it and every importer maps to. From another system `id`
 * and `parentId` are that system's ids (parents are sent before their replies); from a
 * Goalpost export they are ours and are kept.
 */
export const ImportComment = z
  .object({
    type: z.literal("comment"),
    id: RecordId,
    thread: ThreadKey,
    parentId: RecordId.nullable(),
    author: z.object({
      name: z.string().trim().max(64).openapi({ description: 'empty → "Guest"' }),
      email: z.string().trim().max(254).nullish().openapi({ description: "kept private" }),
    }),
    body: z.string().trim().max(10_000).openapi({ description: "Markdown; empty only for a deleted comment" }),
    status: CommentStatus,
    pinned: z.boolean().default(false),
    upvotes: Tally.default(0),
    downvotes: Tally.default(0),
    createdAt: IsoTimeInput,
    editedAt: IsoTimeInput.nullish(),
    anchor: AnchorInput.nullish().openapi({
      description: "the passage (inline feedback); top-level comments only, replies inherit it",
    }),
  })
  .superRefine((comment, ctx) => {
    if (comment.status !== "deleted" && comment.body === "") {
      ctx.addIssue({ code: "custom", path: ["body"], message: "must not be empty unless the comment is deleted" });
    }
  })
  .openapi("ImportComment");

export type ImportComment = z.infer<typeof ImportComment>;

export const ImportCampaign = CampaignCreate.extend({
  type: z.literal("campaign"),
  createdAt: IsoTimeInput,
  updatedAt: IsoTimeInput,
}).openapi("ImportCampaign");

export type ImportCampaign = z.infer<typeof ImportCampaign>;

export const ImportDonation = DonationCreate.extend({
  type: z.literal("donation"),
  id: z.string().min(1).max(64),
  campaign: SlugSchema,
  at: IsoTimeInput,
  source: z.string().min(1).max(32).default("import"),
  // An Idempotency-Key (≤ 128) or a channel payment's `<source>:<external id>` (id ≤ 255).
  idempotencyKey: z.string().min(1).max(288).nullish(),
  createdAt: IsoTimeInput,
}).openapi("ImportDonation");

export type ImportDonation = z.infer<typeof ImportDonation>;

/** A notification request; its unsubscribe token is never exported, so a new one is made. */
export const ImportSubscription = z
  .object({
    type: z.literal("subscription"),
    id: z.string().min(1).max(64),
    email: z.email().max(254),
    thread: ThreadKey,
    kind: z.enum(["replies", "thread"]),
    commentId: z.string().min(1).max(64),
    confirmed: z.boolean().default(false),
    createdAt: IsoTimeInput,
  })
  .openapi("ImportSubscription");

export type ImportSubscription = z.infer<typeof ImportSubscription>;

export const ImportRecord = z.discriminatedUnion("type", [
  ImportComment,
  ImportCampaign,
  ImportDonation,
  ImportSubscription,
]);
export type ImportRecord = z.infer<typeof ImportRecord>;

export const ImportBatch = z
  .object({
    source: ImportSource,
    site: z.string().trim().max(512).default("").openapi({
      description:
        "the site the records come from (WordPress address, Disqus forum…): ids are unique per source and site",
    }),
    records: z.array(ImportRecord).min(1).max(500),
  })
  .openapi("ImportBatch");

const Counts = z.object({
  campaigns: z.number().int(),
  donations: z.number().int(),
  comments: z.number().int(),
  subscriptions: z.number().int(),
});

export type ImportCounts = z.infer<typeof Counts>;

export const ImportSkip = z.object({ type: z.string(), id: z.string(), reason: z.string() });
export type ImportSkip = z.infer<typeof ImportSkip>;

export const ImportResult = z
  .object({
    created: Counts.openapi({ description: "records added by this batch" }),
    existing: Counts.openapi({ description: "records already imported earlier: nothing changed" }),
    skipped: z.array(ImportSkip).openapi({ description: "records that could not be stored, with the reason" }),
  })
  .openapi("ImportResult");

export type ImportResult = z.infer<typeof ImportResult>;

/** The first line of an export. */
export const ExportHeader = z
  .object({ format: z.literal("goalpost-export"), version: z.literal(1), exportedAt: IsoTime })
  .openapi("ExportHeader");
