import { prepareNamed } from "./named";
export type VoteValue = 1 | -1 | 0;

export type Tally = { upvotes: number; downvotes: number; score: number; myVote: VoteValue };

const VISIBLE = "EXISTS (SELECT 1 FROM comments WHERE id = :commentId AND status = 'approved')";

/** Voter ids of one client network that count per comment (API.md "Writes"). */
export const VOTERS_PER_NETWORK = 3;

// A new voter counts only while its network has fewer than VOTERS_PER_NETWORK voters on the
// comment; a voter already counted may always change its vote.
const WITHIN_CAP = `(EXISTS (SELECT 1 FROM votes WHERE comment_id = :commentId AND voter = :voter)
  OR (SELECT COUNT(*) FROM votes WHERE comment_id = :commentId AND network_hash = :networkHash) < ${VOTERS_PER_NETWORK})`;

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
  networkHash: string,
): Promise<Tally | "rate_limited" | null> {
  const write =
    value === 0
      ? prepareNamed(db, `DELETE FROM votes WHERE comment_id = :commentId AND voter = :voter AND ${VISIBLE}`, {
          commentId,
          voter,
        })
      : prepareNamed(
          db,
          `INSERT INTO votes (comment_id, voter, value, created_at, updated_at, network_hash)
           SELECT :commentId, :voter, :value, :now, :now, :networkHash WHERE ${VISIBLE} AND ${WITHIN_CAP}
           ON CONFLICT (comment_id, voter) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
          { commentId, voter, value, now, networkHash },
        );
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
  // The insert was refused by the cap (the comment is visible, yet this voter has no such vote).
  if (value !== 0 && row.my_vote !== value) return "rate_limited";
  return {
    upvotes: row.upvotes,
    downvotes: row.downvotes,
    score: row.upvotes - row.downvotes,
    myVote: row.my_vote ?? 0,
  };
}
