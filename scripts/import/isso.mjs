// Isso: its SQLite database (tables `threads(id, uri, title)` and `comments(tid, id, parent,
// created, modified, mode, text, author, email, website, likes, dislikes, …)`), read row by
// row, or the same rows as JSON. mode 1 is public, 2 waits in the moderation queue, 4 is a
// deleted comment kept for its replies. Isso keeps the Markdown the author typed (or HTML for
// comments it imported itself) and renders it when read: it is rendered here the same way
// (Markdown with HTML allowed), and that HTML converted, so readers see what Isso showed.
// An Isso database names no site: `--site` does, so two sites' ids (each from 1) never meet.
import MarkdownIt from "markdown-it";
import { commentItem } from "./records.mjs";

const isso = new MarkdownIt({ html: true, linkify: true, breaks: true });
/** An Isso comment's text as the HTML Isso showed. */
export const issoHtml = (text) => (text ? isso.render(String(text)) : "");

const MODES = { 1: "approved", 2: "pending", 4: "deleted" };

/** A reader item for one Isso comment row carrying its thread's `uri`. */
export function issoItem(row, rule) {
  const status = MODES[row.mode];
  if (!status) return { skip: { type: "comment", id: String(row.id), reason: `unknown Isso mode ${row.mode}` } };
  return commentItem({
    id: row.id,
    post: row.tid ?? row.uri,
    thread: row.uri === undefined || row.uri === null ? { error: `unknown thread ${row.tid}` } : rule(row.uri),
    parentId: row.parent ?? null,
    name: row.author,
    email: row.email,
    html: issoHtml(row.text),
    status,
    createdAt: Math.round(Number(row.created) * 1000),
    editedAt: row.modified ? Math.round(Number(row.modified) * 1000) : null,
    upvotes: row.likes ?? 0,
    downvotes: row.dislikes ?? 0,
  });
}

const SQL = `SELECT c.id, c.tid, c.parent, c.created, c.modified, c.mode, c.text, c.author, c.email, c.likes, c.dislikes, t.uri
               FROM comments AS c LEFT JOIN threads AS t ON t.id = c.tid ORDER BY c.id`;

/** Yields reader items from an Isso SQLite file, one row at a time (needs better-sqlite3). */
export async function* readIssoDatabase(file, { rule }) {
  let Database;
  try {
    Database = (await import("better-sqlite3")).default;
  } catch {
    throw new Error(
      "reading an Isso database needs the optional package better-sqlite3 (npm install better-sqlite3@12)",
    );
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    for (const row of db.prepare(SQL).iterate()) yield issoItem(row, rule);
  } finally {
    db.close();
  }
}

/**
 * Yields reader items from Isso rows as JSON: `{ "threads": [{id, uri}], "comments": [...] }`
 * (each table dumped, e.g. `sqlite3 -json`), or an array of comment rows that carry `uri`.
 * JSON is read whole; the database file is streamed.
 */
export function* readIssoJson(text, { rule }) {
  const data = JSON.parse(text);
  const rows = Array.isArray(data) ? data : data?.comments;
  if (!Array.isArray(rows))
    throw new Error('Isso JSON must be an array of comment rows or { "threads": [...], "comments": [...] }');
  const uris = new Map((Array.isArray(data?.threads) ? data.threads : []).map((t) => [t.id, t.uri]));
  for (const row of [...rows].sort((a, b) => Number(a.id) - Number(b.id)))
    yield issoItem({ ...row, uri: row.uri ?? uris.get(row.tid) }, rule);
}
