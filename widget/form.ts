// The comment form (top level and inline replies): the markup only. Posting, the field
// errors, the challenge, the notification choice (hidden until an address is typed), the
// honeypot and a reply form's Cancel come with the interactions chunk (widget/interactions/form.ts).
import type { CommentsElement } from "./comments";
import { h, uid } from "./dom";
import type { Key } from "./i18n";
import type { Comment } from "./types";

/** A labelled control (the chunk adds its hidden error line). */
export function field(w: CommentsElement, key: Key, control: HTMLElement, hint?: Key) {
  control.id = uid();
  return h(
    "div",
    { class: "grow" },
    h("label", { for: control.id }, w.fmt.t(key), hint && ` · ${w.fmt.t(hint)}`),
    control,
  );
}

/** The form of a new comment on the thread (`parent` null) or of a reply to `parent`. */
export function commentForm(w: CommentsElement, parent: Comment | null): HTMLFormElement {
  const t = w.fmt.t;
  return h(
    "form",
    { part: parent ? "reply-form" : "form", novalidate: true },
    h(
      "div",
      { class: "row" },
      field(w, "name", h("input", { name: "name", placeholder: t("guest"), autocomplete: "name", maxlength: 64 })),
      field(w, "email", h("input", { name: "email", type: "email", autocomplete: "email" })),
    ),
    field(w, "comment", h("textarea", { name: "body", rows: 4 }), "markdown"),
    h(
      "div",
      { class: "row" },
      h("button", { class: "btn", type: "submit" }, t(parent ? "reply" : "post")),
      h("p", { class: "mu", role: "status" }),
    ),
    h("p", { class: "err", role: "alert" }),
  );
}
