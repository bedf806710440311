import { z } from "@hono/zod-openapi";
import { hasControl } from "../domain/text-clean";
import { CursorParam, emptyAsAbsent, IsoTime, limitParam } from "./common";
import { WriteHeaders } from "./identity";

// A thread key is NFC-normalised, so keys that look the same are the same thread; a control
// character (a newline, an escape) is refused rather than stored and later shown or linked.
export const ThreadKey = z
  .string()
  .min(1)
  .max(512)
  .refine((key) => !hasControl(key), "must not contain control characters")
  .openapi({ example: "/2018/06/10/al-bukamal", description: "1–512 chars, no control characters; NFC-normalised" })
  .transform((key) => key.normalize("NFC"));
// Ids are opaque: any id that is not ours is simply not found (404), so the bound is only
// against absurd input, far above the length of the ids we issue.
export const CommentId = z.string().min(1).max(2048).openapi({ example: "c_01hqz3k4m5n6p7q8r9s0t1v2w3" });
export const CommentStatus = z.enum(["pending", "approved", "spam", "deleted"]);
export type CommentStatus = z.infer<typeof CommentStatus>;
export const SortParam = z.enum(["oldest", "newest", "top"]);
export type Sort = z.infer<typeof SortParam>;

export const Email = z.email().max(254);

/** The passage a comment is about: a W3C Web Annotation text-quote selector. */
export type Anchor = { exact: string; prefix: string; suffix: string };

/** A passage of a thread with the visible comments about it (roots and their replies). */
export type AnchorCount = Anchor & { count: number; commentIds: string[] };

export const AnchorInput = z
  .object({
    exact: z.string().min(1).max(500).regex(/\S/, "must not be only whitespace"),
    prefix: z.string().max(64).default(""),
    suffix: z.string().max(64).default(""),
  })
  .openapi("Anchor", {
    description: "W3C text-quote selector: the passage, with up to 64 chars of context either side",
  });

const AnchorOut = z
  .object({ exact: z.string(), prefix: z.string(), suffix: z.string() })
  .nullable()
  .openapi({ description: "the passage (a reply has its root's); null when the comment is about the whole page" });

const base = {
  id: z.string(),
  thread: z.string(),
  parentId: z.string().nullable(),
  depth: z.number().int(),
  body: z.string(),
  html: z.string(),
  createdAt: IsoTime,
  editedAt: IsoTime.nullable(),
  upvotes: z.number().int(),
  downvotes: z.number().int(),
  score: z.number().int(),
  pinned: z.boolean(),
  deleted: z.boolean(),
  replyCount: z.number().int(),
  anchor: AnchorOut,
};

/** A comment's public author: never an e-mail. */
export type PublicAuthor = { name: string; verified: boolean; owner: boolean };

export const Author = z
  .object({
    name: z.string(),
    verified: z.boolean().openapi({ description: "written under a valid X-Goalpost-SSO identity (SSO_SECRET)" }),
    owner: z.boolean().openapi({ description: "written by the site owner with the admin token" }),
  })
  .openapi("Author");

/** A public comment with its whole reply tree (replies oldest first). Never carries the email. */
export type PublicComment = {
  id: string;
  thread: string;
  parentId: string | null;
  depth: number;
  author: PublicAuthor | null;
  body: string;
  html: string;
  createdAt: string;
  editedAt: string | null;
  upvotes: number;
  downvotes: number;
  score: number;
  pinned: boolean;
  deleted: boolean;
  replyCount: number;
  anchor: Anchor | null;
  /** A capped reply (MAX_REPLY_DEPTH): the comment it answers; null for every other comment. */
  replyTo: { id: string; name: string | null } | null;
  /** On a top-level comment of a page: the cursor of its next replies; null when all are listed. */
  moreReplies: string | null;
  replies: PublicComment[];
};

/** The fields of the reply-depth cap and reply paging, shared by every public comment shape. */
const threadFields = {
  replyTo: z
    .object({
      id: z.string(),
      name: z.string().nullable().openapi({ description: "null once that comment is deleted or held" }),
    })
    .nullable()
    .openapi({
      description:
        "a reply to a comment at MAX_REPLY_DEPTH is stored one level up (under that comment's parent) and names the comment it answers here; null otherwise",
    }),
  moreReplies: z.string().nullable().openapi({
    description:
      "top-level comments of a page: cursor for GET /api/v1/comments/{id}/replies when more than the 50 listed replies exist; null otherwise (always null on replies)",
  }),
};

export const Comment: z.ZodType<PublicComment> = z
  .object({
    ...base,
    author: Author.nullable().openapi({ description: "null for a deleted placeholder" }),
    ...threadFields,
    get replies(): z.ZodArray<z.ZodType<PublicComment>> {
      return z.array(Comment);
    },
  })
  .openapi("Comment");

export const CommentPage = z
  .object({
    thread: z.string(),
    sort: SortParam,
    total: z.number().int().openapi({ description: "Visible comments of the thread, replies included" }),
    comments: z.array(Comment),
    nextCursor: z.string().nullable(),
  })
  .openapi("CommentPage");

export type CommentPage = z.infer<typeof CommentPage>;

export const ListQuery = z.object({
  thread: ThreadKey,
  sort: emptyAsAbsent(SortParam.default("oldest")),
  limit: limitParam(20, 100),
  cursor: CursorParam,
});

export const RepliesQuery = z.object({ cursor: CursorParam });

