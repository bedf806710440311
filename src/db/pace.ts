/** The time and amount of every donation of a campaign in a window (open ends unbounded). */
export async function windowDonations(
  db: D1Database,
  campaignId: number,
  window: { start: number | null; end: number | null },
): Promise<{ at: number; amount: number }[]> {
  const { results } = await db
    .prepare(
      `SELECT at, amount FROM donations
        WHERE campaign_id = ?1 AND at >= COALESCE(?2, -9007199254740991) AND at < COALESCE(?3, 9007199254740991)`,
    )
    .bind(campaignId, window.start, window.end)
    .all<{ at: number; amount: number }>();
  return results;
}
