import type { CampaignRecord, Tier, WallEntry } from "../domain/campaign";
import { currentWindow, type PeriodConfig, type PeriodKind, windowHolds } from "../domain/period";
import { prepareNamed } from "./named";
import { isUniqueViolation } from "./unique";

type CampaignRow = {
  id: number;
  slug: string;
  title: string;
  currency: string;
  period_kind: PeriodKind;
  time_zone: string;
  starts_at: number | null;
  ends_at: number | null;
  window_start: number | null;
  window_end: number | null;
  updated_at: number;
  tiers: string;
  raised: number;
  donor_count: number;
  wall: string | null;
};

/** SQL column (campaigns aliased `c`): the campaign's tiers in order, as a JSON array of { amount, label }. */
export const TIERS_JSON = `(SELECT json_group_array(json_object('amount', t.amount, 'label', t.label))
            FROM (SELECT amount, label FROM tiers WHERE campaign_id = c.id ORDER BY position) AS t)`;

/**
 * SQL column: the donor wall (null unless the owner turned it on): the current window's 10
 * newest donations whose donor agreed to be shown, by name only; a name that looks like an
 * e-mail address is never shown.
 */
const WALL_JSON = `CASE WHEN c.donor_wall = 1 THEN
         (SELECT json_group_array(json_object('name', w.donor, 'amount', w.amount, 'at', w.at))
            FROM (SELECT d.donor, d.amount, d.at FROM donations AS d
                   WHERE d.campaign_id = c.id AND d.donor_public = 1
                     AND d.donor IS NOT NULL AND d.donor <> '' AND d.donor NOT LIKE '%@%'
                     AND d.at >= COALESCE(c.window_start, -9007199254740991)
                     AND d.at < COALESCE(c.window_end, 9007199254740991)
                   ORDER BY d.at DESC, d.id DESC LIMIT 10) AS w) END`;

/** One query: the campaign, its tiers and the sum and count of its current window's donations. */
const SELECT_CAMPAIGN = `
  SELECT c.id, c.slug, c.title, c.currency, c.period_kind, c.time_zone, c.starts_at, c.ends_at,
         c.window_start, c.window_end, c.updated_at,
         ${TIERS_JSON} AS tiers,
         (SELECT COALESCE(SUM(d.amount), 0) FROM donations AS d
           WHERE d.campaign_id = c.id
             AND d.at >= COALESCE(c.window_start, -9007199254740991)
             AND d.at < COALESCE(c.window_end, 9007199254740991)) AS raised,
         (SELECT COUNT(*) FROM donations AS d
           WHERE d.campaign_id = c.id
             AND d.at >= COALESCE(c.window_start, -9007199254740991)
             AND d.at < COALESCE(c.window_end, 9007199254740991)) AS donor_count,
         ${WALL_JSON} AS wall
    FROM campaigns AS c`;

const periodOf = (row: CampaignRow): PeriodConfig => ({
  kind: row.period_kind,
  timeZone: row.time_zone,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
});

function toRecord(row: CampaignRow): CampaignRecord & { id: number } {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    currency: row.currency,
    tiers: JSON.parse(row.tiers) as Tier[],
    period: periodOf(row),
    window: { start: row.window_start, end: row.window_end },
    raised: row.raised,
    donorCount: row.donor_count,
    updatedAt: row.updated_at,
    wall: row.wall === null ? null : (JSON.parse(row.wall) as WallEntry[]),
  };
}

/** The statement reading one campaign by slug, for use inside a caller's `batch`. */
export function campaignStatement(db: D1Database, slug: string): D1PreparedStatement {
  return db.prepare(`${SELECT_CAMPAIGN} WHERE c.slug = ?1`).bind(slug);
}

/** Stores the current window of a campaign whose period moved on (a monthly campaign's new month). */
async function refreshWindow(db: D1Database, row: CampaignRow, now: number): Promise<void> {
  const window = currentWindow(periodOf(row), now);
  await db
    .prepare("UPDATE campaigns SET window_start = ?2, window_end = ?3 WHERE id = ?1")
    .bind(row.id, window.start, window.end)
    .run();
}

/**
 * Turns a row of `campaignStatement` into a record valid at `now`. In the rare case that
 * the stored window is stale (a new month began), it is refreshed and the row read again.
 */
export async function campaignFromRow(
  db: D1Database,
  row: CampaignRow | null,
  now: number,
): Promise<(CampaignRecord & { id: number }) | null> {
  if (!row) return null;
  if (windowHolds(periodOf(row), { start: row.window_start, end: row.window_end }, now)) return toRecord(row);
  await refreshWindow(db, row, now);
  return campaignFromRow(db, await campaignStatement(db, row.slug).first<CampaignRow>(), now);
}

/** The campaign with this slug (matched exactly) and its current figures, or null. */
export async function readCampaign(db: D1Database, slug: string, now: number) {
  return campaignFromRow(db, await campaignStatement(db, slug).first<CampaignRow>(), now);
}

