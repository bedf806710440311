// One comment as an <article>: author, time, the server's sanitised html, votes, reply,
// and edit/delete while this browser holds the comment's edit token. Only the markup: the
// buttons' handlers come with the interactions chunk (widget/interactions/comment.ts).
import { ssoName } from "./api";
import type { CommentsElement } from "./comments";
import { h, type Kid, uid } from "./dom";
import { later } from "./later";
import { myVote, token } from "./store";
import { indentsReplies } from "./tree";
import { setHtml } from "./trusted";
import type { Comment } from "./types";

/** Renders `c` and its replies; returns the article and its replies container. */
export function renderComment(w: CommentsElement, c: Comment): [HTMLElement, HTMLElement] {
  const id = uid();
  const replies = h("div", { class: indentsReplies(c.depth) ? "rep" : "rep flat" });
  w.containers.set(c.id, replies);
  // A page nests at most 50 replies per root, so this recursion is bounded by the server.
  for (const reply of c.replies ?? []) replies.append(renderComment(w, reply)[0]);
  // "More replies": the chunk loads the next ones from this cursor.
  const more = c.moreReplies
    ? h("button", { class: "lnk", type: "button", part: "more-replies" }, w.fmt.t("moreReplies"))
    : null;
  const article = h(
    "article",
    { part: "comment", "aria-labelledby": id, "data-id": c.id },
    ...(c.deleted ? [h("p", { class: "del", id }, w.fmt.t("deleted"))] : content(w, c, id)),
    replies,
    more,
  );
  // Wired once its markup is complete: at once when the chunk is here.
  later((x) => x.comment(w, c, article, replies, more));
  return [article, replies];
}

/** What a comment that is not deleted shows above its replies: header, quote, body and actions. */
function content(w: CommentsElement, c: Comment, id: string): Kid[] {
  const { fmt } = w;
  const t = fmt.t;
  const body = h("div", { class: "body", part: "body" });
  // The one HTML sink of the widget: API.md guarantees `html` is sanitised server-side.
  setHtml(body, c.html, c.body);
  const mine = myVote(c.id);
  // Up/down: the chunk toggles them (widget/interactions/comment.ts).
  const votes = [c.upvotes, c.downvotes].map((n, i) =>
    h(
      "button",
      { class: "lnk", type: "button", part: "vote", "aria-pressed": String(mine === (i ? -1 : 1)) },
      h("span", { "aria-hidden": "true" }, i ? "▼ " : "▲ "),
      h("span", { class: "sr" }, t(i ? "down" : "up")),
      h("span", null, n),
    ),
  );
  const footer = h(
    "div",
    { class: "row", part: "actions" },
    ...votes,
    h("button", { class: "lnk", type: "button", "aria-expanded": "false" }, t("reply")),
  );
  // Its edit token, or (a verified comment under this reader's signed name) the SSO header.
  if (token(c.id) || (c.author?.verified && c.author.name === ssoName(w.api)))
    for (const key of ["edit", "delete"] as const) footer.append(h("button", { class: "lnk", type: "button" }, t(key)));
  footer.append(h("span", { class: "err", role: "alert" }));
  const mark = (key: "verified" | "owner") => c.author?.[key] && h("span", { class: "tag", part: key }, t(key));
  const header = h(
    "div",
    { class: "row mu" },
    h("strong", { id, part: "author", dir: "auto" }, c.author?.name ?? ""),
    // A reply stored one level up by MAX_REPLY_DEPTH says whom it answers (as text only).
    c.replyTo?.name && h("span", { part: "reply-to" }, "↪ ", h("bdi", null, c.replyTo.name)),
    mark("owner"),
    mark("verified"),
    // Its hover title, the full date, comes with the chunk.
    h("time", { datetime: c.createdAt }, fmt.relative(c.createdAt, Date.now())),
    h("span", { hidden: !c.editedAt }, `· ${t("edited")}`),
  );
  // The passage a top-level comment is about, shown whether or not the page still has it.
  return [header, !c.parentId && c.anchor && h("blockquote", { part: "quote" }, c.anchor.exact), body, footer];
}
