// The moderation page: pending, spam or approved comments, newest first, with one-by-one
// and bulk actions (approve, mark spam, pin, unpin, delete, block), the spam filter's card
// and the site setting. The parts live beside it: moderation-selection.ts (list and
// selection), moderation-actions.ts (what the buttons do), moderation-paging.ts (pages).
import type { AdminComment } from "./api";
import { blockDialog } from "./block-dialog";
import type { Action } from "./comment-item";
import type { Ctx } from "./context";
import { h } from "./dom";
import { applyAction } from "./moderation-actions";
import { queuePaging } from "./moderation-paging";
import { queueSelection } from "./moderation-selection";
import { siteSetting } from "./site-setting";
import { spamPanel } from "./spam-panel";

export function moderation(ctx: Ctx): HTMLElement {
  const problem = h("p", { class: "error summary", role: "alert", hidden: true });
  const more = h("button", { type: "button", hidden: true }, "Load more");
  const show = (text: string) => {
    problem.textContent = text;
    problem.hidden = !text;
  };
  const spam = spamPanel(ctx);
  const queue = queueSelection((action, comments) => run(action, comments));
  const paging = queuePaging(ctx.token, queue, more, show);

  async function run(action: Action, comments: AdminComment[]) {
    if (!comments.length) return;
    if (action === "block") {
      const c = comments[0]!;
      if (await blockDialog(ctx.token, c)) {
        ctx.announce(`Blocked the source of the comment by ${c.author.name || "Guest"}.`);
        await spam.refresh();
      }
      return;
    }
    const stays = (comment: AdminComment) => comment.status === paging.status();
    const outcome = await applyAction(ctx.token, action, comments, (id, updated) => queue.place(id, updated, stays));
    if (!outcome) return;
    queue.sync();
    ctx.announce(outcome.summary);
    show(outcome.failures[0] ?? "");
    ctx.refreshBadge();
    if (action === "approve" || action === "spam") spam.refresh();
  }

  const filters = (["pending", "spam", "approved"] as const).map((value) => {
    const radio = h("input", { type: "radio", name: "moderation-status", value, checked: value === paging.status() });
    radio.addEventListener("change", () => paging.switchTo(value));
    return h("label", { class: "choice" }, radio, ` ${value[0]!.toUpperCase()}${value.slice(1)}`);
  });

  paging.load(true);
  return h(
    "section",
    { "aria-labelledby": "moderation-title" },
    h("h1", { id: "moderation-title" }, "Moderation"),
    h(
      "div",
      { class: "card" },
      h("fieldset", { class: "plain" }, h("legend", null, "Show"), h("div", { class: "choices" }, ...filters)),
      h(
        "div",
        { class: "actions toolbar" },
        h("label", { class: "choice", for: "select-all" }, queue.all, " Select all"),
        queue.selected,
      ),
      h("div", { class: "actions toolbar" }, ...queue.bulk),
      problem,
      queue.list,
      queue.empty,
      h("div", { class: "actions" }, more),
    ),
    spam.element,
    siteSetting(() => paging.load(true)),
  );
}
