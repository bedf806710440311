import type { Anchor, CommentStatus, PublicComment } from "../schemas/comments";

/** What storage knows of a comment, minus secrets (email, token hash, IP hash). */
export type CommentRecord = {
  id: string;
  thread: string;
  parentId: string | null;
  depth: number;
  authorName: string;
  body: string;
  html: string;
  status: CommentStatus;
  pinned: boolean;
  upvotes: number;
  downvotes: number;
  createdAt: number;
  editedAt: number | null;
  /** The passage the comment (or its root) is about; absent or null for none. */
  anchor?: Anchor | null;
  /** Written under a valid SSO identity / with the admin token (absent: false). */
  verified?: boolean;
  owner?: boolean;
};

/** The public author: the name, and whether it is SSO-verified or the site owner. */
export const authorOf = (record: CommentRecord) => ({
  name: record.authorName,
  verified: record.verified === true,
  owner: record.owner === true,
});

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The public shape of one comment. Anything not approved that is still shown (it has shown
 * replies) is a placeholder: `deleted: true`, no body, no author.
 */
export function toPublicComment(record: CommentRecord, replies: PublicComment[] = []): PublicComment {
  const placeholder = record.status !== "approved";
  return {
    id: record.id,
    thread: record.thread,
    parentId: record.parentId,
    depth: record.depth,
    author: placeholder ? null : authorOf(record),
    body: placeholder ? "" : record.body,
    html: placeholder ? "" : record.html,
    createdAt: new Date(record.createdAt).toISOString(),
    editedAt: placeholder ? null : iso(record.editedAt),
    upvotes: record.upvotes,
    downvotes: record.downvotes,
    score: record.upvotes - record.downvotes,
    pinned: record.pinned,
    deleted: placeholder,
    replyCount: replies.length,
    // A placeholder shows nothing its author wrote, the quoted passage included.
    anchor: placeholder ? null : (record.anchor ?? null),
    replies,
  };
}

const oldestFirst = (a: CommentRecord, b: CommentRecord) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Nests the replies under the roots (kept in the order given). Replies come oldest first;
 * a reply whose parent is absent is dropped with its subtree, and a non-approved comment
 * with no remaining replies is dropped, so placeholders exist only above real replies.
 */
export function buildTree(roots: readonly CommentRecord[], replies: readonly CommentRecord[]): PublicComment[] {
  const children = new Map<string, CommentRecord[]>();
  for (const reply of replies) {
    if (reply.parentId === null) continue;
    const siblings = children.get(reply.parentId);
    if (siblings) siblings.push(reply);
    else children.set(reply.parentId, [reply]);
  }
  for (const siblings of children.values()) siblings.sort(oldestFirst);

  const build = (record: CommentRecord): PublicComment | null => {
    const nested: PublicComment[] = [];
    for (const child of children.get(record.id) ?? []) {
      const built = build(child);
      if (built) nested.push(built);
    }
    if (record.status !== "approved" && nested.length === 0) return null;
    return toPublicComment(record, nested);
  };

  const tree: PublicComment[] = [];
  for (const root of roots) {
    const built = build(root);
    if (built) tree.push(built);
  }
  return tree;
}
