// "Comment on this": selecting text in the article (with the mouse, by touch, or with the
// keyboard: Shift+arrows in caret browsing) shows a button under the selection. Tab
// moves focus to it straight away, Escape dismisses it; it is a real <button>.
import { type Quote, quoteOf } from "./anchor";
import type { Context } from "./context";
import { h, pageLayer, put } from "./overlay";
import { spanOf, textMap } from "./text-map";

/** Watches the reader's selection inside the context's article. */
export function selectionButton(ctx: Context) {
  const [host, layer] = pageLayer();
  const button = h("button", { class: "add", type: "button", part: "comment-on" }, ctx.s.t("commentOn"));
  button.hidden = true;
  layer.append(button);
  let quote: Quote | null = null;
  let timer = 0;

  const hide = () => {
    button.hidden = true;
    quote = null;
  };
  const check = () => {
    const selection = getSelection();
    const range = selection && !selection.isCollapsed && selection.rangeCount ? selection.getRangeAt(0) : null;
    if (!range || !ctx.root!.contains(range.commonAncestorContainer)) return hide();
    const map = textMap(ctx.root!);
    const span = spanOf(map, range);
    quote = span && quoteOf(map.text, span.start, span.end);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1];
    if (!quote || !last) return hide();
    button.hidden = false;
    // Centred under the end of the selection: the left end of its last line in right-to-left text.
    const rtl = getComputedStyle(ctx.root!).direction === "rtl";
    put(host, button, rtl ? last.left : last.right, last.bottom + 8);
  };

  // Selection changes fire on every step of a drag; read the text once it settles.
  const { signal } = ctx.el;
  document.addEventListener(
    "selectionchange",
    () => {
      clearTimeout(timer);
      timer = setTimeout(check, 120);
    },
    { signal },
  );
  signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  // A selection made while this file was loading.
  check();
  // The button must not take the selection away before its click is handled.
  button.addEventListener("mousedown", (event) => event.preventDefault());
  button.onclick = () => {
    if (quote) ctx.open(quote);
    hide();
  };
  document.addEventListener(
    "keydown",
    (event) => {
      if (button.hidden) return;
      if (event.key === "Escape") return hide();
      // Only from the article (or nowhere): Tab in the host page's own fields stays theirs.
      const active = document.activeElement;
      const fromArticle = !active || active === document.body || ctx.root!.contains(active);
      if (event.key === "Tab" && !event.shiftKey && fromArticle && layer.activeElement !== button) {
        event.preventDefault();
        button.focus();
      }
    },
    { signal },
  );
}
