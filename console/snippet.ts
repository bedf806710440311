// The embed code for a campaign, ready to copy. The origin is this Worker's, since the
// console is served by the same Worker that serves /widget.js.
import { h, uid } from "./dom";

/** The script tag of API.md for `slug`. */
export const embedCode = (slug: string, origin = location.origin) =>
  `<script src="${origin}/widget.js" async data-campaign="${slug}"></script>`;

export function snippet(slug: string, announce: (text: string) => void): HTMLElement {
  const id = uid("snippet");
  const code = h("textarea", { id, class: "code", readonly: true, rows: 2, spellcheck: "false" });
  code.value = embedCode(slug);
  const copy = h("button", { type: "button" }, "Copy embed code");
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      announce("Embed code copied.");
    } catch {
      // No clipboard permission (or plain http): select it so Ctrl+C works.
      code.select();
      announce("Press Ctrl+C (⌘C) to copy the selected code.");
    }
  });
  return h(
    "section",
    { class: "card", "aria-labelledby": `${id}-t` },
    h("h2", { id: `${id}-t` }, h("label", { for: id }, "Embed code")),
    h("p", { class: "hint" }, 'Paste this where the goal bar should appear; add data-thread="…" for comments.'),
    code,
    h("div", { class: "actions" }, copy),
  );
}
