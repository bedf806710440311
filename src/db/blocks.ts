/** A block as the owner sees it: never the network or key behind it. */
export type Block = {
  id: string;
  kind: "network" | "author" | "email";
  commentId: string | null;
  label: string;
  createdAt: string;
  expiresAt: string | null;
};

type BlockRow = {
  id: string;
  kind: Block["kind"];
  comment_id: string | null;
  label: string;
  created_at: number;
  expires_at: number | null;
};

const toBlock = (row: BlockRow): Block => ({
  id: row.id,
  kind: row.kind,
  commentId: row.comment_id,
  label: row.label,
  createdAt: new Date(row.created_at).toISOString(),
  expiresAt: row.expires_at === null ? null : new Date(row.expires_at).toISOString(),
});

/** What a comment offers to block: its network hash, author key hash and mailbox source. */
export async function blockSources(db: D1Database, commentId: string) {
  return db
    .prepare("SELECT id, author_name, author_email, network_hash, author_key_hash FROM comments WHERE id = ?1")
    .bind(commentId)
    .first<{
      id: string;
      author_name: string;
      author_email: string | null;
      network_hash: string | null;
      author_key_hash: string | null;
    }>();
}

export type NewBlock = {
  id: string;
  kind: Block["kind"];
  value: string;
  commentId: string;
  label: string;
  createdAt: number;
  expiresAt: number | null;
};

/** Stores a block; the same source blocked again replaces the earlier block (its expiry). */
export async function createBlock(db: D1Database, block: NewBlock): Promise<Block> {
  const [, , read] = await db.batch([
    db.prepare("DELETE FROM blocks WHERE kind = ?1 AND value = ?2").bind(block.kind, block.value),
    db
      .prepare(
        "INSERT INTO blocks (id, kind, value, comment_id, label, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
      )
      .bind(block.id, block.kind, block.value, block.commentId, block.label, block.createdAt, block.expiresAt),
    db.prepare("SELECT id, kind, comment_id, label, created_at, expires_at FROM blocks WHERE id = ?1").bind(block.id),
  ]);
  return toBlock(read?.results[0] as BlockRow);
}

/** Every block, newest first; expired ones included (marked by `expiresAt`) until deleted. */
export async function listBlocks(db: D1Database): Promise<Block[]> {
  const { results } = await db
    .prepare("SELECT id, kind, comment_id, label, created_at, expires_at FROM blocks ORDER BY created_at DESC, id DESC")
    .all<BlockRow>();
  return results.map(toBlock);
}

/** Deletes a block; false when there was none. */
export async function deleteBlock(db: D1Database, id: string): Promise<boolean> {
  const result = await db.prepare("DELETE FROM blocks WHERE id = ?1").bind(id).run();
  return result.meta.changes > 0;
}
