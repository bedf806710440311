import { env } from "cloudflare:test";
import { admin, call } from "./helpers";

let counter = 0;
/** A thread key no other test uses. */
export const uniqueThread = (prefix = "/t") =>
  `${prefix}/${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A client IP no other test uses, so the per-IP rate limit never couples tests. */
export const uniqueIp = () =>
  `10.${(counter++ % 250) + 1}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

type PostBody = Record<string, unknown> & { thread: string };

/** Posts a comment (from a fresh IP unless one is given) and returns the response. */
export function post(body: PostBody, headers: Record<string, string> = {}) {
  return call("POST", "/api/v1/comments", {
    body: { body: "hello", ...body },
    headers: { "CF-Connecting-IP": uniqueIp(), ...headers },
  });
}

/** Posts a comment that must be published and returns `{ id, editToken }`. */
export async function posted(body: PostBody): Promise<{ id: string; editToken: string; comment: any }> {
  const res = await post(body);
  if (res.status !== 201) throw new Error(`comment not published: ${res.status} ${JSON.stringify(res.json)}`);
  return { id: res.json.comment.id, editToken: res.json.editToken, comment: res.json.comment };
}

/** GET /api/v1/comments for a thread with extra query parameters. */
export function list(thread: string, params: Record<string, string> = {}) {
  const query = new URLSearchParams({ thread, ...params });
  return call("GET", `/api/v1/comments?${query}`);
}

/** Rows stored for a thread, read straight from D1 (comments, their votes and subscriptions). */
export async function stored(thread: string) {
  const row = await env.DB.prepare(
    `SELECT (SELECT COUNT(*) FROM comments WHERE thread = ?1) AS comments,
            (SELECT COUNT(*) FROM votes WHERE comment_id IN (SELECT id FROM comments WHERE thread = ?1)) AS votes,
            (SELECT COUNT(*) FROM subscriptions WHERE thread = ?1) AS subscriptions`,
  )
    .bind(thread)
    .first<{ comments: number; votes: number; subscriptions: number }>();
  return row!;
}

/** Sets a comment's status through the admin API. */
export async function moderate(id: string, change: Record<string, unknown>) {
  const res = await admin("PATCH", `/api/v1/admin/comments/${id}`, { body: change });
  if (res.status !== 200) throw new Error(`moderation failed: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

/** Every comment of a page's trees, depth first, as `[id, depth]`. */
export function flatten(comments: any[]): any[] {
  return comments.flatMap((comment) => [comment, ...flatten(comment.replies)]);
}
