// The spam filter's card under the moderation queue: what the model has learned (examples
// seen, last trained), a retrain button, and the blocks with a "Lift" button each.
import { explain, request } from "./api";
import type { Ctx } from "./context";
import { h, when } from "./dom";

type Model = {
  filter: "learn" | "off";
  turnstile: boolean;
  spamExamples: number;
  hamExamples: number;
  features: number;
  trainedAt: string | null;
  trained: boolean;
};
type Block = { id: string; kind: string; label: string; createdAt: string; expiresAt: string | null };
type Retrain = { nextCursor: string | null; model: Model };

export function spamPanel(ctx: Ctx) {
  const state = h("p", { id: "spam-model" });
  const problem = h("p", { class: "error", role: "alert", hidden: true });
  const blocks = h("ul", { class: "blocks", "aria-label": "Blocks" });
  const noBlocks = h("p", { class: "muted" }, "Nothing is blocked.");
  const retrain = h("button", { type: "button" }, "Retrain from all comments");

  const show = (text: string) => {
    problem.textContent = text;
    problem.hidden = !text;
  };

  function describe(m: Model) {
    const seen = `${m.spamExamples} spam and ${m.hamExamples} good examples seen`;
    const judged =
      m.filter === "off" ? "Filter off (SPAM_FILTER=off)" : m.trained ? "Filter learning" : "Still learning";
    const last = m.trainedAt ? `last trained ${when(m.trainedAt)}` : "never trained";
    const hint = m.trained ? "" : " · judges nothing spam until it has seen 10 of each";
    state.textContent = `${judged} · ${seen} · ${last}${hint}${m.turnstile ? " · Turnstile on" : ""}`;
  }

  function blockItem(b: Block) {
    const until = b.expiresAt ? `until ${when(b.expiresAt)}` : "for good";
    const lift = h("button", { type: "button", class: "quiet", "aria-label": `Lift block: ${b.label}` }, "Lift");
    lift.addEventListener("click", async () => {
      try {
        await request(ctx.token, "DELETE", `/admin/blocks/${encodeURIComponent(b.id)}`);
        ctx.announce(`Block lifted: ${b.label}.`);
        await refresh();
      } catch (error) {
        show(explain(error));
      }
    });
    return h("li", null, h("strong", null, b.label), ` · ${b.kind} · since ${when(b.createdAt)} · ${until} `, lift);
  }

  /** Reloads the model's state and the blocks. */
  async function refresh() {
    try {
      const [model, list] = await Promise.all([
        request<Model>(ctx.token, "GET", "/admin/spam/model"),
        request<{ blocks: Block[] }>(ctx.token, "GET", "/admin/blocks"),
      ]);
      describe(model);
      blocks.replaceChildren(...list.blocks.map(blockItem));
      noBlocks.hidden = list.blocks.length > 0;
      show("");
    } catch (error) {
      show(explain(error));
    }
  }

  retrain.addEventListener("click", async () => {
    retrain.disabled = true;
    try {
      let cursor: string | null = null;
      do {
        const result: Retrain = await request<Retrain>(ctx.token, "POST", "/admin/spam/retrain", {
          body: cursor ? { cursor } : {},
        });
        cursor = result.nextCursor;
        describe(result.model);
      } while (cursor);
      ctx.announce("Spam filter retrained from every stored comment.");
    } catch (error) {
      show(explain(error));
    } finally {
      retrain.disabled = false;
    }
  });

  refresh();
  const element = h(
    "section",
    { class: "card", "aria-labelledby": "spam-title" },
    h("h2", { id: "spam-title" }, "Spam filter"),
    state,
    h("div", { class: "actions" }, retrain),
    h("h3", null, "Blocked"),
    blocks,
    noBlocks,
    problem,
  );
  return { element, refresh };
}
