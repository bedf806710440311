// Inline feedback for one rendered <goalpost-comments>: finds the article, marks its
// passages, and wires the selection button, author questions and the floating bubble.
import type { CommentsHost } from "../host";
import type { Comment } from "../types";
import type { Quote } from "./anchor";
import { floatingBubble } from "./bubble";
import type { Context } from "./context";
import { localeOf } from "./locale";
import { h } from "./overlay";
import { addToAnchors, passages } from "./passages";
import { questions } from "./questions";
import { selectionButton } from "./select";
import { inlineStrings } from "./strings";

// Styles the first file does not need: the flash on comments a bubble opened.
const HIT_CSS = "article.hit{outline:2px solid var(--ac);outline-offset:4px;border-radius:var(--r)}";

/** The article readers may quote: the marked element, else (with data-inline="on") the page's article or main. */
function articleOf(inline: boolean): Element | null {
  const marked = document.querySelector("[data-goalpost-inline]");
  if (marked) return marked;
  const question = document.querySelector("[data-goalpost-question]");
  const main = document.querySelector("article, main, [role=main]");
  if (inline) return main ?? document.body;
  return question ? (question.closest("article, main, [role=main]") ?? document.body) : null;
}

/** Starts inline feedback for `el`; `config` is the loader tag's data-*. */
export async function attach(el: CommentsHost, config: Record<string, string>) {
  const signal = el.signal;
  const setting = (name: string) => el.getAttribute(name) ?? config[name];
  // The strings of the element's language (fetched unless English) come before any text is drawn.
  const s = await inlineStrings(el.api, localeOf(setting("locale")));
  // The element re-rendered or left the page before this file or its strings arrived.
  if (signal.aborted) return;
  const before = new Set(document.querySelectorAll("[data-goalpost-ui]"));
  const inline = setting("inline") === "on" || !!document.querySelector("[data-goalpost-inline]");
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIT_CSS);
    el.root.adoptedStyleSheets = [...el.root.adoptedStyleSheets, sheet];
  } catch {
    // Without the flash the comment still scrolls into view and takes focus.
  }

  const box = h("div", { part: "quote-box" });
  const clear = () => {
    el.quote = undefined;
    box.remove();
  };
  const ctx: Context = {
    el,
    s,
    root: articleOf(inline),
    anchors: el.anchors.map((a) => ({ ...a, commentIds: [...a.commentIds] })),
    open(quote: Quote, question?: string) {
      const form = el.root.querySelector<HTMLFormElement>("form[part=form]");
      if (!form) return;
      el.quote = quote;
      const remove = h("button", { class: "lnk", type: "button" }, s.t("removeQuote"));
      remove.onclick = () => {
        clear();
        form.querySelector("textarea")?.focus();
      };
      box.replaceChildren(
        h("p", { class: "mu" }, question ?? s.t("about")),
        h("blockquote", { part: "quote" }, quote.exact),
        remove,
      );
      form.prepend(box);
      form.scrollIntoView({ block: "center" });
      form.querySelector("textarea")?.focus({ preventScroll: true });
    },
    reveal(ids: string[]) {
      const found = ids.flatMap((id) => {
        const article = el.root.querySelector<HTMLElement>(`article[data-id="${CSS.escape(id)}"]`);
        return article ? [article] : [];
      });
      const first = found[0];
      // Comments beyond the first page are not rendered: the list is the next best place.
      if (!first) return el.scrollIntoView({ block: "start" });
      for (const article of found) article.classList.add("hit");
      setTimeout(() => {
        for (const article of found) article.classList.remove("hit");
      }, 2500);
      first.tabIndex = -1;
      first.scrollIntoView({ block: "center" });
      first.focus({ preventScroll: true });
    },
  };

  const render = ctx.root ? passages(ctx) : () => {};
  const asks = questions(ctx);
  render();
  asks.update();
  el.addEventListener(
    "goalpost-added",
    (event) => {
      const c = (event as CustomEvent<Comment>).detail;
      if (!c.parentId) clear();
      if (!c.anchor) return;
      addToAnchors(ctx.anchors, c);
      render();
      asks.update();
    },
    { signal },
  );
  if (inline && ctx.root) selectionButton(ctx);
  if (setting("bubble") === "on") floatingBubble(ctx);
  // When the element shows another thread or leaves the page, its marks, layers and
  // listeners go with it (the listeners are tied to the same signal).
  const layers = [...document.querySelectorAll<HTMLElement>("[data-goalpost-ui]")].filter((host) => !before.has(host));
  // Their texts take the element's direction (its language's, widget/part.ts); the floating
  // bubble sits in the inline-end corner of it (the lower left in right-to-left).
  const dir = getComputedStyle(el).direction;
  for (const host of layers) host.dir = dir;
  signal.addEventListener(
    "abort",
    () => {
      ctx.anchors = [];
      render();
      for (const host of layers) host.remove();
    },
    { once: true },
  );
}
