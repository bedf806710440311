import { toPublicComment } from "../domain/comment-tree";
import { decodeCursor, encodeCursor, threadMark } from "../domain/cursor";
import { validationFailed } from "../errors";
import type { CommentPage, Sort } from "../schemas/comments";
import { rowsByRoot, SLICE_COLUMNS, type SliceRow, sliceIds, sliceOf } from "./comment-replies";
import { COMMENT_COLUMNS, type CommentRow, toRecord } from "./comment-rows";

export type PageQuery = { thread: string; sort: Sort; limit: number; cursor?: string | undefined };

type Key = (string | number)[];

// Each sort is one index direction, so the cursor is a row-value comparison the index can
// seek to (see migrations/0002): "pinned first" is `unpinned` ascending, "top" `neg_score`.
const SORTS: Record<Sort, { tag: string; cols: string; order: string; op: string; types: ("s" | "n")[] }> = {
  oldest: {
    tag: "o",
    cols: "unpinned, created_at, id",
    order: "unpinned, created_at, id",
    op: ">",
    types: ["n", "n", "s"],
  },
  newest: {
    tag: "n",
    cols: "pinned, created_at, id",
    order: "pinned DESC, created_at DESC, id DESC",
    op: "<",
    types: ["n", "n", "s"],
  },
  top: {
    tag: "t",
    cols: "unpinned, neg_score, created_at, id",
    order: "unpinned, neg_score, created_at, id",
    op: ">",
    types: ["n", "n", "n", "s"],
  },
};

const keyOf = (sort: Sort, row: CommentRow): Key =>
  sort === "oldest"
    ? [row.unpinned, row.created_at, row.id]
    : sort === "newest"
      ? [row.pinned, row.created_at, row.id]
      : [row.unpinned, row.neg_score, row.created_at, row.id];

/** The first slot of a cursor: its sort and its thread. */
const cursorTag = (sort: Sort, thread: string) => `${SORTS[sort].tag}.${threadMark(thread)}`;

/** The sort key a cursor carries; 400 `validation_failed` when this server could not have issued it for this thread and sort. */
export function cursorKey(sort: Sort, thread: string, cursor: string | undefined): Key | null {
  if (cursor === undefined) return null;
  const [tag, ...key] = decodeCursor(cursor, ["s", ...SORTS[sort].types]);
  if (tag !== cursorTag(sort, thread) || (key[0] !== 0 && key[0] !== 1)) {
    throw validationFailed([
      { path: "cursor", message: `is not a cursor this server issued for this thread and sort=${sort}` },
    ]);
  }
  return key;
}

/** Roots of the page, in sort order: `alias` names the table; binds ?1 thread, ?2 limit, ?3… the cursor key. */
function rootsSql(sort: Sort, alias: string, columns: string, after: boolean, extra = 0): string {
  const spec = SORTS[sort];
  const prefixed = (list: string) =>
    list
      .split(", ")
      .map((part) => `${alias}.${part}`)
      .join(", ");
  const binds = spec.types.map((_, index) => `?${index + 3}`).join(", ");
  const seek = after ? `AND (${prefixed(spec.cols)}) ${spec.op} (${binds})` : "";
  return `SELECT ${columns} FROM comments AS ${alias}
           WHERE ${alias}.thread = ?1 AND ${alias}.depth = 0 AND ${alias}.shown = 1 ${seek}
           ORDER BY ${prefixed(spec.order)} LIMIT ?2 + ${extra}`;
}

/**
 * The two statements of a page: the roots (one extra, to know whether more follow) with the
 * thread's total, and every shown reply under those roots. Run them in one `batch`.
 */
export function pageStatements(db: D1Database, query: PageQuery): D1PreparedStatement[] {
  const key = cursorKey(query.sort, query.thread, query.cursor);
  const binds = [query.thread, query.limit, ...(key ?? [])];
  const total = "(SELECT COUNT(*) FROM comments WHERE thread = ?1 AND status = 'approved') AS total, c.reply_count";
  const roots = rootsSql(query.sort, "c", `${COMMENT_COLUMNS}, ${total}`, key !== null, 1);
  // At most one slice (+1, to know whether more follow) of each root's replies.
  const replies = `SELECT ${SLICE_COLUMNS} FROM (${rootsSql(query.sort, "r", "r.id", key !== null)}) AS pr
                     JOIN comments AS c ON c.id IN (${sliceIds("pr.id", null)})`;
  return [db.prepare(roots).bind(...binds), db.prepare(replies).bind(...binds)];
}

/** Counts the visible comments of a thread (used only when a page came back empty). */
async function threadTotal(db: D1Database, thread: string): Promise<number> {
  const row = await db
    .prepare("SELECT COUNT(*) AS total FROM comments WHERE thread = ?1 AND status = 'approved'")
    .bind(thread)
    .first<{ total: number }>();
  return row?.total ?? 0;
}

/** Builds the page from the results of `pageStatements`. */
export async function pageFromResults(db: D1Database, query: PageQuery, results: D1Result[]): Promise<CommentPage> {
  const rootRows = (results[0]?.results ?? []) as (CommentRow & { total: number; reply_count: number })[];
  const replyRows = rowsByRoot((results[1]?.results ?? []) as SliceRow[]);
  const more = rootRows.length > query.limit;
  const shown = rootRows.slice(0, query.limit);
  const last = shown[shown.length - 1];
  // An empty first page means an empty thread: every shown comment has a shown root.
  const total = rootRows[0]?.total ?? (query.cursor ? await threadTotal(db, query.thread) : 0);
  return {
    thread: query.thread,
    sort: query.sort,
    total,
    comments: shown.map((row) => ({
      ...toPublicComment({ ...toRecord(row), replyCount: row.reply_count }),
      ...sliceOf(row.id, replyRows.get(row.id) ?? []),
    })),
    nextCursor: more && last ? encodeCursor([cursorTag(query.sort, query.thread), ...keyOf(query.sort, last)]) : null,
  };
}

/** A page of top-level comments with a slice of each one's replies, in one batch of two statements. */
export async function readPage(db: D1Database, query: PageQuery): Promise<CommentPage> {
  return pageFromResults(db, query, await db.batch(pageStatements(db, query)));
}

/** Visible comments per thread in one query; threads without comments count 0. */
export async function countThreads(db: D1Database, threads: readonly string[]): Promise<Record<string, number>> {
  const { results } = await db
    .prepare(
      `SELECT j.value AS thread,
              (SELECT COUNT(*) FROM comments WHERE thread = j.value AND status = 'approved') AS total
         FROM json_each(?1) AS j`,
    )
    .bind(JSON.stringify(threads))
    .all<{ thread: string; total: number }>();
  // fromEntries defines own properties, so a thread named "__proto__" is just a key.
  return Object.fromEntries(results.map((row) => [row.thread, row.total]));
}

/**
 * The counts keyed by each thread as the client spelled it: keys are stored NFC-normalised,
 * and a page whose path is in another form looks its count up under the key it sent.
 */
export function keyedAsAsked(counts: Record<string, number>, asked: readonly string[]): Record<string, number> {
  return Object.fromEntries(
    asked.map((key) => {
      const stored = key.normalize("NFC");
      return [key, Object.hasOwn(counts, stored) ? (counts[stored] ?? 0) : 0];
    }),
  );
}
