import type { ImportComment, ImportSkip } from "../schemas/import";
import { DEFAULT_REPLY_DEPTH } from "./comment-config";
import { type CommentRecord, nearAncestors } from "./comment-tree";
import { mailboxKey } from "./mailbox";
import { renderMarkdown } from "./markdown";

/** Where a stored (or just planned) comment sits: what a reply needs to hang under it. */
export type Placement = {
  id: string;
  thread: string;
  rootId: string;
  path: string;
  depth: number;
  /** The comment it is stored under (null: top level); absent when not known. */
  parentId?: string | null;
  /** A reply placed one level up by MAX_REPLY_DEPTH: the comment it answers. */
  replyToId?: string | null;
};

/** A comment already imported, by external id; `null` when its row was since hard-deleted. */
export type Known = Map<string, Placement | null>;

/**
 * A row ready for `comments`: a comment record (a top-level one's `anchor` included; replies
 * get their root's when stored) with its place, external id, address and rendering.
 */
export type PlannedComment = Placement &
  Omit<CommentRecord, keyof Placement> & {
    externalId: string;
    email: string | null;
    emailKey: string | null;
  };

/**
 * The place of a new comment under `parent` (null: top level), as `insertComment` computes
 * it in SQL: the root's id, the materialised path `root/…/parent/id` and the depth.
 */
export function placeUnder(
  parent: Placement | null,
  id: string,
  thread: string,
  maxDepth = DEFAULT_REPLY_DEPTH,
): Placement {
  if (!parent) return { id, thread, rootId: id, path: id, depth: 0, parentId: null, replyToId: null };
  if (parent.depth >= maxDepth && parent.depth > 0) {
    // At the cap: beside the parent, under the parent's own parent (the second-last path segment).
    const above = parent.path.slice(0, parent.path.length - parent.id.length);
    const grandparent = above.slice(0, -1).split("/").pop() ?? parent.rootId;
    return {
      id,
      thread,
      rootId: parent.rootId,
      path: `${above}${id}`,
      depth: parent.depth,
      parentId: grandparent,
      replyToId: parent.id,
    };
  }
  return {
    id,
    thread,
    rootId: parent.rootId,
    path: `${parent.path}/${id}`,
    depth: parent.depth + 1,
    parentId: parent.id,
    replyToId: null,
  };
}

/** The external ids a batch needs looked up: its own and its parents'. */
export const referencedIds = (records: readonly ImportComment[]) => [
  ...new Set(records.flatMap((record) => (record.parentId ? [record.id, record.parentId] : [record.id]))),
];

/**
 * Decides what each comment of a batch becomes: new (placed under its parent, already stored
 * or earlier in the batch), already imported, or skipped with the reason. A deleted comment
 * keeps the text it came with (a moderator's delete here keeps it too; the public placeholder
 * never shows it). Every body is rendered by our Markdown renderer, never taken as HTML.
 */
export function planComments(
  records: readonly ImportComment[],
  known: Known,
  newId: (record: ImportComment) => string,
  maxDepth = DEFAULT_REPLY_DEPTH,
) {
  const placed = new Map(known);
  const inserts: PlannedComment[] = [];
  const skipped: ImportSkip[] = [];
  let existing = 0;
  for (const record of records) {
    if (placed.has(record.id)) {
      existing++;
      continue;
    }
    const skip = (reason: string) => skipped.push({ type: "comment", id: record.id, reason });
    const parent = record.parentId === null ? null : placed.get(record.parentId);
    if (parent === undefined) {
      skip(`parent ${record.parentId} is not imported: send parents before their replies`);
      continue;
    }
    if (parent === null && record.parentId !== null) {
      skip(`parent ${record.parentId} was deleted on this site`);
      continue;
    }
    if (parent && parent.thread !== record.thread) {
      skip(`parent ${record.parentId} is in another thread (${parent.thread})`);
      continue;
    }
    const place = placeUnder(parent, newId(record), record.thread, maxDepth);
    placed.set(record.id, place);
    const email = record.author.email || null;
    inserts.push({
      ...place,
      externalId: record.id,
      parentId: place.parentId ?? null,
      authorName: record.author.name || "Guest",
      email,
      emailKey: email ? mailboxKey(email) : null,
      body: record.body,
      html: record.body ? renderMarkdown(record.body) : "",
      status: record.status,
      pinned: record.pinned,
      upvotes: record.upvotes,
      downvotes: record.downvotes,
      createdAt: record.createdAt,
      editedAt: record.editedAt ?? null,
      anchor: parent ? null : (record.anchor ?? null),
    });
  }
  return { inserts, existing, skipped };
}

/**
 * Every ancestor of the new comments, shallowest first, so that `recountStatements` (which
 * recounts deepest first) lets a newly shown reply ripple up through placeholders.
 */
export function ancestorsToRecount(inserts: readonly Placement[]): string[] {
  const depthOf = new Map<string, number>();
  for (const insert of inserts) for (const [id, depth] of nearAncestors(insert.path)) depthOf.set(id, depth);
  return [...depthOf].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}
