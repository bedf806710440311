// The handlers of one rendered comment (widget/comment.ts): votes, reply form, edit and
// delete while this browser holds the comment's edit token, "More replies", and the time's
// hover title (the full date).

import type { CommentsElement } from "../comments";
import type { Comment, ReplyPage, Votes } from "../types";
import { type ApiError, call } from "./call";
import { wireForm } from "./form";
import { message, removed } from "./list";
import { send } from "./send";
import { setToken, setVote, voter } from "./store";

/** Wires the article of `c` (its replies container `replies`, its "More replies" button `more`). */
export function wireComment(
  w: CommentsElement,
  c: Comment,
  article: HTMLElement,
  replies: HTMLElement,
  more: HTMLElement | null,
) {
  if (more) moreReplies(w, c.id, c.moreReplies ?? null, replies, more);
  if (c.deleted) return;
  const { commentForm, h, setHtml, token } = w.kit;
  const t = w.fmt.t;
  const footer = article.querySelector<HTMLElement>(":scope > [part=actions]")!;
  const body = article.querySelector<HTMLElement>(":scope > [part=body]")!;
  const edited = article.querySelector<HTMLElement>(":scope > .row.mu > span:last-child")!;
  // The full date and time, on hover.
  edited.previousElementSibling!.setAttribute(
    "title",
    new Intl.DateTimeFormat(w.fmt.locale, { dateStyle: "long", timeStyle: "short" }).format(Date.parse(c.createdAt)),
  );
  const [up, down, replyButton, ...rest] = footer.children as unknown as HTMLButtonElement[];
  const error = rest.pop()!;
  votes(w, c, [up!, down!], error);

  const fail = (e: ApiError) => (error.textContent = message(w, e));
  let form: HTMLFormElement | null = null;
  const toggleReply = () => {
    replyButton!.setAttribute("aria-expanded", String(!form));
    if (form) {
      form.remove();
      form = null;
      return replyButton!.focus();
    }
    form = commentForm(w, c);
    wireForm(w, form, c, toggleReply);
    footer.after(form);
    form.querySelector("textarea")?.focus();
  };
  replyButton!.onclick = toggleReply;

  const [editButton, deleteButton] = rest;
  if (!editButton || !deleteButton) return;
  editButton.onclick = () => {
    const text = h("textarea", { "aria-label": t("edit") }, c.body);
    const done = () => editor.replaceWith(body);
    const editor = h(
      "form",
      { part: "edit-form" },
      text,
      h(
        "div",
        { class: "row" },
        h("button", { class: "btn" }, t("save")),
        h("button", { class: "lnk", type: "button", onclick: done }, t("cancel")),
      ),
    );
    editor.onsubmit = (event) => {
      event.preventDefault();
      send<Comment>(w, "PATCH", `/comments/${encodeURIComponent(c.id)}`, { body: text.value }, token(c.id)).then(
        (updated) => {
          c.body = updated.body;
          setHtml(body, updated.html, updated.body);
          edited.hidden = false;
          done();
        },
        fail,
      );
    };
    body.replaceWith(editor);
    text.focus();
  };
  deleteButton.onclick = () =>
    send(w, "DELETE", `/comments/${encodeURIComponent(c.id)}`, undefined, token(c.id)).then(() => {
      setToken(w.kit.state, c.id, null);
      removed(w, c, article, replies);
    }, fail);
}

/**
 * "More replies" under a top-level comment: loads the next 50 from its cursor (base64url, so
 * URL-safe). A reply whose parent is already shown goes under it, the rest under the
 * top-level comment. A failure shows in the button, which retries when clicked.
 */
function moreReplies(w: CommentsElement, id: string, cursor: string | null, replies: HTMLElement, button: HTMLElement) {
  button.onclick = () =>
    call<ReplyPage>(w.api, "GET", `/comments/${encodeURIComponent(id)}/replies?cursor=${cursor}`).then(
      (page) => {
        for (const r of page.replies) (w.containers.get(r.parentId!) ?? replies).append(w.kit.renderComment(w, r)[0]);
        cursor = page.moreReplies;
        button.hidden = !cursor;
      },
      (e: ApiError) => {
        button.textContent = message(w, e);
      },
    );
}

/** Up/down toggle buttons with an optimistic update that is rolled back on error. */
function votes(w: CommentsElement, c: Comment, buttons: HTMLButtonElement[], error: HTMLElement) {
  let mine = w.kit.state.votes[c.id] ?? 0;
  const paint = () => {
    buttons[0]!.lastElementChild!.textContent = String(c.upvotes);
    buttons[1]!.lastElementChild!.textContent = String(c.downvotes);
    buttons.forEach((button, i) => {
      button.setAttribute("aria-pressed", String(mine === (i ? -1 : 1)));
    });
  };
  const cast = (value: 1 | -1) => {
    const before = { up: c.upvotes, down: c.downvotes, mine };
    const next = mine === value ? 0 : value;
    c.upvotes += (next === 1 ? 1 : 0) - (mine === 1 ? 1 : 0);
    c.downvotes += (next === -1 ? 1 : 0) - (mine === -1 ? 1 : 0);
    mine = next;
    error.textContent = "";
    paint();
    send<Votes>(w, "POST", `/comments/${encodeURIComponent(c.id)}/votes`, {
      voter: voter(w.kit.state),
      value: next,
    }).then(
      (res) => {
        ({ upvotes: c.upvotes, downvotes: c.downvotes, myVote: mine } = res);
        setVote(w.kit.state, c.id, mine);
        paint();
      },
      (e: ApiError) => {
        ({ up: c.upvotes, down: c.downvotes, mine } = before);
        paint();
        error.textContent = message(w, e);
      },
    );
  };
  buttons.forEach((button, i) => {
    button.onclick = () => cast(i ? -1 : 1);
  });
}
