// Reads the live updates need (src/live/): current tallies, the thread of a comment and
// the campaign a payment belongs to. Only visible (approved) comments are read.

export type LiveTally = { upvotes: number; downvotes: number; score: number };

/** The tallies of a visible comment, or null when it is not visible. */
export async function readVisibleTally(db: D1Database, id: string): Promise<LiveTally | null> {
  const row = await db
    .prepare("SELECT upvotes, downvotes FROM comments WHERE id = ?1 AND status = 'approved'")
    .bind(id)
    .first<{ upvotes: number; downvotes: number }>();
  return row && { upvotes: row.upvotes, downvotes: row.downvotes, score: row.upvotes - row.downvotes };
}

/** The thread of a visible comment, or null. */
export async function readVisibleThread(db: D1Database, id: string): Promise<string | null> {
  return db
    .prepare("SELECT thread FROM comments WHERE id = ?1 AND status = 'approved'")
    .bind(id)
    .first<{ thread: string }>()
    .then((row) => row?.thread ?? null);
}
