export type VoteValue = 1 | -1 | 0;

export type Tally = { upvotes: number; downvotes: number; score: number; myVote: VoteValue };

const VISIBLE = "EXISTS (SELECT 1 FROM comments WHERE id = ?1 AND status = 'approved')";

/**
 * Casts, replaces (1/-1) or withdraws (0) one voter's vote and recounts the comment's tallies
 * (imported tallies plus the votes cast here) in the same transaction, so concurrent votes are never lost or doubled.
 * Null when the comment is not visible (nothing is stored then).
 */
export async function castVote(
  db: D1Database,
  commentId: string,
  voter: string,
  value: VoteValue,
  now: number,
): Promise<Tally | null> {
  const write =
    value === 0
      ? db.prepare(`DELETE FROM votes WHERE comment_id = ?1 AND voter = ?2 AND ${VISIBLE}`).bind(commentId, voter)
      : db
          .prepare(
            `INSERT INTO votes (comment_id, voter, value, created_at, updated_at)
             SELECT ?1, ?2, ?3, ?4, ?4 WHERE ${VISIBLE}
             ON CONFLICT (comment_id, voter) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
          )
          .bind(commentId, voter, value, now);
  const [, , read] = await db.batch([
    write,
    db
      .prepare(
        `UPDATE comments
            SET upvotes = imported_upvotes + (SELECT COUNT(*) FROM votes WHERE comment_id = ?1 AND value = 1),
                downvotes = imported_downvotes + (SELECT COUNT(*) FROM votes WHERE comment_id = ?1 AND value = -1)
          WHERE id = ?1 AND status = 'approved'`,
      )
      .bind(commentId),
    db
      .prepare(
        `SELECT c.upvotes, c.downvotes,
                (SELECT value FROM votes WHERE comment_id = ?1 AND voter = ?2) AS my_vote
           FROM comments AS c WHERE c.id = ?1 AND c.status = 'approved'`,
      )
      .bind(commentId, voter),
  ]);
  const row = read?.results[0] as { upvotes: number; downvotes: number; my_vote: 1 | -1 | null } | undefined;
  if (!row) return null;
  return {
    upvotes: row.upvotes,
    downvotes: row.downvotes,
    score: row.upvotes - row.downvotes,
    myVote: row.my_vote ?? 0,
  };
}
