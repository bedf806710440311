// One comment as an <article>: author, time, the server's sanitised html, votes, reply,
// and edit/delete while this browser holds the comment's edit token.
import { type ApiError, call, ssoName } from "./api";
import type { CommentsElement } from "./comments";
import { h, uid } from "./dom";
import { commentForm } from "./form";
import { myVote, setToken, setVote, token, voter } from "./store";
import { indentsReplies } from "./tree";
import { setHtml } from "./trusted";
import type { Comment, ReplyPage, Votes } from "./types";

/** Renders `c` and its replies; returns the article and its replies container. */
export function renderComment(w: CommentsElement, c: Comment): [HTMLElement, HTMLElement] {
  const { fmt } = w;
  const t = fmt.t;
  const id = uid();
  const replies = h("div", { class: indentsReplies(c.depth) ? "rep" : "rep flat" });
  const article = h("article", { part: "comment", "aria-labelledby": id, "data-id": c.id });
  w.containers.set(c.id, replies);
  // A page nests at most 50 replies per root, so this recursion is bounded by the server.
  for (const reply of c.replies ?? []) replies.append(renderComment(w, reply)[0]);
  const more = c.moreReplies ? moreReplies(w, c.id, c.moreReplies, replies) : "";

  if (c.deleted) {
    article.append(h("p", { class: "del", id }, t("deleted")), replies, more);
    return [article, replies];
  }

  const body = h("div", { class: "body", part: "body" });
  // The one HTML sink of the widget: API.md guarantees `html` is sanitised server-side.
  setHtml(body, c.html, c.body);
  const time = h(
    "time",
    { datetime: c.createdAt, title: fmt.full(c.createdAt) },
    fmt.relative(c.createdAt, Date.now()),
  );
  const edited = h("span", { hidden: !c.editedAt }, `· ${t("edited")}`);
  const error = h("span", { class: "err", role: "alert" });
  const footer = h("div", { class: "row", part: "actions" }, ...votes(w, c, error));
  const mark = (key: "verified" | "owner") => c.author?.[key] && h("span", { class: "tag", part: key }, t(key));
  const header = h(
    "div",
    { class: "row mu" },
    h("strong", { id, part: "author", dir: "auto" }, c.author?.name ?? ""),
    // A reply stored one level up by MAX_REPLY_DEPTH says whom it answers (as text only).
    c.replyTo?.name && h("span", { part: "reply-to" }, "↪ ", h("bdi", null, c.replyTo.name)),
    mark("owner") || "",
    mark("verified") || "",
    time,
    edited,
  );

  const fail = (e: ApiError) => (error.textContent = w.message(e));
  let form: HTMLFormElement | null = null;
  const toggleReply = () => {
    replyButton.setAttribute("aria-expanded", String(!form));
    if (form) {
      form.remove();
      form = null;
      return replyButton.focus();
    }
    form = commentForm(w, c, toggleReply);
    footer.after(form);
    form.querySelector("textarea")?.focus();
  };
  const replyButton = h(
    "button",
    { class: "lnk", type: "button", "aria-expanded": "false", onclick: toggleReply },
    t("reply"),
  );
  footer.append(replyButton);

  // Its edit token, or (a verified comment under this reader's signed name) the SSO header.
  if (token(c.id) || (c.author?.verified && c.author.name === ssoName(w.api))) {
    const startEdit = () => {
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
        call<Comment>(w.api, "PATCH", `/comments/${encodeURIComponent(c.id)}`, { body: text.value }, token(c.id)).then(
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
    const remove = () =>
      call(w.api, "DELETE", `/comments/${encodeURIComponent(c.id)}`, undefined, token(c.id)).then(() => {
        setToken(c.id, null);
        w.removed(c, article, replies);
      }, fail);
    footer.append(
      h("button", { class: "lnk", type: "button", onclick: startEdit }, t("edit")),
      h("button", { class: "lnk", type: "button", onclick: remove }, t("delete")),
    );
  }
  footer.append(error);
  // The passage a top-level comment is about, shown whether or not the page still has it.
  const quote = !c.parentId && c.anchor && h("blockquote", { part: "quote" }, c.anchor.exact);
  article.append(header, quote || "", body, footer, replies, more);
  return [article, replies];
}

/**
 * "More replies" under a top-level comment: loads the next 50 from its cursor (base64url, so
 * URL-safe). A reply whose parent is already shown goes under it, the rest under the
 * top-level comment. A failure shows in the button, which retries when clicked.
 */
function moreReplies(w: CommentsElement, id: string, cursor: string | null, replies: HTMLElement) {
  const load = () =>
    call<ReplyPage>(w.api, "GET", `/comments/${encodeURIComponent(id)}/replies?cursor=${cursor}`).then(
      (page) => {
        for (const r of page.replies) (w.containers.get(r.parentId!) ?? replies).append(renderComment(w, r)[0]);
        cursor = page.moreReplies;
        button.hidden = !cursor;
      },
      (e: ApiError) => {
        button.textContent = w.message(e);
      },
    );
  const button = h(
    "button",
    { class: "lnk", type: "button", part: "more-replies", onclick: load },
    w.fmt.t("moreReplies"),
  );
  return button;
}

/** Up/down toggle buttons with an optimistic update that is rolled back on error. */
function votes(w: CommentsElement, c: Comment, error: HTMLElement): HTMLElement[] {
  const t = w.fmt.t;
  let mine = myVote(c.id);
  const counts = [h("span", null), h("span", null)];
  const buttons = ([1, -1] as const).map((value, i) =>
    h(
      "button",
      { class: "lnk", type: "button", part: "vote", onclick: () => cast(value) },
      h("span", { "aria-hidden": "true" }, i ? "▼ " : "▲ "),
      h("span", { class: "sr" }, t(i ? "down" : "up")),
      counts[i]!,
    ),
  );
  const paint = () => {
    counts[0]!.textContent = String(c.upvotes);
    counts[1]!.textContent = String(c.downvotes);
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
    call<Votes>(w.api, "POST", `/comments/${encodeURIComponent(c.id)}/votes`, { voter: voter(), value: next }).then(
      (res) => {
        ({ upvotes: c.upvotes, downvotes: c.downvotes, myVote: mine } = res);
        setVote(c.id, mine);
        paint();
      },
      (e: ApiError) => {
        ({ up: c.upvotes, down: c.downvotes, mine } = before);
        paint();
        error.textContent = w.message(e);
      },
    );
  };
  paint();
  return buttons;
}
