import { mailboxKey } from "../domain/mailbox";
import type { PeriodConfig } from "../domain/period";
import { currentWindow } from "../domain/period";
import type { ImportCampaign, ImportDonation, ImportSubscription } from "../schemas/import";
import { tierStatements } from "./campaigns";

/** The statement reading which of `slugs` are campaigns already. */
export function existingSlugsStatement(db: D1Database, slugs: readonly string[]): D1PreparedStatement {
  return db
    .prepare("SELECT slug FROM campaigns WHERE slug IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(slugs));
}

/** The statement reading which of `ids` are comments (a subscription needs its comment). */
export function existingCommentsStatement(db: D1Database, ids: readonly string[]): D1PreparedStatement {
  return db.prepare("SELECT id FROM comments WHERE id IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(ids));
}

/** The period settings of an imported campaign, as the admin API stores them. */
export const periodOf = (input: ImportCampaign["period"]): PeriodConfig => ({
  kind: input.kind,
  timeZone: input.timeZone ?? "UTC",
  startsAt: input.kind === "fixed" ? (input.startsAt ?? null) : null,
  endsAt: input.kind === "fixed" ? input.endsAt : null,
});

/**
 * A new campaign with its tiers, keeping its creation and update times so its public answer
 * (`updatedAt`) is the one it had where it was exported. A slug taken meanwhile fails the
 * whole batch (UNIQUE), which the route answers 409.
 */
export function importCampaignStatements(db: D1Database, campaign: ImportCampaign, now: number): D1PreparedStatement[] {
  const period = periodOf(campaign.period);
  const window = currentWindow(period, now);
  return [
    db
      .prepare(
        `INSERT INTO campaigns (slug, title, currency, period_kind, time_zone, starts_at, ends_at,
                                window_start, window_end, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)`,
      )
      .bind(
        campaign.slug,
        campaign.title,
        campaign.currency,
        period.kind,
        period.timeZone,
        period.startsAt,
        period.endsAt,
        window.start,
        window.end,
        campaign.createdAt,
        campaign.updatedAt,
      ),
    ...tierStatements(
      db,
      campaign.slug,
      campaign.tiers.map((tier) => ({ amount: tier.amount, label: tier.label || null })),
    ),
  ];
}

/**
 * Donations by id into their campaigns (by slug), each unless its id or its campaign's
 * idempotency key is already there; the campaign's `updated_at` is left as exported.
 * `changes` is the number added.
 */
export function importDonationsStatement(db: D1Database, donations: readonly ImportDonation[]): D1PreparedStatement {
  const rows = donations.map((d) => ({
    id: d.id,
    campaign: d.campaign,
    amount: d.amount,
    donor: d.donor || null,
    message: d.message || null,
    at: d.at,
    key: d.idempotencyKey ?? null,
    source: d.source,
    createdAt: d.createdAt,
  }));
  return db
    .prepare(
      `INSERT INTO donations (id, campaign_id, amount, donor, message, at, idempotency_key, source, created_at)
       SELECT r.value ->> '$.id', c.id, r.value ->> '$.amount', r.value ->> '$.donor', r.value ->> '$.message',
              r.value ->> '$.at', r.value ->> '$.key', r.value ->> '$.source', r.value ->> '$.createdAt'
         FROM json_each(?1) AS r JOIN campaigns AS c ON c.slug = r.value ->> '$.campaign'
        WHERE true
       ON CONFLICT DO NOTHING`,
    )
    .bind(JSON.stringify(rows));
}

/**
 * Subscriptions by id, each with a fresh unsubscribe token hash (the export has none) and
 * its address keyed as a subscription made here is, so that confirmation, unsubscribe and
 * the privacy export and erase find it; `changes` is the number added.
 */
export function importSubscriptionsStatement(
  db: D1Database,
  subscriptions: readonly (ImportSubscription & { tokenHash: string })[],
): D1PreparedStatement {
  const rows = subscriptions.map((s) => ({
    id: s.id,
    email: s.email,
    emailKey: mailboxKey(s.email),
    thread: s.thread,
    kind: s.kind,
    commentId: s.commentId,
    confirmed: s.confirmed ? 1 : 0,
    hash: s.tokenHash,
    createdAt: s.createdAt,
  }));
  return db
    .prepare(
      `INSERT INTO subscriptions (id, email, email_key, thread, kind, comment_id, confirmed, unsubscribe_token_hash, created_at)
       SELECT r.value ->> '$.id', r.value ->> '$.email', r.value ->> '$.emailKey', r.value ->> '$.thread', r.value ->> '$.kind',
              r.value ->> '$.commentId', r.value ->> '$.confirmed', r.value ->> '$.hash', r.value ->> '$.createdAt'
         FROM json_each(?1) AS r
        WHERE true
       ON CONFLICT (id) DO NOTHING`,
    )
    .bind(JSON.stringify(rows));
}
