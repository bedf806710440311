// The moderation queue: pending, spam or approved comments, newest first, with one-by-one
// and bulk actions (approve, mark spam, pin, unpin, delete) and the count of what waits.
import { type AdminComment, ApiError, explain, request } from "./api";
import { blockDialog } from "./block-dialog";
import { ACTION_LABELS, type Action, commentItem } from "./comment-item";
import { confirmAction } from "./confirm";
import { h } from "./dom";
import type { Ctx } from "./shell";
import { siteSetting } from "./site-setting";
import { spamPanel } from "./spam-panel";

type Status = "pending" | "spam" | "approved";
type Page = { comments: AdminComment[]; nextCursor: string | null };

const PATCHES: Record<Exclude<Action, "delete" | "block">, Record<string, unknown>> = {
  approve: { status: "approved" },
  spam: { status: "spam" },
  pin: { pinned: true },
  unpin: { pinned: false },
};
const DONE: Record<Action, string> = {
  approve: "Approved",
  spam: "Marked as spam",
  pin: "Pinned",
  unpin: "Unpinned",
  delete: "Deleted",
  block: "Blocked",
};

/** Comments waiting for a decision (GET /api/v1/admin/moderation/counts), or null if unknown. */
export async function waitingCount(token: string): Promise<number | null> {
  try {
    return (await request<{ pending: number }>(token, "GET", "/admin/moderation/counts")).pending;
  } catch {
    return null;
  }
}

export function moderation(ctx: Ctx): HTMLElement {
  let status: Status = "pending";
  let cursor: string | null = null;
  const items = new Map<string, { comment: AdminComment; item: HTMLLIElement; check: HTMLInputElement }>();
  const list = h("ul", { class: "queue", "aria-label": "Comments" });
  const empty = h("p", { class: "muted", hidden: true });
  const problem = h("p", { class: "error summary", role: "alert", hidden: true });
  const more = h("button", { type: "button", hidden: true }, "Load more");
  const all = h("input", { type: "checkbox", id: "select-all" });
  const selected = h("span", { class: "muted", "aria-live": "polite" });
  const bulk = (["approve", "spam", "pin", "unpin", "delete"] as const).map((action) => {
    const b = h(
      "button",
      { type: "button", class: action === "delete" ? "danger" : null, disabled: true },
      `${ACTION_LABELS[action]} selected`,
    );
    b.addEventListener("click", () => run(action, checked()));
    return b;
  });

  const spam = spamPanel(ctx);
  const checked = () => [...items.values()].filter((x) => x.check.checked).map((x) => x.comment);
  function sync() {
    const n = checked().length;
    selected.textContent = n ? `${n} selected` : "";
    for (const b of bulk) b.disabled = n === 0;
    all.checked = n > 0 && n === items.size;
    all.indeterminate = n > 0 && n < items.size;
    empty.hidden = items.size > 0;
  }
  all.addEventListener("change", () => {
    for (const x of items.values()) x.check.checked = all.checked;
    sync();
  });

  function add(comment: AdminComment, before?: Node | null) {
    const { item, check } = commentItem(comment, (action) => run(action, [comment]));
    check.addEventListener("change", sync);
    items.set(comment.id, { comment, item, check });
    list.insertBefore(item, before ?? null);
  }

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
    const many = comments.length > 1 ? `${comments.length} comments` : "this comment";
    if (
      action === "delete" &&
      !(await confirmAction(
        `Delete ${many}?`,
        "Deleting removes the comment and every reply to it for good. Marking spam instead keeps it out of sight.",
        `Delete ${many}`,
      ))
    )
      return;
    const failures: string[] = [];
    let done = 0;
    for (const comment of comments) {
      try {
        const updated =
          action === "delete"
            ? await request<null>(ctx.token, "DELETE", `/admin/comments/${encodeURIComponent(comment.id)}`)
            : await request<AdminComment>(ctx.token, "PATCH", `/admin/comments/${encodeURIComponent(comment.id)}`, {
                body: PATCHES[action],
              });
        place(comment.id, updated);
        done++;
      } catch (error) {
        // Deleting a parent removes its replies: a reply that is already gone is done too.
        if (error instanceof ApiError && error.status === 404) {
          place(comment.id, null);
          done++;
        } else failures.push(explain(error));
      }
    }
    sync();
    ctx.announce(
      `${DONE[action]}: ${done} comment${done === 1 ? "" : "s"}.${failures.length ? ` ${failures.length} failed.` : ""}`,
    );
    show(failures[0] ?? "");
    ctx.refreshBadge();
    if (action === "approve" || action === "spam") spam.refresh();
  }

  /** Replaces an item by its new state, or removes it when it left this list. */
  function place(id: string, updated: AdminComment | null) {
    const old = items.get(id);
    if (!old) return;
    items.delete(id);
    if (updated && updated.status === status) add(updated, old.item);
    old.item.remove();
  }

  function show(text: string) {
    problem.textContent = text;
    problem.hidden = !text;
  }

  async function load(reset: boolean) {
    if (reset) {
      cursor = null;
      items.clear();
      list.replaceChildren();
    }
    const shown = status;
    more.disabled = true;
    const query = new URLSearchParams({ status, limit: "50" });
    if (cursor) query.set("cursor", cursor);
    try {
      const page = await request<Page>(ctx.token, "GET", `/admin/comments?${query}`);
      if (shown !== status) return;
      for (const comment of page.comments) if (!items.has(comment.id)) add(comment);
      cursor = page.nextCursor;
      more.hidden = !cursor;
      empty.textContent = status === "pending" ? "Nothing waits for moderation." : `No ${status} comments.`;
      show("");
    } catch (error) {
      show(explain(error));
    } finally {
      more.disabled = false;
      sync();
    }
  }
  more.addEventListener("click", () => load(false));

  const filters = (["pending", "spam", "approved"] as const).map((value) => {
    const radio = h("input", { type: "radio", name: "moderation-status", value, checked: value === status });
    radio.addEventListener("change", () => {
      status = value;
      load(true);
    });
    return h("label", { class: "choice" }, radio, ` ${value[0]!.toUpperCase()}${value.slice(1)}`);
  });

  load(true);
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
        h("label", { class: "choice", for: "select-all" }, all, " Select all"),
        selected,
      ),
      h("div", { class: "actions toolbar" }, ...bulk),
      problem,
      list,
      empty,
      h("div", { class: "actions" }, more),
    ),
    spam.element,
    siteSetting(() => load(true)),
  );
}
