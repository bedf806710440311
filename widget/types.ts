// Shapes of API.md. Campaign comes from the server's schema by `import type`, so zod
// never reaches the bundle; the comment shapes mirror API.md until the comments
// schema lands on main (then they become `import type` too).
import type { Campaign } from "../src/schemas/campaigns";

export type { Campaign };

export type Comment = {
  id: string;
  thread: string;
  parentId: string | null;
  depth: number;
  author: { name: string } | null;
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
  replies: Comment[];
  status?: string;
};

export type Sort = "oldest" | "newest" | "top";

export type CommentPage = {
  thread: string;
  sort: Sort;
  total: number;
  comments: Comment[];
  nextCursor: string | null;
};

export type Embed = { campaign: Campaign | null; comments: CommentPage | null };

export type Posted = { comment: Comment; editToken: string };

export type Votes = { upvotes: number; downvotes: number; score: number; myVote: number };

export type Issue = { path: string; message: string };
