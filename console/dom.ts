// Form fields, focus and dates for the console. The element builder `h` (widget/h.ts) turns
// strings into Text nodes, never HTML, so text from the API can only reach the page as text.

import { h } from "../widget/h";

export { h, type Kid, type Props } from "../widget/h";

let ids = 0;
/** An id unique within the page, for label, aria-describedby and datalist wiring. */
export const uid = (prefix = "f") => `${prefix}${++ids}`;

/** A labelled form control with a slot for its error message, wired for screen readers. */
export function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  hint?: string,
) {
  control.id ||= uid();
  const error = h("p", { class: "error", id: uid("e"), hidden: true });
  const hintEl = hint ? h("p", { class: "hint", id: uid("h") }, hint) : null;
  control.setAttribute("aria-describedby", [hintEl?.id, error.id].filter(Boolean).join(" "));
  const wrap = h("div", { class: "field" }, h("label", { for: control.id }, label), control, hintEl, error);
  return { wrap, control, error };
}

/** Moves focus to `el` on the next frame, after the view that holds it is in the page. */
export function focusSoon(el: HTMLElement | null | undefined) {
  if (el) requestAnimationFrame(() => el.focus());
}

/** Formats an ISO time for the reader's locale, in their time zone. */
export function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
