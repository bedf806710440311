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
  /** A capped reply (MAX_REPLY_DEPTH): the comment it answers, stored one level deeper than its parent. */
  replyToId?: string | null;
  /** That comment's author name while it is approved; null once it is not. */
  replyToName?: string | null;
  /** Shown direct replies as stored; when absent, the replies given are counted. */
  replyCount?: number;
  /** Written under a valid SSO identity / with the admin token (absent: false). */
  verified?: boolean;
  owner?: boolean;
};

/**
 * How many ancestors above a change are recounted. A change ripples up only through
 * placeholders, and MAX_REPLY_DEPTH (at most 64) bounds every thread written under it, so
 * this is exact for those; a deeper chain stored before the cap costs no more than this.
 */
export const RECOUNT_LEVELS = 65;

/** The ancestor ids of a materialised path with their depths, the nearest RECOUNT_LEVELS only. */
export function nearAncestors(path: string): [string, number][] {
  const ids = path.split("/");
  const from = Math.max(0, ids.length - 1 - RECOUNT_LEVELS);
  return ids.slice(from, -1).map((id, index) => [id, from + index]);
}

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
    replyCount: record.replyCount ?? replies.length,
    // A placeholder shows nothing its author wrote, the quoted passage included.
    anchor: placeholder ? null : (record.anchor ?? null),
    // Whom a capped reply answers; a placeholder names nobody.
    replyTo: !placeholder && record.replyToId ? { id: record.replyToId, name: record.replyToName ?? null } : null,
    moreReplies: null,
    replies,
  };
}

const oldestFirst = (a: CommentRecord, b: CommentRecord) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Nests the replies under the roots (kept in the order given). Replies come oldest first;
 * a reply whose parent is absent is dropped with its subtree, and a non-approved comment
 * with no remaining replies is dropped, so placeholders exist only above real replies.
 * Iterative: the depth of a thread never reaches the call stack.
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

  const tree: PublicComment[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    // Parents before children; built in reverse, so every child exists before its parent.
    const order: CommentRecord[] = [];
    const stack = [root];
    while (stack.length) {
      const record = stack.pop() as CommentRecord;
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      order.push(record);
      for (const child of children.get(record.id) ?? []) stack.push(child);
    }
    const built = new Map<string, PublicComment>();
    for (let i = order.length - 1; i >= 0; i--) {
      const record = order[i] as CommentRecord;
      const nested: PublicComment[] = [];
      for (const child of children.get(record.id) ?? []) {
        const node = built.get(child.id);
        if (node) nested.push(node);
      }
      if (record.status === "approved" || nested.length > 0) built.set(record.id, toPublicComment(record, nested));
    }
    const node = built.get(root.id);
    if (node) tree.push(node);
  }
  return tree;
}

/**
 * Nests one slice of a root's replies (each shown, sorted oldest first): a reply whose parent
 * is in the slice goes under it; any other (a child of the root, or of a comment served in an
 * earlier slice) is listed at the top with its `parentId`, where the client attaches it.
 * One pass, no recursion.
 */
export function nestSlice(records: readonly CommentRecord[]): PublicComment[] {
  // Two passes: a parent created in the same millisecond as its reply may sort after it.
  const built = new Map(records.map((record) => [record.id, toPublicComment(record)] as const));
  const top: PublicComment[] = [];
  for (const record of records) {
    const node = built.get(record.id) as PublicComment;
    const parent = record.parentId === null || record.parentId === record.id ? undefined : built.get(record.parentId);
    (parent ? parent.replies : top).push(node);
  }
  return top;
}
