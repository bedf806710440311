// One comment in the moderation queue: a checkbox for bulk actions, who wrote it (with
// email), where (a link to the thread's page) and when, the Markdown source as text, and
// the one-by-one actions.
import type { AdminComment } from "./api";
import { h, when } from "./dom";
import { threadUrl } from "./site";

export type Action = "approve" | "spam" | "pin" | "unpin" | "delete" | "block";

export const ACTION_LABELS: Record<Action, string> = {
  approve: "Approve",
  spam: "Mark spam",
  pin: "Pin",
  unpin: "Unpin",
  delete: "Delete",
  block: "Block…",
};

/** The label of an action on this comment: approving spam is saying "Not spam" to the filter. */
const labelOf = (c: AdminComment, action: Action) =>
  action === "approve" && c.status === "spam" ? "Not spam" : ACTION_LABELS[action];

/** The actions that make sense for a comment in this state. */
export function actionsFor(c: AdminComment): Action[] {
  const list: Action[] = [];
  if (c.status !== "approved") list.push("approve");
  if (c.status !== "spam") list.push("spam");
  list.push(c.pinned ? "unpin" : "pin", "block", "delete");
  return list;
}

export function commentItem(c: AdminComment, act: (action: Action) => void) {
  const who = c.author.name || "Guest";
  const check = h("input", {
    type: "checkbox",
    value: c.id,
    "aria-label": `Select the comment by ${who}, ${when(c.createdAt)}`,
  });
  const url = threadUrl(c.thread);
  const thread = url
    ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, c.thread)
    : h("code", null, c.thread);
  const buttons = actionsFor(c).map((action) => {
    const b = h(
      "button",
      {
        type: "button",
        class: action === "delete" || action === "spam" ? "quiet danger" : "quiet",
        "aria-label": `${labelOf(c, action).replace("…", "")}: comment by ${who}`,
        "aria-haspopup": action === "block" ? "dialog" : null,
      },
      labelOf(c, action),
    );
    b.addEventListener("click", () => act(action));
    return b;
  });
  const item = h(
    "li",
    { class: "comment", "data-id": c.id },
    check,
    h(
      "article",
      { "aria-label": `Comment by ${who}` },
      h(
        "p",
        { class: "meta" },
        h("strong", null, who),
        c.author.email ? ` · ${c.author.email}` : " · no email",
        " · ",
        h("time", { datetime: c.createdAt }, when(c.createdAt)),
        " · ",
        h("span", { class: "status" }, c.status),
        c.pinned ? h("span", { class: "status" }, "pinned") : null,
        c.depth > 0 ? " · a reply" : null,
      ),
      h("p", { class: "meta" }, "Thread: ", thread),
      h("p", { class: "body" }, c.body),
      h(
        "p",
        { class: "meta spam" },
        `Spam score ${Math.round(c.spam.score * 100)}%`,
        c.spam.reasons.length ? ` · ${c.spam.reasons.join(", ")}` : null,
      ),
      h("div", { class: "actions" }, ...buttons),
    ),
  );
  return { item, check };
}
