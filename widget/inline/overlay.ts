// The second file's own UI (the "Comment on this" button, passage bubbles, questions,
// the floating bubble) lives in shadow roots of hosts marked data-goalpost-ui: the host
// page's CSS cannot reach in, ours cannot leak out, and the text map skips them.

import { h } from "../h";

export { h };

// Colours follow the widget's --goalpost-* properties, which inherit into shadow roots.
const CSS = `:host{all:initial}
button{font:600 13px/1.2 var(--goalpost-font,system-ui,sans-serif);border:0;border-radius:999px;cursor:pointer;
background:var(--goalpost-accent,#0b5cad);color:var(--goalpost-on-accent,#fff);box-shadow:0 1px 4px rgb(0 0 0/.3)}
button:focus-visible{outline:2px solid var(--goalpost-accent,#0b5cad);outline-offset:2px}
.add,.pc{position:absolute;z-index:2147483000;white-space:nowrap}
.add{padding:.45em .9em;transform:translateX(-50%)}
.pc{min-width:1.9em;padding:.3em .5em}
.ask{margin:0 .3em;padding:.15em .7em;font-weight:500;vertical-align:baseline}
.ask b{margin-inline-start:.4em}
.fab{position:fixed;inset-inline-end:1.2em;bottom:1.2em;z-index:2147483000;padding:.7em 1.1em;font-size:14px;max-width:min(22em,80vw)}
[hidden]{display:none!important}`;

let sheet: CSSStyleSheet | undefined;

/** A host element with an open shadow root holding our styles, placed by `place`. */
export function layer(place: (host: HTMLElement) => void, tag: "div" | "span" = "div"): [HTMLElement, ShadowRoot] {
  const host = h(tag, { "data-goalpost-ui": "" });
  const root = host.attachShadow({ mode: "open" });
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(h("style", {}, CSS));
  }
  place(host);
  return [host, root];
}

/** A layer over the whole page whose children are positioned in page coordinates. */
export function pageLayer(): [HTMLElement, ShadowRoot] {
  return layer((host) => {
    // CSSOM styles are allowed under a CSP that forbids style attributes in markup.
    Object.assign(host.style, { position: "absolute", top: "0", left: "0", width: "0", height: "0" });
    document.body.append(host);
  });
}

/** Places `el` (absolutely positioned in `host`'s layer) at viewport point (x, y). */
export function put(host: HTMLElement, el: HTMLElement, x: number, y: number) {
  const origin = host.getBoundingClientRect();
  el.style.left = `${Math.round(x - origin.left)}px`;
  el.style.top = `${Math.round(y - origin.top)}px`;
}
