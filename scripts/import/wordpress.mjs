// WordPress WXR export (Tools → Export): <item>s with <link> and <wp:comment>s carrying
// comment_parent, comment_approved, comment_type, the author and GMT date, and wpDiscuz's
// vote meta. The channel's <wp:base_blog_url> (else its <link>, else <wp:base_site_url>)
// names the site, so two sites' comments (each numbered from 1) never pass for one another.
import { commentItem } from "./records.mjs";
import { children, textOf, xmlElements } from "./xml-elements.mjs";

const STATES = { 1: "approved", 0: "pending", spam: "spam", trash: "deleted", "post-trashed": "deleted" };
/** comment_type values that are comments; the rest are notes, pings, reviews, logs… */
const COMMENT_TYPES = new Set(["", "comment"]);
const PINGS = new Set(["pingback", "trackback"]);
/** The channel's elements naming the site, best first: a WordPress.com blog's base_site_url is wordpress.com's. */
const SITE_ELEMENTS = ["wp:base_blog_url", "link", "wp:base_site_url"];
const WHY = {
  note: "a WordPress editor note (private), not a comment",
  pingback: "a pingback, not a comment (--pingbacks imports them)",
  trackback: "a trackback, not a comment (--pingbacks imports them)",
};

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

/**
 * The address a post's comments are keyed by: its <link>, unless that is a `?p=N`-style
 * link (WordPress's default "plain" permalinks), whose path is only the site's; then the
 * post's slug (<wp:post_name>) under the site's address, as pretty permalinks would have it.
 */
export function postAddress(item, siteUrl) {
  const link = textOf(item, "link");
  const slug = textOf(item, "wp:post_name");
  let url;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  const plain = /(?:^|&)(?:p|page_id|attachment_id)=\d+(?:&|$)/.test(url.search.slice(1));
  if (!plain || !slug) return link;
  const base = (siteUrl || url.origin).replace(/\/+$/, "");
  return `${base}/${encodeURIComponent(decodeURIComponent(slug))}/`;
}

/** Yields reader items for every comment of a WXR file (`pingbacks`: import pingbacks and trackbacks too). */
export async function* readWordPress(chunks, { rule, pingbacks = false }) {
  const channel = {};
  let site = null;
  const skippedTypes = new Map();
  for await (const node of xmlElements(chunks, new Set(["item", ...SITE_ELEMENTS]), {
    name: "rss",
    label: "a WordPress export (WXR)",
  })) {
    if (node.name !== "item") {
      channel[node.name] ??= node.text.trim();
      continue;
    }
    if (site === null) {
      site = SITE_ELEMENTS.map((name) => channel[name]).find(Boolean) ?? "";
      if (site) yield { site };
    }
    const comments = children(node, "wp:comment");
    if (comments.length === 0) continue;
    const post = textOf(node, "wp:post_id") || textOf(node, "link");
    const thread = rule(postAddress(node, site));
    for (const comment of comments) {
      const id = textOf(comment, "wp:comment_id");
      const type = textOf(comment, "wp:comment_type");
      if (!COMMENT_TYPES.has(type) && !(pingbacks && PINGS.has(type))) {
        skippedTypes.set(type, (skippedTypes.get(type) ?? 0) + 1);
        yield { skip: { type: "comment", id, reason: WHY[type] ?? `of type "${type}", not a comment` } };
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
        post,
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
  for (const [type, count] of skippedTypes)
    yield {
      warning: `${count} ${type || "untyped"} record${count === 1 ? "" : "s"} skipped: ${WHY[type] ?? "not comments"}`,
    };
}
