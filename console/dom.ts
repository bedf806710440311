// A tiny element builder. Strings become Text nodes, never parsed as HTML, so text from
// the API (titles, donors, comments) can only ever reach the page as text.

type Value = string | number | boolean | null | undefined;
type Handler = (event: Event) => void;
export type Props = Record<string, Value | Handler>;
export type Kid = Node | string | number | null | undefined | false;

/** Creates `tag` with attributes (functions named `on…` become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...kids: Kid[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (typeof value === "function") el.addEventListener(name.slice(2), value);
    else if (value != null && value !== false) el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, kids);
  return el;
}

/** Appends children, skipping the empty ones so conditional parts read naturally. */
export function append(parent: Node & ParentNode, kids: Kid[]) {
  for (const kid of kids) {
    if (kid === null || kid === undefined || kid === false) continue;
    parent.append(typeof kid === "number" ? String(kid) : kid);
  }
}

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
