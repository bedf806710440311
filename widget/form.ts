// The comment form (top level and inline replies): the markup only. Posting, the field
// errors and the challenge come with the interactions chunk (widget/interactions/form.ts).
import type { CommentsElement } from "./comments";
import { h, uid } from "./dom";
import type { Key } from "./i18n";
import { later } from "./later";
import type { Comment } from "./types";

/** A labelled control with its (hidden) error line. */
function field(w: CommentsElement, key: Key, control: HTMLElement, hint?: Key) {
  const id = uid();
  control.id = id;
  control.setAttribute("aria-describedby", `${id}e`);
  return h(
    "div",
    { class: "grow" },
    h("label", { for: id }, w.fmt.t(key), hint && ` · ${w.fmt.t(hint)}`),
    control,
    h("p", { class: "err", id: `${id}e`, hidden: true }),
  );
}

/** A form that posts to `parent`'s thread (or the top level); `close` removes a reply form. */
export function commentForm(w: CommentsElement, parent: Comment | null, close?: () => void): HTMLFormElement {
  const t = w.fmt.t;
  const notify = field(
    w,
    "notify",
    h(
      "select",
      { name: "notify" },
      ...(["none", "replies", "thread"] as const).map((value, i) =>
        h("option", { value, selected: i === 1 }, t((["notifyNone", "notifyReplies", "notifyAll"] as const)[i]!)),
      ),
    ),
  );
  // The notification choice only makes sense once there is an address to notify.
  notify.hidden = true;
  const form = h(
    "form",
    { part: parent ? "reply-form" : "form", novalidate: true },
    h(
      "div",
      { class: "row" },
      field(w, "name", h("input", { name: "name", placeholder: t("guest"), autocomplete: "name", maxlength: 64 })),
      field(w, "email", h("input", { name: "email", type: "email", autocomplete: "email" })),
    ),
    notify,
    field(w, "comment", h("textarea", { name: "body", rows: 4 }), "markdown"),
    h(
      "div",
      { class: "hp", "aria-hidden": "true" },
      h("label", null, "Website", h("input", { name: "website", tabindex: -1, autocomplete: "off" })),
    ),
    h(
      "div",
      { class: "row" },
      h("button", { class: "btn", type: "submit" }, t(parent ? "reply" : "post")),
      close && h("button", { class: "lnk", type: "button", onclick: close }, t("cancel")),
      h("p", { class: "mu", role: "status" }),
    ),
    h("p", { class: "err", role: "alert" }),
  );
  later((x) => x.form(w, form, parent, close));
  return form;
}