export const ReplyPage = z
  .object({
    replies: z.array(Comment).openapi({
      description:
        "the next ≤ 50 replies of the top-level comment, oldest first, nested where the parent is in this slice; an entry whose parentId is not the top-level comment answers one listed earlier: attach it there",
    }),
    moreReplies: z.string().nullable().openapi({ description: "cursor of the next replies; null after the last" }),
  })
  .openapi("ReplyPage");

export type ReplyPage = z.infer<typeof ReplyPage>;

export const CommentCreate = z
  .object({
    thread: ThreadKey,
    parentId: CommentId.nullish(),
    body: z.string().trim().min(1).max(10_000),
    author: z
      .object({
        name: z.string().trim().max(64).nullish().openapi({ description: 'empty or missing → "Guest"' }),
        email: z
          .union([z.literal(""), Email])
          .nullish()
          .openapi({ description: "never shown publicly" }),
      })
      .optional(),
    notify: z.enum(["none", "replies", "thread"]).default("none"),
    website: z.string().max(2048).optional().openapi({ description: "honeypot: leave empty" }),
    turnstileToken: z
      .string()
      .max(2048)
      .optional()
      .openapi({ description: "Turnstile response; required when Turnstile is on" }),
    anchor: AnchorInput.nullish().openapi({ description: "top-level comments only: the passage the comment is about" }),
  })
  .superRefine((input, ctx) => {
    if (input.anchor && input.parentId) {
      ctx.addIssue({
        code: "custom",
        path: ["anchor"],
        message: "only top-level comments carry an anchor; replies inherit their root's",
      });
    }
    if (input.notify !== "none" && !input.author?.email) {
      ctx.addIssue({ code: "custom", path: ["author", "email"], message: "is required when notify is not none" });
    }
  })
  .openapi("CommentCreate");

export type CommentCreate = z.infer<typeof CommentCreate>;

export const CreateHeaders = WriteHeaders.extend({
  "idempotency-key": z
    .string()
    .regex(/^[\x21-\x7e]{1,128}$/, "must be 1–128 visible ASCII characters")
    .optional()
    .openapi({
      param: { name: "idempotency-key", in: "header" },
      description:
        "Idempotency-Key: a client-random key per submission; a retry within 24 h with the same request returns the first comment (editToken null, the first token keeps working); the same key with another request is 422 idempotency_conflict",
    }),
});

export const PostedComment = z
  .object({
    comment: z.object({
      ...base,
      author: Author,
      status: CommentStatus,
      ...threadFields,
      replies: z.array(Comment),
    }),
    editToken: z.string().nullable().openapi({
      description:
        "shown once: Bearer token for the author's PATCH and DELETE; null on an Idempotency-Key replay, whose first answer holds the only token",
    }),
    editableUntil: z
      .string()
      .openapi({ format: "date-time", description: "when the edit window (EDIT_WINDOW_SECONDS) closes" }),
  })
  .openapi("PostedComment");

export const EditedComment = z
  .object({ ...base, author: Author, status: CommentStatus, replies: z.array(Comment) })
  .openapi("EditedComment", { description: "the author's view of their edited comment; status pending while held" });

export const CommentEdit = z.object({ body: z.string().trim().min(1).max(10_000) }).openapi("CommentEdit");

export const IdParams = z.object({ id: CommentId.openapi({ param: { name: "id", in: "path" } }) });

export const VoteInput = z
  .object({
    voter: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "must be 16–64 characters of A–Z, a–z, 0–9, _ and -"),
    value: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
  })
  .openapi("VoteInput");

export const VoteResult = z
  .object({
    upvotes: z.number().int(),
    downvotes: z.number().int(),
    score: z.number().int(),
    myVote: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
  })
  .openapi("VoteResult");

export const CountsQuery = z.object({
  thread: z
    .union([ThreadKey, z.array(ThreadKey).min(1).max(100)])
    .transform((value) => (typeof value === "string" ? [value] : value))
    .openapi({ description: "repeat for several threads (1–100)" }),
});

export const Counts = z.object({ counts: z.record(z.string(), z.number().int()) }).openapi("Counts");

/** The spam filter's verdict on a comment (docs/spam.md). */
export const SpamInfo = z
  .object({
    score: z.number().min(0).max(1).openapi({ description: "the model's spam probability" }),
    reasons: z.array(z.string()).openapi({ description: "the features that weighed most, or why it is spam" }),
  })
  .openapi("SpamInfo");

export const AdminComment = z
  .object({
    ...base,
    author: z.object({ name: z.string(), email: z.string().nullable() }),
    status: CommentStatus,
    spam: SpamInfo,
  })
  .openapi("AdminComment");

export type AdminComment = z.infer<typeof AdminComment>;

export const AdminListQuery = z.object({
  status: CommentStatus.default("pending"),
  thread: ThreadKey.optional(),
  limit: limitParam(50, 100),
  cursor: CursorParam,
});

export const AdminPatch = z
  .object({
    status: CommentStatus.optional(),
    pinned: z.boolean().optional(),
    body: z.string().trim().min(1).max(10_000).optional(),
  })
  .openapi("AdminCommentPatch");

// An empty or unknown campaign is `null` in the answer, never an error, so a typo in the
// embedding page never blanks the comments; an empty value means "omitted".
export const EmbedQuery = z.object({
  campaign: z.string().max(2048).optional().openapi({ description: "campaign slug; unknown → campaign: null" }),
  thread: z.union([z.literal(""), ThreadKey]).optional(),
  sort: emptyAsAbsent(SortParam.default("oldest")),
  limit: limitParam(20, 100),
});
