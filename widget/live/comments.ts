// Live changes on a <goalpost-comments>: new comments wait behind a "3 new comments"
// button (nothing the reader is reading moves until they ask), edits and tallies change
// in place, removals leave a placeholder where replies hang. A catch-up read (widget/live/
// index.ts) brings the same changes for what was missed while the socket was closed.
import type { LiveMessage } from "../../src/live/messages";
import type { CommentsElement } from "../comments";
import { h } from "../dom";
import type { Comment, CommentPage } from "../types";
import type { Announce } from "./announce";
import { liveStrings } from "./strings";

/**
 * A pushed message, or one made from a catch-up read (`since`: when that read started), which
 * tells the thread as it is now: replayed comments and tallies, then `snapshot`, the page the
 * read returned, for what it no longer lists. What a push said after `since` is newer and wins.
 */
export type Delivered = (LiveMessage | { type: "snapshot"; thread: string; page: CommentPage }) & { since?: number };

type CommentMessage = Extract<LiveMessage, { type: "comment" }> & { since?: number };

/** How long a read replica may lag behind a write it was told about by a push. */
const REPLICA_LAG_MS = 10_000;

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

  function onComment({ comment, since }: CommentMessage) {
    const shown = article(comment.id);
    if (shown && since !== undefined) return caughtUp(shown, comment);
    if (shown) return edited(shown, comment);
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

  /** A comment on the page as a catch-up read lists it: deleted meanwhile, or edited. */
  function caughtUp(shown: HTMLElement, comment: Comment) {
    const placeholder = !!shown.querySelector(":scope > .del");
    if (comment.deleted) return placeholder ? undefined : onRemoved(comment.id, false);
    const body = shown.querySelector<HTMLElement>(":scope > [part=body]");
    if (body && differs(body, comment.html)) edited(shown, comment);
  }

  /**
   * Comments the page shows that a catch-up read of the newest comments should list and
   * does not (removed by their author or a moderator meanwhile) go, as a push would have
   * removed them: top-level ones newer than the oldest listed (all of them when the read
   * saw the whole thread), and replies of a listed comment whose replies were all listed.
   */
  function onSnapshot(page: CommentPage, since = 0) {
    const listed = new Set<string>();
    const partial = new Set<string>();
    const walk = (list: Comment[], root: string | null) => {
      for (const c of list) {
        listed.add(c.id);
        if (c.moreReplies) partial.add(root ?? c.id);
        walk(c.replies ?? [], root ?? c.id);
      }
    };
    walk(page.comments, null);
    const oldest = page.comments.at(-1)?.createdAt ?? "";
    const inWindow = (createdAt: string | null | undefined) => !page.nextCursor || (!!createdAt && createdAt > oldest);
    const gone: string[] = [];
    for (const root of feed()?.querySelectorAll<HTMLElement>(":scope > article") ?? []) {
      const id = root.dataset.id!;
      if (!listed.has(id)) {
        if (inWindow(root.querySelector(":scope > .row time")?.getAttribute("datetime"))) gone.push(id);
      } else if (!partial.has(id)) {
        for (const reply of el.containers.get(id)?.querySelectorAll<HTMLElement>("article[data-id]") ?? [])
          if (!listed.has(reply.dataset.id!)) gone.push(reply.dataset.id!);
      }
    }
    // Not what a push told about just before the read or after it began: a read replica may
    // not have that write yet.
    const older = (id: string) => (pushed.get(id) ?? Number.NEGATIVE_INFINITY) < since - REPLICA_LAG_MS;
    for (const id of gone) if (article(id) && older(id)) onRemoved(id, true);
    for (const [id, c] of waiting) if (!listed.has(id) && inWindow(c.createdAt) && older(id)) waiting.delete(id);
    paintButton();
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

  /** When a push last told about each comment, so an older catch-up read does not undo it. */
  const pushed = new Map<string, number>();
  return (message: Delivered) => {
    if (!feed()) return; // Not painted yet: the first paint brings the state of now.
    const id = message.type === "comment" ? message.comment.id : "id" in message ? message.id : null;
    if (id !== null && message.since === undefined) pushed.set(id, performance.now());
    else if (id !== null && (pushed.get(id) ?? -1) > message.since!) return;
    if (message.type === "comment" && message.comment.thread === el.thread) onComment(message);
    else if (message.type === "snapshot" && message.thread === el.thread) onSnapshot(message.page, message.since);
    else if (message.type === "removed") onRemoved(message.id, message.hard === true);
    else if (message.type === "votes") onVotes(message);
  };
}

/** Whether `html` (the server's sanitised html) would show other than what `body` shows. */
function differs(body: HTMLElement, html: string): boolean {
  try {
    const parsed = document.createElement("template");
    parsed.innerHTML = html;
    return parsed.innerHTML !== body.innerHTML;
  } catch {
    return false; // Trusted Types refuse html here: what the first paint showed stays.
  }
}
