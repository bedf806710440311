// A tiny element builder. Strings become Text nodes (never parsed as HTML), so user
// text can only reach the DOM as text.
import { CSS } from "./styles";

type Value = string | number | boolean | null | undefined | ((event: Event) => void);
export type Kid = Node | string | null | undefined | false;

/** Creates `tag` with attributes (`on*` functions become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Record<string, Value> | null, ...kids: Kid[]) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (typeof value === "function") el.addEventListener(name.slice(2), value);
    else if (value != null && value !== false) el.setAttribute(name, value === true ? "" : String(value));
  }
  el.append(...(kids.filter((kid) => kid != null && kid !== false) as (Node | string)[]));
  return el;
}

let sheet: CSSStyleSheet | undefined;

/**
 * Opens the shadow root with the widget's styles. One constructed sheet is shared by
 * every element and, unlike a <style> element, is not blocked by a host page's CSP.
 */
export function shadow(host: HTMLElement): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(h("style", null, CSS));
  }
  return root;
}

let ids = 0;
/** An id unique within the page, for label/aria wiring. */
export const uid = () => `gp${++ids}`;
