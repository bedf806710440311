/**
 * Whether this author (the hash of an author key or SSO id) has an approved comment: the only
 * trust MODERATION=first knows. Never an e-mail or a name.
 */
export async function isTrusted(db: D1Database, authorHash: string | null): Promise<boolean> {
  if (authorHash === null) return false;
  const row = await db
    .prepare("SELECT 1 AS yes FROM comments WHERE author_hash = ?1 AND status = 'approved' LIMIT 1")
    .bind(authorHash)
    .first<{ yes: number }>();
  return row !== null;
}
