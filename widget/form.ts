// The comment form (top level and inline replies). Errors from the API's envelope are
// shown next to the field its `issues[].path` names; the rest next to the button.
import { type ApiError, callWithRetry } from "./api";
import { challenge } from "./challenge";
import type { CommentsElement } from "./comments";
import { h, uid } from "./dom";
import type { Key } from "./i18n";
import { randomKey, setToken } from "./store";
import type { Comment, Posted } from "./types";

/** A labelled control with its error line; returns [wrapper, show error]. */
function field(w: CommentsElement, key: Key, control: HTMLElement, hint?: Key) {
  const id = uid();
  const error = h("p", { class: "err", id: `${id}e`, hidden: true });
  control.id = id;
  control.setAttribute("aria-describedby", `${id}e`);
  const wrap = h(
    "div",
    { class: "grow" },
    h("label", { for: id }, w.fmt.t(key), hint && ` · ${w.fmt.t(hint)}`),
    control,
    error,
  );
  const show = (message: string | null) => {
    error.hidden = !message;
    error.textContent = message;
    control.toggleAttribute("aria-invalid", !!message);
  };
  return [wrap, show] as const;
}

/** A form that posts to `parent`'s thread (or the top level); `close` removes a reply form. */
export function commentForm(w: CommentsElement, parent: Comment | null, close?: () => void): HTMLFormElement {
  const t = w.fmt.t;
  const name = h("input", { name: "name", placeholder: t("guest"), autocomplete: "name", maxlength: 64 });
  const email = h("input", { name: "email", type: "email", autocomplete: "email" });
  const notify = h(
    "select",
    { name: "notify" },
    ...(["none", "replies", "thread"] as const).map((value, i) =>
      h("option", { value, selected: i === 1 }, t((["notifyNone", "notifyReplies", "notifyAll"] as const)[i]!)),
    ),
  );
  const text = h("textarea", { name: "body", rows: 4 });
  const website = h("input", { name: "website", tabindex: -1, autocomplete: "off" });
  const submit = h("button", { class: "btn", type: "submit" }, t(parent ? "reply" : "post"));
  const status = h("p", { class: "mu", role: "status" });

  const [nameBox, nameError] = field(w, "name", name);
  const [emailBox, emailError] = field(w, "email", email);
  const [notifyBox, notifyError] = field(w, "notify", notify);
  const [textBox, textError] = field(w, "comment", text, "markdown");
  const errorLine = h("p", { class: "err", role: "alert" });
  const formError = (message: string | null) =>
    (errorLine.textContent = message && [errorLine.textContent, message].filter(Boolean).join(" "));
  notifyBox.hidden = true;
  // The notification choice only makes sense once there is an address to notify.
  email.addEventListener("input", () => (notifyBox.hidden = !email.value.trim()));

  const form = h(
    "form",
    { part: parent ? "reply-form" : "form", novalidate: true },
    h("div", { class: "row" }, nameBox, emailBox),
    notifyBox,
    textBox,
    h("div", { class: "hp", "aria-hidden": "true" }, h("label", null, "Website", website)),
    h(
      "div",
      { class: "row" },
      submit,
      close && h("button", { class: "lnk", type: "button", onclick: close }, t("cancel")),
      status,
    ),
  );
  form.append(errorLine);
  const turnstileToken = challenge(w, w.siteKey, form);
  const shows: Record<string, (message: string | null) => void> = {
    "author.name": nameError,
    "author.email": emailError,
    notify: notifyError,
    body: textError,
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    for (const show of [formError, ...Object.values(shows)]) show(null);
    status.textContent = "";
    const address = email.value.trim();
    submit.disabled = true;
    try {
      const res = await callWithRetry<Posted>(
        w.api,
        "POST",
        "/comments",
        {
          thread: w.thread,
          parentId: parent?.id ?? null,
          body: text.value,
          author: address ? { name: name.value, email: address } : { name: name.value },
          notify: address ? notify.value : "none",
          website: website.value,
          anchor: parent ? undefined : w.quote,
          turnstileToken: turnstileToken(),
        },
        randomKey(),
      );
      setToken(res.comment.id, res.editToken, Date.parse(res.editableUntil) - Date.parse(res.comment.createdAt));
      text.value = "";
      if (res.comment.status && res.comment.status !== "approved") status.textContent = t("held");
      else {
        w.added(res.comment);
        close?.();
      }
    } catch (error) {
      const e = error as ApiError;
      const issues = e.issues?.length ? e.issues : [{ path: "", message: w.message(e) }];
      for (const issue of issues) (shows[issue.path] ?? formError)(issue.message);
      form.querySelector<HTMLElement>("[aria-invalid]")?.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
