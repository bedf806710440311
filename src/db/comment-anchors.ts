import type { AnchorCount } from "../schemas/comments";

// Enough for any article; a thread with more distinct passages shows the oldest ones.
const MAX_ANCHORS = 200;

/**
 * The statement listing a thread's anchors, for the embed's batch: one row per distinct
 * passage (exact + prefix + suffix), oldest passage first, with the ids of its visible
 * comments oldest first. Replies carry their root's anchor, so they count too.
 */
export function anchorsStatement(db: D1Database, thread: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT anchor_exact AS exact, anchor_prefix AS prefix, anchor_suffix AS suffix,
              COUNT(*) AS count, json_group_array(id) AS ids
         FROM (SELECT id, anchor_exact, anchor_prefix, anchor_suffix, created_at FROM comments
                WHERE thread = ?1 AND status = 'approved' AND anchor_exact IS NOT NULL
                ORDER BY +created_at, id)
        GROUP BY anchor_exact, anchor_prefix, anchor_suffix
        ORDER BY MIN(created_at)
        LIMIT ${MAX_ANCHORS}`,
    )
    .bind(thread);
}

type AnchorRow = { exact: string; prefix: string | null; suffix: string | null; count: number; ids: string };

/** The anchors from the result of `anchorsStatement`. */
export function anchorsFromResult(result: D1Result | undefined): AnchorCount[] {
  return ((result?.results ?? []) as AnchorRow[]).map((row) => ({
    exact: row.exact,
    prefix: row.prefix ?? "",
    suffix: row.suffix ?? "",
    count: row.count,
    commentIds: JSON.parse(row.ids) as string[],
  }));
}
