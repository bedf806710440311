// Sorting and paging of a rendered <goalpost-comments> (widget/comments.ts), and what
// the comment handlers share: a failure in words, removing a deleted comment.

import type { CommentsElement } from "../comments";
import { SORTS } from "../sorts";
import type { Comment, CommentPage } from "../types";
import { type ApiError, call } from "./call";

/** A failure in words: the API's message, or "could not load" when unreachable. */
export const message = (w: CommentsElement, e: ApiError): string => (e.status ? e.message : w.fmt.t("offline"));

/** Fetches the first page in the current sort, or the next page. */
async function load(w: CommentsElement, next: boolean) {
  w.feed.setAttribute("aria-busy", "true");
  const query = new URLSearchParams({ thread: w.thread, sort: w.sort, limit: String(w.limit) });
  if (next && w.cursor) query.set("cursor", w.cursor);
  const signal = w.signal;
  try {
    const page = await call<CommentPage>(w.api, "GET", `/comments?${query}`, undefined, {}, signal);
    if (!signal.aborted) w.show(page, next);
  } catch (e) {
    if (!signal.aborted) w.live.textContent = message(w, e as ApiError);
  }
  w.feed.removeAttribute("aria-busy");
}

/** Wires the sort tabs and "Load more comments" of `w`, adds its polite announcer (`live`) and gives it `added`. */
export function wireList(w: CommentsElement) {
  w.live = w.kit.h("p", { class: "sr", "aria-live": "polite" });
  w.more.after(w.live);
  w.added = (c) => {
    const [article] = w.kit.renderComment(w, c);
    const parent = c.parentId ? w.containers.get(c.parentId) : null;
    if (parent) parent.append(article);
    else if (w.sort === "newest") w.feed.prepend(article);
    else w.feed.append(article);
    w.markFeed();
    w.count(w.total + 1);
    w.live.textContent = w.fmt.t("posted");
    w.dispatchEvent(new CustomEvent("goalpost-added", { detail: c }));
  };
  w.more.onclick = () => load(w, true);
  w.tabs.forEach((tab, i) => {
    tab.onclick = () => {
      const sort = SORTS[i]!;
      if (w.sort === sort) return;
      w.sort = sort;
      load(w, false);
    };
  });
}

/** Removes a deleted comment; one with replies stays as a placeholder, as on the server. */
export function removed(w: CommentsElement, c: Comment, article: HTMLElement, replies: HTMLElement) {
  if (!article.isConnected) return; // Already removed by a live update (widget/live/comments.ts).
  if (replies.childElementCount) {
    article.replaceWith(w.kit.renderComment(w, { ...c, deleted: true, replies: [] })[0]);
    w.containers.get(c.id)?.append(...replies.childNodes);
  } else article.remove();
  w.count(w.total - 1);
}
