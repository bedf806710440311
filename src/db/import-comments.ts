import type { Known, PlannedComment } from "../domain/import-plan";
import type { ImportSource } from "../schemas/import";
import { recountStatements } from "./comment-rows";

type KnownRow = { ext: string; id: string | null; thread: string; root_id: string; path: string; depth: number };

/**
 * Imported comments have no edit token: this marker is not a SHA-256 hex digest, so no
 * presented token can ever match it (the owner's token still edits and deletes them).
 */
export const NO_EDIT_TOKEN = "!imported";

/**
 * The statement finding which of `externalIds` are already here and where they sit. A
 * Goalpost export keeps our ids, so those are looked up directly; other sources through
 * `import_keys` of the same site (a key whose comment was hard-deleted since answers `id: null`).
 * A key stored before keys named their site (site '') still counts, after the site's own
 * (rows ordered so that the site's own key wins in `toKnown`): re-running an import made
 * before the upgrade adds nothing.
 */
export function knownStatement(
  db: D1Database,
  source: ImportSource,
  site: string,
  externalIds: readonly string[],
): D1PreparedStatement {
  const ids = JSON.stringify(externalIds);
  if (source === "goalpost") {
    return db
      .prepare(
        `SELECT j.value AS ext, c.id, c.thread, c.root_id, c.path, c.depth
           FROM json_each(?1) AS j JOIN comments AS c ON c.id = j.value`,
      )
      .bind(ids);
  }
  return db
    .prepare(
      `SELECT j.value AS ext, c.id, c.thread, c.root_id, c.path, c.depth
         FROM json_each(?2) AS j
         JOIN import_keys AS k ON k.source = ?1 AND k.site IN (?3, '') AND k.external_id = j.value
         LEFT JOIN comments AS c ON c.id = k.comment_id
        ORDER BY k.site = ?3`,
    )
    .bind(source, ids, site);
}

/** The rows of `knownStatement` as placements by external id. */
export function toKnown(rows: readonly KnownRow[]): Known {
  return new Map(
    rows.map((row) => [
      row.ext,
      row.id === null
        ? null
        : { id: row.id, thread: row.thread, rootId: row.root_id, path: row.path, depth: row.depth },
    ]),
  );
}

/**
 * The statements storing planned comments, for the caller's batch: their import keys, the
 * rows (each only if its key is the one this batch wrote, so a concurrent run of the same
 * file cannot store a comment twice), then the reply counts of every ancestor, deepest first.
 * The second statement's `changes` is the number of comments created.
 */
export function importCommentStatements(
  db: D1Database,
  source: ImportSource,
  site: string,
  planned: readonly PlannedComment[],
  ancestors: readonly string[],
  now: number,
): D1PreparedStatement[] {
  if (planned.length === 0) return [];
  const rows = JSON.stringify(
    planned.map((p) => ({
      ext: p.externalId,
      id: p.id,
      thread: p.thread,
      parentId: p.parentId,
      replyToId: p.replyToId ?? null,
      rootId: p.rootId,
      path: p.path,
      depth: p.depth,
      name: p.authorName,
      email: p.email,
      emailKey: p.emailKey,
      body: p.body,
      html: p.html,
      status: p.status,
      pinned: p.pinned ? 1 : 0,
      up: p.upvotes,
      down: p.downvotes,
      createdAt: p.createdAt,
      editedAt: p.editedAt,
      exact: p.anchor?.exact ?? null,
      prefix: p.anchor?.prefix ?? null,
      suffix: p.anchor?.suffix ?? null,
    })),
  );
  const keyed = source === "goalpost" ? null : source;
  const keys = keyed
    ? [
        db
          .prepare(
            `INSERT INTO import_keys (source, site, external_id, comment_id, imported_at)
             SELECT ?1, ?4, r.value ->> '$.ext', r.value ->> '$.id', ?2 FROM json_each(?3) AS r WHERE true
             ON CONFLICT (source, site, external_id) DO NOTHING`,
          )
          .bind(keyed, now, rows, site),
      ]
    : [];
  const insert = db
    .prepare(
      `INSERT INTO comments (id, thread, parent_id, root_id, path, depth, author_name, author_email, email_key, body, html,
                             status, pinned, upvotes, downvotes, imported_upvotes, imported_downvotes, edit_token_hash,
                             created_at, edited_at, anchor_exact, anchor_prefix, anchor_suffix, reply_to_id)
       SELECT r.value ->> '$.id', r.value ->> '$.thread', r.value ->> '$.parentId', r.value ->> '$.rootId',
              r.value ->> '$.path', r.value ->> '$.depth', r.value ->> '$.name', r.value ->> '$.email',
              r.value ->> '$.emailKey', r.value ->> '$.body', r.value ->> '$.html', r.value ->> '$.status',
              r.value ->> '$.pinned', r.value ->> '$.up', r.value ->> '$.down', r.value ->> '$.up', r.value ->> '$.down',
              ?3, r.value ->> '$.createdAt', r.value ->> '$.editedAt',
              r.value ->> '$.exact', r.value ->> '$.prefix', r.value ->> '$.suffix', r.value ->> '$.replyToId'
         FROM json_each(?1) AS r
        WHERE NOT EXISTS (SELECT 1 FROM comments AS c WHERE c.id = r.value ->> '$.id')
          AND (?2 IS NULL OR EXISTS (SELECT 1 FROM import_keys AS k
                                      WHERE k.source = ?2 AND k.site = ?4 AND k.external_id = r.value ->> '$.ext'
                                        AND k.comment_id = r.value ->> '$.id'))`,
    )
    .bind(rows, keyed, NO_EDIT_TOKEN, site);
  // Replies carry their root's anchor, as posted ones do (the root may be in this batch,
  // so this runs after the insert).
  const inherit = db
    .prepare(
      `UPDATE comments SET (anchor_exact, anchor_prefix, anchor_suffix) =
              (SELECT r.anchor_exact, r.anchor_prefix, r.anchor_suffix FROM comments AS r WHERE r.id = comments.root_id)
        WHERE id IN (SELECT r.value ->> '$.id' FROM json_each(?1) AS r WHERE r.value ->> '$.depth' > 0)`,
    )
    .bind(rows);
  return [...keys, insert, inherit, ...recountStatements(db, ancestors)];
}
