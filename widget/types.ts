// Shapes of API.md, shared with the server by `import type` only, so zod never reaches
// the bundle (esbuild drops type-only imports).
import type { Campaign } from "../src/schemas/campaigns";
import type { Anchor, AnchorCount, CommentPage as Page, PublicComment, Sort } from "../src/schemas/comments";

export type { Anchor, AnchorCount, Campaign, Sort };

/** A comment as listed; `status` is present on the answer to a POST. */
export type Comment = PublicComment & { status?: string };

export type CommentPage = Omit<Page, "comments"> & { comments: Comment[] };

export type Embed = {
  campaign: Campaign | null;
  comments: CommentPage | null;
  anchors?: AnchorCount[] | null;
  /** Turnstile's site key when posting needs a challenge. */
  turnstile?: string | null;
};

export type Posted = { comment: Comment; editToken: string; editableUntil: string };

/** GET /comments/:id/replies: the next replies of a top-level comment. */
export type ReplyPage = { replies: Comment[]; moreReplies: string | null };

export type Votes = { upvotes: number; downvotes: number; score: number; myVote: number };

export type Issue = { path: string; message: string };
