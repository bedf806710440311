import { DEFAULT_REPLY_DEPTH, type Moderation } from "../domain/comment-config";
import type { CommentRecord } from "../domain/comment-tree";
import { mailboxKey } from "../domain/mailbox";
import type { Anchor, CommentStatus } from "../schemas/comments";
import { COMMENT_COLUMNS, type CommentRow, toRecord } from "./comment-rows";
import { prepareNamed } from "./named";
import { type RateBind, rateStatements, WITHIN_RATE } from "./rate-limit";
import { subscribeStatement } from "./subscriptions";

export type NewComment = {
  id: string;
  thread: string;
  parentId: string | null;
  authorName: string;
  email: string | null;
  body: string;
  html: string;
  tokenHash: string;
  /** SHA-256 of the client's Idempotency-Key, or null. */
  idempotencyKeyHash: string | null;
  /** SHA-256 of the request the key belongs to (see comment-idempotency.ts), or null. */
  idempotencyFingerprint?: string | null;
  /** Who wrote it (src/domain/writer.ts): author key or SSO id hash, verified, the owner. */
  author?: { hash: string | null; verified: boolean; owner: boolean };
  ipHash: string;
  createdAt: number;
  moderation: Moderation;
  spam: boolean;
  rateLimit: number;
  minute: number;
  subscription: { id: string; kind: "replies" | "thread"; tokenHash: string; authorKeyHash: string | null } | null;
  /** The passage of a top-level comment; a reply copies its root's (its parent's copy). */
  anchor?: Anchor | null;
  /** MAX_REPLY_DEPTH: a reply to a comment this deep is stored beside it, naming it in reply_to_id. */
  maxDepth?: number;
  /** Statements run right after the insert, in its batch (the spam filter's); their results come back in `extra`. */
  afterInsert?: D1PreparedStatement[];
};

/** The insert's named binds; WITHIN_RATE brings its own (RateBind). */
type InsertBind =
  | RateBind
  | "id"
  | "thread"
  | "parentId"
  | "authorName"
  | "email"
  | "emailKey"
  | "body"
  | "html"
  | "tokenHash"
  | "spam"
  | "moderation"
  | "createdAt"
  | "idempotencyKeyHash"
  | "anchorExact"
  | "anchorPrefix"
  | "anchorSuffix"
  | "authorHash"
  | "verified"
  | "owner"
  | "idempotencyFingerprint"
  | "maxDepth";

export type InsertOutcome =
  | { ok: true; comment: CommentRecord; extra?: D1Result[] }
  | { ok: false; reason: "rate_limited" | "parent_not_found" | "parent_other_thread" | "parent_deleted" };

/** The owner's own comments are neither limited nor counted: their network's readers keep their allowance. */
const limitOf = (input: NewComment) => (input.author?.owner ? Number.MAX_SAFE_INTEGER : input.rateLimit);

// The status a new comment gets: the owner's is never held; spam for the honeypot, else what
// MODERATION says. Under `first`, an author is trusted only by an approved earlier comment with
// the same author key or SSO id (:authorHash); an e-mail or a name never earns trust.
const STATUS = `CASE WHEN :owner = 1 THEN 'approved' WHEN :spam = 1 THEN 'spam'
  WHEN :moderation = 'all' THEN 'pending'
  WHEN :moderation = 'first' AND (:authorHash IS NULL OR NOT EXISTS (SELECT 1 FROM comments AS k WHERE k.author_hash = :authorHash AND k.status = 'approved')) THEN 'pending'
  ELSE 'approved' END`;

// MAX_REPLY_DEPTH (:maxDepth): a reply to a comment at the cap (or, in a thread stored before the
// cap, deeper) is stored beside it, under its parent, at its depth, and names it in reply_to_id.
const CAPPED = "CASE WHEN p.depth >= :maxDepth";

/** Recounts the parent the new comment was stored under (its answered comment's parent when capped). */
const recountStoredParent = (db: D1Database, id: string) =>
  db
    .prepare(
      `UPDATE comments SET reply_count =
         (SELECT COUNT(*) FROM comments AS ch WHERE ch.parent_id = comments.id AND ch.shown = 1)
       WHERE id = (SELECT parent_id FROM comments WHERE id = ?1)`,
    )
    .bind(id);

/**
 * Stores a comment in one transaction with its rate-limit count, the parent's reply count and
 * its subscription. The insert itself checks the limit and the parent (visible, same thread),
 * so a rejected comment stores nothing; only a stored comment counts toward the rate limit.
 */
