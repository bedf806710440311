import { iso } from "../domain/encoding";
// Pages of every table for the export, each in a stable key order (keyset paging, so a page
// costs the same at the end of a large table as at its start). Only owner data leaves: no
// edit-token hashes, IP hashes or unsubscribe-token hashes are ever selected.

import { TIERS_JSON } from "./campaigns";
import { anchorOf } from "./comment-rows";

export type Page<K> = { records: Record<string, unknown>[]; next: K | null };

function paged<K, R>(
  rows: R[],
  limit: number,
  key: (row: R) => K,
  toRecord: (row: R) => Record<string, unknown>,
): Page<K> {
  const last = rows[rows.length - 1];
  return { records: rows.map(toRecord), next: rows.length === limit && last ? key(last) : null };
}

type CampaignRow = {
  id: number;
  slug: string;
  title: string;
  currency: string;
  period_kind: "monthly" | "fixed" | "open";
  time_zone: string;
  starts_at: number | null;
  ends_at: number | null;
  created_at: number;
  updated_at: number;
  tiers: string;
};

/** Campaigns with their tiers and period settings, by id. */
export async function campaignsPage(db: D1Database, after: number, limit: number): Promise<Page<number>> {
  const { results } = await db
    .prepare(
      `SELECT c.id, c.slug, c.title, c.currency, c.period_kind, c.time_zone, c.starts_at, c.ends_at, c.created_at, c.updated_at,
              ${TIERS_JSON} AS tiers
         FROM campaigns AS c WHERE c.id > ?1 ORDER BY c.id LIMIT ?2`,
    )
    .bind(after, limit)
    .all<CampaignRow>();
  return paged(
    results,
    limit,
    (row) => row.id,
    (row) => ({
      type: "campaign",
      slug: row.slug,
      title: row.title,
      currency: row.currency,
      tiers: JSON.parse(row.tiers),
      period:
        row.period_kind === "fixed"
          ? { kind: "fixed", timeZone: row.time_zone, startsAt: iso(row.starts_at), endsAt: iso(row.ends_at) }
          : { kind: row.period_kind, timeZone: row.time_zone },
      createdAt: iso(row.created_at),
      updatedAt: iso(row.updated_at),
    }),
  );
}

type DonationRow = {
  id: string;
  campaign: string;
  amount: number;
  donor: string | null;
  message: string | null;
  at: number;
  idempotency_key: string | null;
  source: string;
  created_at: number;
};

/** Every donation of every campaign, by id. */
export async function donationsPage(db: D1Database, after: string, limit: number): Promise<Page<string>> {
  const { results } = await db
    .prepare(
      `SELECT d.id, c.slug AS campaign, d.amount, d.donor, d.message, d.at, d.idempotency_key, d.source, d.created_at
         FROM donations AS d JOIN campaigns AS c ON c.id = d.campaign_id
        WHERE d.id > ?1 ORDER BY d.id LIMIT ?2`,
    )
    .bind(after, limit)
    .all<DonationRow>();
  return paged(
    results,
    limit,
    (row) => row.id,
    (row) => ({
      type: "donation",
      id: row.id,
      campaign: row.campaign,
      amount: row.amount,
      donor: row.donor,
      message: row.message,
      at: iso(row.at),
      source: row.source,
      idempotencyKey: row.idempotency_key,
      createdAt: iso(row.created_at),
    }),
  );
}

type CommentRow = {
  id: string;
  thread: string;
  parent_id: string | null;
  path: string;
  author_name: string;
  author_email: string | null;
  body: string;
  status: string;
  pinned: number;
  upvotes: number;
  downvotes: number;
  created_at: number;
  edited_at: number | null;
  anchor_exact: string | null;
  anchor_prefix: string | null;
  anchor_suffix: string | null;
};

/** Every comment of every status, by materialised path: a parent always comes before its replies. */
export async function commentsPage(db: D1Database, after: string, limit: number): Promise<Page<string>> {
  const { results } = await db
    .prepare(
      // parent_id: the comment it answers. A reply stored one level up by MAX_REPLY_DEPTH names
      // it in reply_to_id (while it exists); the importer places it one level up again, with replyTo.
      `SELECT c.id, c.thread, COALESCE((SELECT rt.id FROM comments AS rt WHERE rt.id = c.reply_to_id), c.parent_id) AS parent_id, c.path, c.author_name, c.author_email, c.body, c.status, c.pinned,
              c.upvotes, c.downvotes, c.created_at, c.edited_at, c.anchor_exact, c.anchor_prefix, c.anchor_suffix
         FROM comments AS c WHERE c.path > ?1 ORDER BY c.path LIMIT ?2`,
    )
    .bind(after, limit)
    .all<CommentRow>();
  return paged(
    results,
    limit,
    (row) => row.path,
    (row) => ({
      type: "comment",
      id: row.id,
      thread: row.thread,
      parentId: row.parent_id,
      author: { name: row.author_name, email: row.author_email },
      body: row.body,
      status: row.status,
      pinned: row.pinned === 1,
      upvotes: row.upvotes,
      downvotes: row.downvotes,
      createdAt: iso(row.created_at),
      editedAt: iso(row.edited_at),
      // Only top-level comments carry one; an import gives replies their root's.
      anchor: row.parent_id === null ? anchorOf(row) : null,
    }),
  );
}

type SubscriptionRow = {
  id: string;
  email: string;
  thread: string;
  kind: string;
  comment_id: string;
  confirmed: number;
  created_at: number;
};

/** Notification requests without their unsubscribe-token hashes, by id. */
export async function subscriptionsPage(db: D1Database, after: string, limit: number): Promise<Page<string>> {
  const { results } = await db
    .prepare(
      `SELECT s.id, s.email, s.thread, s.kind, s.comment_id, s.confirmed, s.created_at
         FROM subscriptions AS s WHERE s.id > ?1 ORDER BY s.id LIMIT ?2`,
    )
    .bind(after, limit)
    .all<SubscriptionRow>();
  return paged(
    results,
    limit,
    (row) => row.id,
    (row) => ({
      type: "subscription",
      id: row.id,
      email: row.email,
      thread: row.thread,
      kind: row.kind,
      commentId: row.comment_id,
      confirmed: row.confirmed === 1,
      createdAt: iso(row.created_at),
    }),
  );
}
