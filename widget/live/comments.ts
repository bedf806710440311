// Live changes on a <goalpost-comments>: new comments wait behind a "3 new comments"
// button (nothing the reader is reading moves until they ask), edits and tallies change
// in place, removals leave a placeholder where replies hang.
import type { LiveMessage } from "../../src/live/messages";
import type { CommentsElement } from "../comments";
import { h } from "../dom";
import type { Comment } from "../types";
import type { Announce } from "./announce";
import { liveStrings } from "./strings";

/** A pushed message, or one a catch-up read made (`replayed`: a comment already shown keeps its text). */
export type Delivered = LiveMessage & { replayed?: boolean };

type CommentMessage = Extract<LiveMessage, { type: "comment" }> & { replayed?: boolean };

export function liveComments(el: CommentsElement, announce: Announce) {
  const strings = liveStrings(el.fmt.lang);
  const waiting = new Map<string, Comment>();
  /** Ids this client inserted itself, so its own "goalpost-added" events are not mistaken for the reader's posts. */
  const inserting = new Set<string>();
  const button = h("button", { class: "btn more", type: "button", part: "new-comments", hidden: true });
  const feed = () => el.root.querySelector<HTMLElement>("[part=list]");
  const article = (id: string) => el.root.querySelector<HTMLElement>(`article[data-id="${CSS.escape(id)}"]`);

  // The reader's own post is shown by the form at once; its push must not count as new.
  el.addEventListener("goalpost-added", (event) => {
    const id = (event as CustomEvent<Comment>).detail.id;
    if (!inserting.has(id) && waiting.delete(id)) paintButton();
  });

  button.onclick = () => {
    const shown = [...waiting.values()];
    waiting.clear();
    paintButton();
    for (const c of shown) {
      // Already shown (the reader's own), or a reply whose parent is not on this page.
      if (el.containers.has(c.id) || (c.parentId && !el.containers.has(c.parentId))) continue;
      inserting.add(c.id);
      el.added({ ...c, replies: [] });
      inserting.delete(c.id);
    }
    announce(el.fmt.count("comments", el.total));
  };

  function paintButton() {
    const list = feed();
    if (!list) return;
    if (!button.isConnected) list.before(button);
    const before = list.getBoundingClientRect().top;
    button.hidden = waiting.size === 0;
    button.textContent = strings.news(waiting.size);
    // Content the reader scrolled past stays where it is (where scroll anchoring did not already keep it).
    const moved = list.getBoundingClientRect().top - before;
    if (moved && before < 0) window.scrollBy(0, moved);
  }

  function onComment({ comment, replayed }: CommentMessage) {
    const shown = article(comment.id);
    if (shown) return replayed ? undefined : edited(shown, comment);
    if (el.containers.has(comment.id)) return;
    waiting.set(comment.id, comment);
    paintButton();
    announce(strings.news(waiting.size));
  }

  /** An edit (or pin) of a comment on the page: the new text in place. */
  function edited(shown: HTMLElement, comment: Comment) {
    const body = shown.querySelector<HTMLElement>(":scope > [part=body]");
    if (!body || body.querySelector("textarea")) return; // Being edited here: the author's save wins.
    // The server's sanitised html, as the first paint shows it.
    // A separate bundle without the goalpost policy: where Trusted Types refuse the html,
    // the comment's text is shown until the next page view.
    try {
      body.innerHTML = comment.html;
    } catch {
      body.textContent = comment.body;
    }
    const mark = shown.querySelector<HTMLElement>(":scope > .row.mu > span[hidden]");
    if (mark && comment.editedAt) mark.hidden = false;
  }

  function onRemoved(id: string, hard: boolean) {
    if (waiting.delete(id)) return paintButton();
    const shown = article(id);
    const replies = el.containers.get(id);
    if (!shown || !replies) return;
    if (!hard && replies.childElementCount) {
      // Its replies stay, under a placeholder, as the server now lists it.
      // A new article, so the author's own delete (CommentsElement.removed) sees this one is gone.
      const placeholder = h(
        "article",
        { part: "comment", "data-id": id },
        h("p", { class: "del" }, el.fmt.t("deleted")),
      );
      shown.replaceWith(placeholder);
      placeholder.append(replies);
    } else {
      shown.remove();
      el.containers.delete(id);
    }
    el.count(Math.max(0, el.total - 1));
  }

  function onVotes(message: Extract<LiveMessage, { type: "votes" }>) {
    const buttons = article(message.id)?.querySelectorAll<HTMLElement>(":scope > [part=actions] > [part=vote]");
    if (!buttons || buttons.length < 2) return;
    buttons[0]!.lastElementChild!.textContent = String(message.upvotes);
    buttons[1]!.lastElementChild!.textContent = String(message.downvotes);
  }

  return (message: Delivered) => {
    if (!feed()) return; // Not painted yet: the first paint brings the state of now.
    if (message.type === "comment" && message.comment.thread === el.thread) onComment(message);
    else if (message.type === "removed") onRemoved(message.id, message.hard === true);
    else if (message.type === "votes") onVotes(message);
  };
}