export async function insertComment(db: D1Database, input: NewComment): Promise<InsertOutcome> {
  const insert = prepareNamed(
    db,
    `INSERT INTO comments (id, thread, parent_id, root_id, path, depth, author_name, author_email, email_key,
                           body, html, status, edit_token_hash, ip_hash, created_at, idempotency_key_hash,
                           anchor_exact, anchor_prefix, anchor_suffix, reply_to_id, author_hash, verified, owner,
                           idempotency_fingerprint)
     SELECT :id, :thread, ${CAPPED} THEN p.parent_id ELSE p.id END, COALESCE(p.root_id, :id),
            ${CAPPED} THEN substr(p.path, 1, length(p.path) - length(p.id)) || :id ELSE COALESCE(p.path || '/', '') || :id END,
            ${CAPPED} THEN p.depth ELSE COALESCE(p.depth + 1, 0) END,
            :authorName, :email, :emailKey, :body, :html, ${STATUS}, :tokenHash, :ipHash, :createdAt, :idempotencyKeyHash,
            CASE WHEN p.id IS NULL THEN :anchorExact ELSE p.anchor_exact END,
            CASE WHEN p.id IS NULL THEN :anchorPrefix ELSE p.anchor_prefix END,
            CASE WHEN p.id IS NULL THEN :anchorSuffix ELSE p.anchor_suffix END,
            ${CAPPED} THEN p.id END, :authorHash, :verified, :owner, :idempotencyFingerprint
       FROM (SELECT 1) LEFT JOIN comments AS p ON p.id = :parentId
      WHERE (:parentId IS NULL OR (p.thread = :thread AND p.status = 'approved')) AND ${WITHIN_RATE}`,
    {
      id: input.id,
      thread: input.thread,
      parentId: input.parentId,
      authorName: input.authorName,
      email: input.email,
      emailKey: input.email ? mailboxKey(input.email) : null,
      body: input.body,
      html: input.html,
      tokenHash: input.tokenHash,
      ipHash: input.ipHash,
      minute: input.minute,
      rateLimit: limitOf(input),
      spam: input.spam ? 1 : 0,
      moderation: input.moderation,
      createdAt: input.createdAt,
      idempotencyKeyHash: input.idempotencyKeyHash,
      anchorExact: input.anchor?.exact ?? null,
      anchorPrefix: input.anchor?.prefix ?? null,
      anchorSuffix: input.anchor?.suffix ?? null,
      authorHash: input.author?.hash ?? null,
      verified: input.author?.verified ? 1 : 0,
      owner: input.author?.owner ? 1 : 0,
      idempotencyFingerprint: input.idempotencyFingerprint ?? null,
      maxDepth: input.maxDepth ?? DEFAULT_REPLY_DEPTH,
    } satisfies Record<InsertBind, unknown>,
  );
  const subscribe =
    input.subscription && input.email
      ? [
          subscribeStatement(db, {
            ...input.subscription,
            email: input.email,
            thread: input.thread,
            commentId: input.id,
            createdAt: input.createdAt,
          }),
        ]
      : [];
  const after = input.afterInsert ?? [];
  const results = await db.batch([
    insert,
    ...after,
    ...(input.author?.owner ? [] : rateStatements(db, input.ipHash, input.minute, input.id)),
    ...(input.parentId ? [recountStoredParent(db, input.id)] : []),
    ...subscribe,
    db
      .prepare(
        `SELECT COALESCE((SELECT count FROM comment_rate WHERE ip_hash = ?1 AND minute = ?2), 0) AS rate,
                p.thread, p.status, p.reply_count
           FROM (SELECT 1) LEFT JOIN comments AS p ON p.id = ?3`,
      )
      .bind(input.ipHash, input.minute, input.parentId),
    db.prepare(`SELECT ${COMMENT_COLUMNS} FROM comments AS c WHERE c.id = ?1`).bind(input.id),
  ]);
  const created = results[results.length - 1]?.results[0] as CommentRow | undefined;
  if (created) return { ok: true, comment: toRecord(created), extra: results.slice(1, 1 + after.length) };
  const check = results[results.length - 2]?.results[0] as
    | { rate: number; thread: string | null; status: CommentStatus | null; reply_count: number | null }
    | undefined;
  if (!check || check.rate >= limitOf(input)) return { ok: false, reason: "rate_limited" };
  const shown = check.status === "approved" || (check.reply_count ?? 0) > 0;
  if (!shown) return { ok: false, reason: "parent_not_found" };
  if (check.thread !== input.thread) return { ok: false, reason: "parent_other_thread" };
  return { ok: false, reason: "parent_deleted" };
}
