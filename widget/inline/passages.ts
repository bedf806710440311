// Anchored comments in the article: each passage that can still be found gets a subtle
// highlight and a count bubble in the margin that opens its comments. A passage that
// cannot be found any more is simply not marked; its comments stay in the list with
// their quote (rendered by the first file), so nothing is ever lost.
import type { AnchorCount, Comment } from "../types";
import { placeQuote } from "./anchor";
import type { Context } from "./context";
import { activate, native, paint, unwrap } from "./highlight";
import { h, pageLayer, put } from "./overlay";
import { rangeOf, textMap } from "./text-map";

const same = (a: AnchorCount, b: { exact: string; prefix: string; suffix: string }) =>
  a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;

/** Counts a comment the reader just posted under its passage (replies inherit their root's). */
export function addToAnchors(anchors: AnchorCount[], c: Comment) {
  if (!c.anchor) return;
  const known = anchors.find((a) => same(a, c.anchor!));
  if (known) {
    known.count++;
    known.commentIds.push(c.id);
  } else anchors.push({ ...c.anchor, count: 1, commentIds: [c.id] });
}

type Placed = { anchor: AnchorCount; range: Range; marks: HTMLElement[]; bubble: HTMLButtonElement };

/** Marks the context's passages; returns `render` to call again when anchors change. */
export function passages(ctx: Context): () => void {
  const [host, layer] = pageLayer();
  let placed: Placed[] = [];

  const position = () => {
    const box = ctx.root!.getBoundingClientRect();
    // The margin where the article's lines end: right of it, left of it when it runs right to left.
    const rtl = getComputedStyle(ctx.root!).direction === "rtl";
    // Bubbles of passages that start on the same line stand side by side, outwards.
    const taken = new Map<number, number>();
    for (const { range, bubble } of placed) {
      const first = range.getClientRects()[0];
      bubble.hidden = !first;
      if (!first) continue;
      const line = Math.round(first.top / 8);
      const width = bubble.offsetWidth;
      // The bubble's inner edge, kept inside the viewport on narrow screens.
      const edge =
        taken.get(line) ?? (rtl ? Math.max(box.left - 8, width + 4) : Math.min(box.right + 8, innerWidth - width - 4));
      const x = rtl ? edge - width : edge;
      put(host, bubble, x, first.top - 2);
      taken.set(line, rtl ? x - 4 : x + width + 4);
    }
  };

  const render = () => {
    const root = ctx.root;
    if (!root) return;
    if (!native()) unwrap(root);
    const map = textMap(root);
    const found = ctx.anchors.flatMap((anchor) => {
      const span = placeQuote(map.text, anchor);
      return span ? [{ anchor, range: rangeOf(map, span.start, span.end) }] : [];
    });
    const marks = paint(found.map((f) => f.range));
    placed = found.map(({ anchor, range }, i) => {
      const focus = () => activate(range, marks[i]);
      const blur = () => activate(null);
      const bubble = h(
        "button",
        { class: "pc", type: "button", part: "passage-count", "aria-label": ctx.s.count("onPassage", anchor.count) },
        String(anchor.count),
      );
      bubble.onclick = () => ctx.reveal(anchor.commentIds);
      for (const [type, fn] of [
        ["focus", focus],
        ["mouseenter", focus],
        ["blur", blur],
        ["mouseleave", blur],
      ] as const)
        bubble.addEventListener(type, fn);
      return { anchor, range, marks: marks[i]!, bubble };
    });
    layer.replaceChildren(...placed.map((p) => p.bubble));
    position();
  };

  const { signal } = ctx.el;
  addEventListener("resize", position, { signal });
  // Fonts, images and late content move the lines after the first paint.
  const resized = new ResizeObserver(position);
  resized.observe(ctx.root!);
  signal.addEventListener("abort", () => resized.disconnect(), { once: true });
  return render;
}
