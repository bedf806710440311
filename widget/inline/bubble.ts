// The floating bubble (data-bubble="on"): the thread's comment count in a corner, or a
// prompt when there are none yet, that jumps to the comments. It hides while the comments
// are on screen, where it would only repeat their heading.
import type { Context } from "./context";
import { h, layer } from "./overlay";

export function floatingBubble(ctx: Context) {
  const { el, s } = ctx;
  const button = h("button", { class: "fab", type: "button", part: "bubble" });
  layer((host) => document.body.append(host))[1].append(button);
  const update = () => {
    // The count in words (not a bare number), so everyone, screen readers included, knows what it counts.
    button.textContent = el.total ? s.count("comments", el.total) : s.t("prompt");
  };
  button.onclick = () => {
    el.scrollIntoView({ block: "start" });
    const target = el.total ? el.root.querySelector<HTMLElement>("h2") : el.root.querySelector("textarea");
    if (target && !el.total) target.focus({ preventScroll: true });
    else if (target) {
      target.tabIndex = -1;
      target.focus({ preventScroll: true });
    }
  };
  const seen = new IntersectionObserver(([entry]) => (button.hidden = !!entry?.isIntersecting));
  seen.observe(el);
  el.signal.addEventListener("abort", () => seen.disconnect(), { once: true });
  el.addEventListener("goalpost-added", update, { signal: el.signal });
  update();
}
