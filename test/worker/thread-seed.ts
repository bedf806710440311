import { env } from "cloudflare:test";

/**
 * Stores a chain straight through D1 (one statement, no API, no rate limit): a top-level
 * comment `rootId` and `length` replies, each answering the one before, with the real
 * materialised paths, depths and reply counts a chain posted before MAX_REPLY_DEPTH had.
 * Reply ids are `<prefix><i in base 36>`, short so a 5,000-deep path stays small.
 */
export async function seedChain(
  thread: string,
  rootId: string,
  prefix: string,
  length: number,
  at = 1_700_000_000_000,
) {
  const ids = JSON.stringify(Array.from({ length }, (_, i) => `${prefix}${(i + 1).toString(36)}`));
  await env.DB.prepare(
    `INSERT INTO comments (id, thread, parent_id, root_id, path, depth, author_name, body, html, status,
                           reply_count, edit_token_hash, created_at)
     WITH RECURSIVE chain(i, id, parent, path) AS (
       SELECT 0, ?2, NULL, ?2
       UNION ALL
       SELECT chain.i + 1, ?3 ->> ('$[' || chain.i || ']'), chain.id, chain.path || '/' || (?3 ->> ('$[' || chain.i || ']'))
         FROM chain WHERE chain.i < ?4
     )
     SELECT id, ?1, parent, ?2, path, i, 'author ' || i, 'reply ' || i, '<p>reply ' || i || '</p>', 'approved',
            CASE WHEN i < ?4 THEN 1 ELSE 0 END, 'not-a-token-hash', ?5 + i
       FROM chain`,
  )
    .bind(thread, rootId, ids, length, at)
    .run();
  return { rootId, ids: JSON.parse(ids) as string[] };
}

/** Stores `count` approved direct replies under a top-level comment, one millisecond apart. */
export async function seedReplies(thread: string, rootId: string, prefix: string, count: number, at: number) {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i.toString().padStart(4, "0")}`);
  await env.DB.prepare(
    `INSERT INTO comments (id, thread, parent_id, root_id, path, depth, author_name, body, html, status,
                           edit_token_hash, created_at)
     SELECT j.value, ?1, ?2, ?2, ?2 || '/' || j.value, 1, 'author', 'reply ' || j.key, '<p>reply</p>', 'approved',
            'not-a-token-hash', ?4 + j.key
       FROM json_each(?3) AS j`,
  )
    .bind(thread, rootId, JSON.stringify(ids), at)
    .run();
  await env.DB.prepare(
    "UPDATE comments SET reply_count = (SELECT COUNT(*) FROM comments AS ch WHERE ch.parent_id = ?1 AND ch.shown = 1) WHERE id = ?1",
  )
    .bind(rootId)
    .run();
  return ids;
}
