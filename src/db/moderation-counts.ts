/** How many comments wait for moderation (pending) and sit in spam: one grouped query on the status index. */
export async function moderationCounts(db: D1Database): Promise<{ pending: number; spam: number }> {
  const { results } = await db
    .prepare("SELECT status, COUNT(*) AS n FROM comments WHERE status IN ('pending', 'spam') GROUP BY status")
    .all<{ status: "pending" | "spam"; n: number }>();
  const counts = { pending: 0, spam: 0 };
  for (const row of results) counts[row.status] = row.n;
  return counts;
}