/** Every campaign, oldest first, with current figures. */
export async function listCampaigns(db: D1Database, now: number) {
  const { results } = await db.prepare(`${SELECT_CAMPAIGN} ORDER BY c.created_at, c.id`).all<CampaignRow>();
  const stale = results.filter(
    (row) => !windowHolds(periodOf(row), { start: row.window_start, end: row.window_end }, now),
  );
  if (stale.length === 0) return results.map(toRecord);
  await Promise.all(stale.map((row) => refreshWindow(db, row, now)));
  return listCampaigns(db, now);
}

export type CampaignWrite = {
  title: string;
  currency: string;
  tiers: Tier[];
  period: PeriodConfig;
};

export function tierStatements(db: D1Database, slug: string, tiers: Tier[]): D1PreparedStatement[] {
  const insert = db.prepare(
    `INSERT INTO tiers (campaign_id, position, amount, label)
     SELECT id, ?2, ?3, ?4 FROM campaigns WHERE slug = ?1`,
  );
  return tiers.map((tier, position) => insert.bind(slug, position, tier.amount, tier.label));
}

/** Creates a campaign and its tiers in one transaction; false when the slug is taken. */
export async function insertCampaign(
  db: D1Database,
  slug: string,
  input: CampaignWrite,
  now: number,
): Promise<boolean> {
  try {
    await db.batch([
      db
        .prepare(
          `INSERT INTO campaigns (slug, title, currency, period_kind, time_zone, starts_at, ends_at,
                                  window_start, window_end, created_at, updated_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)`,
        )
        .bind(...settingsBinds(slug, input, now)),
      ...tierStatements(db, slug, input.tiers),
    ]);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** ?1–?10 of the insert and the update: slug, settings, the current window, and the time. */
function settingsBinds(slug: string, input: CampaignWrite, now: number) {
  const { period } = input;
  const window = currentWindow(period, now);
  return [
    slug,
    input.title,
    input.currency,
    period.kind,
    period.timeZone,
    period.startsAt,
    period.endsAt,
    window.start,
    window.end,
    now,
  ];
}

/**
 * Changes only the given settings of a campaign (and its tiers, when given) in one
 * transaction; false when it does not exist. Each column keeps its stored value unless the
 * patch names it, so two owners' concurrent patches of different fields both survive; an
 * empty patch touches nothing and answers true (the caller reads the campaign anyway).
 */
export async function updateCampaign(
  db: D1Database,
  slug: string,
  patch: Partial<CampaignWrite>,
  now: number,
): Promise<boolean> {
  const { period } = patch;
  const window = period ? currentWindow(period, now) : null;
  const changes = [patch.title, patch.currency, patch.tiers, period].some((value) => value !== undefined);
  // Nothing to write: the caller's read of the campaign says whether it exists.
  if (!changes) return true;
  const kept = (column: string) => `CASE WHEN :hasPeriod THEN :${column} ELSE ${column} END`;
  const [updated] = await db.batch([
    prepareNamed(
      db,
      `UPDATE campaigns SET title = COALESCE(:title, title), currency = COALESCE(:currency, currency),
              period_kind = ${kept("period_kind")}, time_zone = ${kept("time_zone")},
              starts_at = ${kept("starts_at")}, ends_at = ${kept("ends_at")},
              window_start = ${kept("window_start")}, window_end = ${kept("window_end")}, updated_at = :now
        WHERE slug = :slug`,
      {
        slug,
        title: patch.title ?? null,
        currency: patch.currency ?? null,
        hasPeriod: period ? 1 : 0,
        period_kind: period?.kind ?? null,
        time_zone: period?.timeZone ?? null,
        starts_at: period?.startsAt ?? null,
        ends_at: period?.endsAt ?? null,
        window_start: window?.start ?? null,
        window_end: window?.end ?? null,
        now,
      },
    ),
    ...(patch.tiers
      ? [
          db.prepare("DELETE FROM tiers WHERE campaign_id = (SELECT id FROM campaigns WHERE slug = ?1)").bind(slug),
          ...tierStatements(db, slug, patch.tiers),
        ]
      : []),
  ]);
  return (updated?.meta.changes ?? 0) > 0;
}

/** Deletes a campaign with its tiers and ledger; false when it did not exist. */
export async function deleteCampaign(db: D1Database, slug: string): Promise<boolean> {
  const results = await db.batch([
    db.prepare("DELETE FROM donations WHERE campaign_id = (SELECT id FROM campaigns WHERE slug = ?1)").bind(slug),
    db.prepare("DELETE FROM tiers WHERE campaign_id = (SELECT id FROM campaigns WHERE slug = ?1)").bind(slug),
    db.prepare("DELETE FROM campaigns WHERE slug = ?1").bind(slug),
  ]);
  return (results[2]?.meta.changes ?? 0) > 0;
}
