// "Block…" on a comment: a modal <dialog> that blocks the network, author key or mailbox
// that wrote it, for a while or for good (POST /api/v1/admin/blocks). The owner never sees
// the network itself. Escape or Cancel closes it and returns focus to the opener.
import { type AdminComment, explain, request } from "./api";
import { h } from "./dom";

const KINDS = [
  ["network", "Their network", "the IPv4 address or IPv6 /64 it was posted from"],
  ["author", "Their browser", "the author key their browser signs comments with"],
  ["email", "Their e-mail address", "any case, any +tag"],
] as const;
const DURATIONS = [
  ["", "For good"],
  ["1", "1 day"],
  ["7", "7 days"],
  ["30", "30 days"],
  ["365", "1 year"],
] as const;

/** Opens the block dialog for `c`; resolves true when a block was made. */
export function blockDialog(token: string, c: AdminComment): Promise<boolean> {
  return new Promise((resolve) => {
    const who = c.author.name || "Guest";
    const radios = KINDS.map(([kind, label, hint], i) =>
      h(
        "label",
        { class: "choice" },
        h("input", { type: "radio", name: "block-kind", value: kind, checked: i === 0 }),
        ` ${label} `,
        h("span", { class: "muted" }, `(${hint})`),
      ),
    );
    const days = h("select", { id: "block-days" }, ...DURATIONS.map(([value, label]) => h("option", { value }, label)));
    const problem = h("p", { class: "error", role: "alert", hidden: true });
    const cancel = h("button", { type: "button" }, "Cancel");
    const ok = h("button", { type: "button", class: "danger" }, "Block");
    const dialog = h(
      "dialog",
      { class: "confirm", "aria-labelledby": "block-q" },
      h("h2", { id: "block-q" }, `Block ${who}?`),
      h("p", null, "New comments from the source are stored as spam; its author is not told."),
      h("fieldset", { class: "plain" }, h("legend", null, "Block"), ...radios),
      h("div", { class: "field" }, h("label", { for: "block-days" }, "How long"), days),
      problem,
      h("div", { class: "actions" }, cancel, ok),
    );
    const opener = document.activeElement as HTMLElement | null;
    const finish = (made: boolean) => {
      dialog.close();
      dialog.remove();
      opener?.focus();
      resolve(made);
    };
    cancel.addEventListener("click", () => finish(false));
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      finish(false);
    });
    ok.addEventListener("click", async () => {
      const kind = dialog.querySelector<HTMLInputElement>("input[name=block-kind]:checked")?.value;
      ok.disabled = true;
      try {
        const body = { commentId: c.id, kind, ...(days.value ? { days: Number(days.value) } : {}) };
        await request(token, "POST", "/admin/blocks", { body });
        finish(true);
      } catch (error) {
        problem.textContent = explain(error);
        problem.hidden = false;
        ok.disabled = false;
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
