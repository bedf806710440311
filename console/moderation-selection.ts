// The moderation queue's list and what is selected in it: one item per comment with its
// checkbox, "Select all", the count selected, and the bulk buttons enabled only while
// something is selected.
import type { AdminComment } from "./api";
import { ACTION_LABELS, type Action, commentItem } from "./comment-item";
import { h } from "./dom";

type Entry = { comment: AdminComment; item: HTMLLIElement; check: HTMLInputElement };

/** The actions offered on every selected comment at once. */
const BULK = ["approve", "spam", "pin", "unpin", "delete"] as const;

/** The list and its selection controls; `act` runs an action on one comment or on the selection. */
export function queueSelection(act: (action: Action, comments: AdminComment[]) => void) {
  const items = new Map<string, Entry>();
  const list = h("ul", { class: "queue", "aria-label": "Comments" });
  const empty = h("p", { class: "muted", hidden: true });
  const all = h("input", { type: "checkbox", id: "select-all" });
  const selected = h("span", { class: "muted", "aria-live": "polite" });
  const checked = () => [...items.values()].filter((x) => x.check.checked).map((x) => x.comment);
  const bulk = BULK.map((action) => {
    const b = h(
      "button",
      { type: "button", class: action === "delete" ? "danger" : null, disabled: true },
      `${ACTION_LABELS[action]} selected`,
    );
    b.addEventListener("click", () => act(action, checked()));
    return b;
  });

  /** Brings the count, "Select all", the bulk buttons and the empty note up to date. */
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

  /** Lists a comment (before `before`, else last). */
  function add(comment: AdminComment, before?: Node | null) {
    const { item, check } = commentItem(comment, (action) => act(action, [comment]));
    check.addEventListener("change", sync);
    items.set(comment.id, { comment, item, check });
    list.insertBefore(item, before ?? null);
  }

  return {
    list,
    empty,
    all,
    selected,
    bulk,
    sync,
    add,
    has: (id: string) => items.has(id),
    clear() {
      items.clear();
      list.replaceChildren();
    },
    /** Replaces an item by its new state, or removes it when it left the list (`keep` false or gone). */
    place(id: string, updated: AdminComment | null, keep: (comment: AdminComment) => boolean) {
      const old = items.get(id);
      if (!old) return;
      items.delete(id);
      if (updated && keep(updated)) add(updated, old.item);
      old.item.remove();
    },
  };
}

export type QueueSelection = ReturnType<typeof queueSelection>;
