// Live preview of the goal bar (placeholder until the widget's element is on main).
import type { Draft } from "./draft";
import { h } from "./dom";

export function preview() {
  const view = h("section", { class: "card preview", "aria-labelledby": "preview-title" }, h("h2", { id: "preview-title" }, "Preview"));
  return { view, update: (_draft: Draft, _raised: number, _donors: number) => {} };
}
