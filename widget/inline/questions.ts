// Author questions: <span data-goalpost-question="What do you think?">passage</span>
// gets a prompt button right after it (the author placed it, so the page expects it)
// that opens the form about that passage, with the comment count once there are some.
import { type Quote, quoteOf } from "./anchor";
import type { Context } from "./context";
import { h, layer } from "./overlay";
import { spanOf, textMap } from "./text-map";

/** Adds the prompts; `update` refreshes their counts. */
export function questions(ctx: Context) {
  const asks = [...document.querySelectorAll<HTMLElement>("[data-goalpost-question]")].map((target) => {
    const question = target.dataset.goalpostQuestion || ctx.s.t("about");
    const count = h("b");
    const button = h("button", { class: "ask", type: "button", part: "question" }, question, count);
    layer((host) => target.after(host), "span")[1].append(button);
    const quote = (): Quote | null => {
      if (!ctx.root?.contains(target)) return null;
      const map = textMap(ctx.root);
      const range = document.createRange();
      range.selectNodeContents(target);
      const span = spanOf(map, range);
      return span && quoteOf(map.text, span.start, span.end);
    };
    button.onclick = () => {
      const q = quote();
      if (q) ctx.open(q, question);
    };
    return { quote, count, button, question };
  });

  return {
    update() {
      for (const ask of asks) {
        const q = ask.quote();
        const n = q ? (ctx.anchors.find((a) => a.exact === q.exact && a.prefix === q.prefix)?.count ?? 0) : 0;
        ask.count.textContent = n ? String(n) : "";
        ask.button.setAttribute("aria-label", n ? `${ask.question} (${ctx.s.count("comments", n)})` : ask.question);
      }
    },
  };
}
