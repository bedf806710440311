// The element builder of the widget, its second file and the console, in a module of its
// own so a bundle that imports it takes nothing else. Strings become Text nodes (never
// parsed as HTML), so user text can only reach the DOM as text.

type Value = string | number | boolean | null | undefined | ((event: Event) => void);
export type Props = Record<string, Value>;
/** A child: a node or text (`append` writes a number as its text); empty ones are skipped. */
export type Kid = Node | string | number | null | undefined | false;

/** Creates `tag` with attributes (`on*` functions become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...kids: Kid[]) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (typeof value === "function") el.addEventListener(name.slice(2), value);
    else if (value != null && value !== false) el.setAttribute(name, value === true ? "" : String(value));
  }
  el.append(...(kids.filter((kid) => kid != null && kid !== false) as (Node | string)[]));
  return el;
}
