// Building the API's comment records (ImportComment in src/schemas/import.ts) from what a
// reader found, with the checks the API would make, so a dry run reports every record that
// cannot be stored and why.
import { htmlToMarkdown } from "./html-to-markdown.mjs";

export const MAX_BODY = 10_000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A time as ISO 8601, or null when it is not a date. */
export function isoTime(value) {
  const ms = typeof value === "number" ? value : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

const count = (value) => {
  const n = Math.abs(Math.trunc(Number(value)));
  return Number.isFinite(n) ? Math.min(n, 1_000_000_000) : 0;
};

/**
 * `{ record, post }` for the API, or `{ skip }` with the reason. `html` is converted to Markdown;
 * `markdown` is taken as it is (Remark42's original text). `post` names the page the comment
 * was on in the old system, so the report can tell when several map to one thread.
 */
export function commentItem({
  id,
  post,
  thread,
  parentId,
  name,
  email,
  html,
  markdown,
  status,
  createdAt,
  editedAt,
  pinned,
  upvotes,
  downvotes,
}) {
  const skip = (reason) => ({ skip: { type: "comment", id: String(id ?? "?"), reason } });
  if (id === undefined || id === null || String(id).trim() === "") return skip("the comment has no id");
  if (thread.error) return skip(`thread: ${thread.error}`);
  const created = isoTime(createdAt);
  if (!created) return skip(`invalid date "${createdAt}"`);
  const body = (markdown ?? htmlToMarkdown(html)).trim();
  if (status !== "deleted" && !body) return skip("the comment is empty once converted");
  if (body.length > MAX_BODY) return skip(`the comment is ${body.length} characters long, over ${MAX_BODY}`);
  const address = String(email ?? "").trim();
  return {
    post: post === undefined || post === null ? undefined : String(post),
    record: {
      type: "comment",
      id: String(id).trim().slice(0, 128),
      thread: thread.thread,
      parentId:
        parentId === null || parentId === undefined || String(parentId).trim() === "" ? null : String(parentId).trim(),
      author: {
        name: String(name ?? "")
          .trim()
          .slice(0, 64)
          .trim(),
        email: EMAIL.test(address) && address.length <= 254 ? address : null,
      },
      body,
      status,
      pinned: Boolean(pinned),
      upvotes: count(upvotes ?? 0),
      downvotes: count(downvotes ?? 0),
      createdAt: created,
      editedAt: editedAt ? isoTime(editedAt) : null,
    },
  };
}
