import type { Donation } from "../schemas/campaigns";

type DonationRow = {
  id: string;
  amount: number;
  currency: string;
  donor: string | null;
  message: string | null;
  at: number;
  source: string;
  created_at: number;
  donor_public: number;
};

const toDonation = (row: DonationRow): Donation => ({
  id: row.id,
  amount: row.amount,
  currency: row.currency,
  donor: row.donor,
  message: row.message,
  at: new Date(row.at).toISOString(),
  source: row.source,
  createdAt: new Date(row.created_at).toISOString(),
  public: row.donor_public === 1,
});

export type DonationWrite = {
  id: string;
  amount: number;
  donor: string | null;
  message: string | null;
  at: number;
  idempotencyKey: string | null;
  source: string;
};

/**
 * Records a donation unless the campaign already has one with this idempotency key, in one
 * transaction. Returns null for an unknown campaign, else the stored donation and whether
 * this call created it.
 */
export async function insertDonation(db: D1Database, slug: string, input: DonationWrite, now: number) {
  const results = await db.batch([
    db
      .prepare(
        `INSERT INTO donations (id, campaign_id, amount, donor, message, at, idempotency_key, source, created_at)
         SELECT ?1, id, ?3, ?4, ?5, ?6, ?7, ?8, ?9 FROM campaigns WHERE slug = ?2
         ON CONFLICT (campaign_id, idempotency_key) DO NOTHING`,
      )
      .bind(
        input.id,
        slug,
        input.amount,
        input.donor,
        input.message,
        input.at,
        input.idempotencyKey,
        input.source,
        now,
      ),
    db
      .prepare(
        "UPDATE campaigns SET updated_at = ?3 WHERE slug = ?1 AND EXISTS (SELECT 1 FROM donations WHERE id = ?2)",
      )
      .bind(slug, input.id, now),
    db
      .prepare(
        `SELECT d.id, d.amount, c.currency, d.donor, d.message, d.at, d.source, d.created_at, d.donor_public
           FROM campaigns AS c
           LEFT JOIN donations AS d
             ON d.campaign_id = c.id AND (d.id = ?2 OR (?3 IS NOT NULL AND d.idempotency_key = ?3))
          WHERE c.slug = ?1
          ORDER BY d.id = ?2
          LIMIT 1`,
      )
      .bind(slug, input.id, input.idempotencyKey),
  ]);
  const row = results[2]?.results[0] as (Omit<DonationRow, "id"> & { id: string | null }) | undefined;
  if (!row || row.id === null) return null;
  return { donation: toDonation(row as DonationRow), created: row.id === input.id };
}

/** A page of the ledger, newest first by (at, id); null for an unknown campaign. */
export async function listDonations(
  db: D1Database,
  slug: string,
  after: { at: number; id: string } | null,
  limit: number,
): Promise<{ donations: Donation[]; next: { at: number; id: string } | null } | null> {
  const [campaign, page] = await db.batch([
    db.prepare("SELECT id FROM campaigns WHERE slug = ?1").bind(slug),
    db
      .prepare(
        `SELECT d.id, d.amount, c.currency, d.donor, d.message, d.at, d.source, d.created_at, d.donor_public
           FROM donations AS d JOIN campaigns AS c ON c.id = d.campaign_id
          WHERE c.slug = ?1
            AND (?2 IS NULL OR d.at < ?2 OR (d.at = ?2 AND d.id < ?3))
          ORDER BY d.at DESC, d.id DESC
          LIMIT ?4`,
      )
      .bind(slug, after?.at ?? null, after?.id ?? null, limit + 1),
  ]);
  if (!campaign?.results.length) return null;
  const rows = (page?.results ?? []) as DonationRow[];
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return { donations: shown.map(toDonation), next: more && last ? { at: last.at, id: last.id } : null };
}

/** Removes one donation of the campaign (a correction or refund); false when there is none. */
export async function deleteDonation(db: D1Database, slug: string, id: string, now: number): Promise<boolean> {
  const [, deleted] = await db.batch([
    db
      .prepare(
        `UPDATE campaigns SET updated_at = ?3
          WHERE slug = ?1 AND EXISTS (SELECT 1 FROM donations WHERE id = ?2 AND campaign_id = campaigns.id)`,
      )
      .bind(slug, id, now),
    db
      .prepare("DELETE FROM donations WHERE id = ?2 AND campaign_id = (SELECT id FROM campaigns WHERE slug = ?1)")
      .bind(slug, id),
  ]);
  return (deleted?.meta.changes ?? 0) > 0;
}

/** Marks whether a donation's donor appears on the donor wall; null when there is no such donation. */
export async function setDonationPublic(db: D1Database, slug: string, id: string, visible: boolean, now: number) {
  const [, row] = await db.batch([
    db
      .prepare(
        `UPDATE campaigns SET updated_at = ?3
          WHERE slug = ?1 AND EXISTS (SELECT 1 FROM donations WHERE id = ?2 AND campaign_id = campaigns.id)`,
      )
      .bind(slug, id, now),
    db
      .prepare(
        `UPDATE donations SET donor_public = ?3
          WHERE id = ?2 AND campaign_id = (SELECT id FROM campaigns WHERE slug = ?1)
        RETURNING id, amount, (SELECT currency FROM campaigns WHERE slug = ?1) AS currency, donor, message, at,
                  source, created_at, donor_public`,
      )
      .bind(slug, id, visible ? 1 : 0),
  ]);
  const updated = row?.results[0] as DonationRow | undefined;
  return updated ? toDonation(updated) : null;
}

/** Turns a campaign's donor wall on or off; false for an unknown campaign. */
export async function setDonorWall(db: D1Database, slug: string, enabled: boolean, now: number): Promise<boolean> {
  const result = await db
    .prepare("UPDATE campaigns SET donor_wall = ?2, updated_at = ?3 WHERE slug = ?1")
    .bind(slug, enabled ? 1 : 0, now)
    .run();
  return result.meta.changes > 0;
}
