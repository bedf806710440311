import { z } from "@hono/zod-openapi";
import { CommentId } from "./comments";
import { IsoTime } from "./common";

export const BlockKind = z.enum(["network", "author", "email"]);

export const BlockCreate = z
  .object({
    commentId: CommentId,
    kind: BlockKind.openapi({ description: "the comment's network, author key (or SSO id) or mailbox" }),
    days: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .optional()
      .openapi({ description: "expires after this many days; never when omitted" }),
  })
  .strict()
  .openapi("BlockCreate");

export const Block = z
  .object({
    id: z.string(),
    kind: BlockKind,
    commentId: z.string().nullable(),
    label: z.string().openapi({ description: "what the owner sees of the source (never an IP)" }),
    createdAt: IsoTime,
    expiresAt: IsoTime.nullable(),
  })
  .openapi("Block");

export const BlockIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "id", in: "path" } }),
});

export const SpamModelState = z
  .object({
    filter: z.enum(["learn", "off"]),
    turnstile: z.boolean(),
    spamExamples: z.number().int(),
    hamExamples: z.number().int(),
    features: z.number().int(),
    version: z.number().int(),
    trainedAt: IsoTime.nullable(),
    trained: z.boolean().openapi({ description: "enough examples of both kinds to judge" }),
  })
  .openapi("SpamModelState");

export const RetrainInput = z
  .object({
    cursor: z
      .string()
      .min(1)
      .max(2048)
      .optional()
      .openapi({ description: "nextCursor of the previous call; omit to start over" }),
  })
  .strict()
  .openapi("SpamRetrain");

export const RetrainResult = z
  .object({ learned: z.number().int(), nextCursor: z.string().nullable(), model: SpamModelState })
  .openapi("SpamRetrainResult");
