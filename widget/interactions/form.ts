// Posting from a comment form (widget/form.ts). Errors from the API's envelope are shown
// next to the field its `issues[].path` names; the rest next to the button.

import type { CommentsElement } from "../comments";
import type { Comment, Posted } from "../types";
import type { ApiError } from "./call";
import { challenge } from "./challenge";
import { message } from "./list";
import { send } from "./send";
import { randomKey, setToken } from "./store";

/**
 * A write that may be retried: after a network failure or timeout it is sent again with the
 * same Idempotency-Key (twice, after 1 s and 3 s), so a post whose answer was lost is stored once.
 */
async function callWithRetry<T>(w: CommentsElement, path: string, body: unknown, key: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send<T>(w, "POST", path, body, null, key);
    } catch (error) {
      if ((error as ApiError).status !== 0 || attempt >= 2) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt ? 3000 : 1000));
    }
  }
}

/** Wires `form`, which posts to `parent`'s thread (or the top level); `close` removes a reply form. */
export function wireForm(w: CommentsElement, form: HTMLFormElement, parent: Comment | null, close?: () => void) {
  const t = w.fmt.t;
  const { field, h } = w.kit;
  // The notification choice only makes sense once there is an address to notify.
  const choice = field(
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
  const box = form.querySelector("textarea")!.parentElement!;
  box.before(choice);
  // The honeypot: off-screen, left empty by people, filled in by form-filling bots. Placed by
  // style properties, which a strict CSP allows (widget.js's sheet has no rule for it).
  const honeypot = h(
    "div",
    { class: "hp", "aria-hidden": "true" },
    h("label", null, "Website", h("input", { name: "website", tabindex: -1, autocomplete: "off" })),
  );
  Object.assign(honeypot.style, { position: "absolute", insetInlineStart: "-9999px" });
  box.after(honeypot);
  const control = (name: string) => form.querySelector(`[name=${name}]`) as HTMLInputElement;
  const [name, email, notify, text, website] = ["name", "email", "notify", "body", "website"].map(control) as [
    HTMLInputElement,
    HTMLInputElement,
    HTMLSelectElement,
    HTMLTextAreaElement,
    HTMLInputElement,
  ];
  const submit = form.querySelector<HTMLButtonElement>("[type=submit]")!;
  const status = form.querySelector<HTMLElement>("[role=status]")!;
  const errorLine = form.lastElementChild as HTMLElement;
  if (close) submit.after(h("button", { class: "lnk", type: "button", onclick: close }, t("cancel")));
  /** Adds the (hidden) error line of `control`; returns what shows (or with null, clears) it. */
  const shower = (control: HTMLElement) => {
    const error = h("p", { class: "err", id: `${control.id}e`, hidden: true });
    control.after(error);
    control.setAttribute("aria-describedby", error.id);
    return (message: string | null) => {
      error.hidden = !message;
      error.textContent = message;
      control.toggleAttribute("aria-invalid", !!message);
    };
  };
  const formError = (message: string | null) =>
    (errorLine.textContent = message && [errorLine.textContent, message].filter(Boolean).join(" "));
  const toggleNotify = () => (choice.hidden = !email.value.trim());
  // The address may have been typed before this chunk arrived.
  toggleNotify();
  email.addEventListener("input", toggleNotify);
  const turnstileToken = challenge(w, w.siteKey, form);
  const shows: Record<string, (message: string | null) => void> = {
    "author.name": shower(name),
    "author.email": shower(email),
    notify: shower(notify),
    body: shower(text),
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    for (const show of [formError, ...Object.values(shows)]) show(null);
    status.textContent = "";
    const address = email.value.trim();
    submit.disabled = true;
    try {
      const res = await callWithRetry<Posted>(
        w,
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
      setToken(
        w.kit.state,
        res.comment.id,
        res.editToken,
        Date.parse(res.editableUntil) - Date.parse(res.comment.createdAt),
      );
      text.value = "";
      if (res.comment.status && res.comment.status !== "approved") status.textContent = t("held");
      else {
        w.added(res.comment);
        close?.();
      }
    } catch (error) {
      const e = error as ApiError;
      const issues = e.issues?.length ? e.issues : [{ path: "", message: message(w, e) }];
      for (const issue of issues) (shows[issue.path] ?? formError)(issue.message);
      form.querySelector<HTMLElement>("[aria-invalid]")?.focus();
    } finally {
      submit.disabled = false;
    }
  });
}
