// WordPress WXR export (Tools → Export): <item>s with <link> and <wp:comment>s carrying
// comment_parent, comment_approved, the author and GMT date, and wpDiscuz's vote meta.
import { commentItem } from "./records.mjs";
import { children, textOf, xmlElements } from "./xml-elements.mjs";

const STATES = { 1: "approved", 0: "pending", spam: "spam", trash: "deleted", "post-trashed": "deleted" };

/** wpDiscuz votes: `wpdiscuz_votes_seperate` (a PHP-serialised like/dislike pair) or the net `wpdiscuz_votes`. */
export function wpdiscuzVotes(meta) {
  const separate = meta.get("wpdiscuz_votes_seperate");
  if (separate) {
    const like = /s:4:"like";i:(-?\d+);/.exec(separate);
    const dislike = /s:7:"dislike";i:(-?\d+);/.exec(separate);
    if (like || dislike)
      return { upvotes: Math.abs(Number(like?.[1] ?? 0)), downvotes: Math.abs(Number(dislike?.[1] ?? 0)) };
  }
  const net = Number(meta.get("wpdiscuz_votes") ?? 0) || 0;
  return { upvotes: Math.max(net, 0), downvotes: Math.max(-net, 0) };
}

/** "2018-06-10 14:03:00" (GMT) as an instant; WordPress writes zeros when it has none. */
const gmt = (value) =>
  /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(value) && !value.startsWith("0000") ? `${value.replace(" ", "T")}Z` : null;

/** Yields reader items for every comment of a WXR file. */
export async function* readWordPress(chunks, { rule }) {
  for await (const item of xmlElements(chunks, new Set(["item"]))) {
    const comments = children(item, "wp:comment");
    if (comments.length === 0) continue;
    const thread = rule(textOf(item, "link"));
    for (const comment of comments) {
      const id = textOf(comment, "wp:comment_id");
      const type = textOf(comment, "wp:comment_type");
      if (type === "pingback" || type === "trackback") {
        yield { skip: { type: "comment", id, reason: `a ${type}, not a comment` } };
        continue;
      }
      const approved = textOf(comment, "wp:comment_approved");
      const status = STATES[approved];
      if (!status) {
        yield { skip: { type: "comment", id, reason: `unknown state "${approved}"` } };
        continue;
      }
      const meta = new Map(
        children(comment, "wp:commentmeta").map((m) => [textOf(m, "wp:meta_key"), textOf(m, "wp:meta_value")]),
      );
      const local = textOf(comment, "wp:comment_date");
      const parent = textOf(comment, "wp:comment_parent");
      yield commentItem({
        id,
        thread,
        parentId: parent === "0" ? null : parent,
        name: textOf(comment, "wp:comment_author"),
        email: textOf(comment, "wp:comment_author_email"),
        html: textOf(comment, "wp:comment_content"),
        status,
        // Without a GMT date the local one is the best there is (read as UTC).
        createdAt: gmt(textOf(comment, "wp:comment_date_gmt")) ?? (gmt(local) || local),
        ...wpdiscuzVotes(meta),
      });
    }
  }
}
