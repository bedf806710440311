// Remark42 backup (`backup-SITE-DATE.gz`, gunzipped by the CLI): a first line of metadata
// `{"version":1,"users":[…],"posts":[…]}`, then one comment a line with id, pid (parent),
// text (HTML), orig (the Markdown typed), user, locator (site id and url), votes, time, edit,
// pin, delete.
import { jsonLines } from "./json-lines.mjs";
import { commentItem } from "./records.mjs";

/** Up and down votes from the `votes` map (voter → true for up), else from `score`. */
export function remarkVotes(comment) {
  const votes = Object.values(comment.votes ?? {});
  if (votes.length)
    return { upvotes: votes.filter((v) => v === true).length, downvotes: votes.filter((v) => v === false).length };
  const score = Number(comment.score) || 0;
  return { upvotes: Math.max(score, 0), downvotes: Math.max(-score, 0) };
}

/** Yields reader items for every comment of a Remark42 backup. */
export async function* readRemark42(chunks, { rule }) {
  let site = "";
  for await (const { value, line } of jsonLines(chunks)) {
    if (line === 1 && value && typeof value === "object" && "version" in value && !("id" in value)) {
      if (value.version !== 1 && value.version !== 0)
        throw new Error(`unsupported Remark42 backup version ${value.version}`);
      continue;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      yield { skip: { type: "comment", id: `(line ${line})`, reason: "not a comment object" } };
      continue;
    }
    const from = String(value.locator?.site ?? "").trim();
    if (from && !site) {
      site = from;
      yield { site };
    }
    yield commentItem({
      id: value.id,
      post: value.locator?.url,
      thread: rule(value.locator?.url),
      parentId: value.pid || null,
      name: value.user?.name,
      email: value.user?.email,
      html: value.text,
      markdown: value.orig || undefined,
      status: value.delete ? "deleted" : "approved",
      createdAt: value.time,
      editedAt: value.edit?.time,
      pinned: value.pin,
      ...remarkVotes(value),
    });
  }
}
