// A modal confirmation on the native <dialog>: focus is trapped, Escape cancels, and the
// safe choice ("Cancel") has focus first, so a stray Enter deletes nothing.
import { h } from "./dom";

/** Asks `question`; resolves true only when the owner presses the confirm button. */
export function confirmAction(question: string, detail: string, confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => {
    const cancel = h("button", { type: "button", value: "cancel" }, "Cancel");
    const ok = h("button", { type: "button", value: "ok", class: "danger" }, confirmLabel);
    const dialog = h(
      "dialog",
      { class: "confirm", "aria-labelledby": "confirm-q", "aria-describedby": "confirm-d" },
      h("h2", { id: "confirm-q" }, question),
      h("p", { id: "confirm-d" }, detail),
      h("div", { class: "actions" }, cancel, ok),
    );
    const opener = document.activeElement as HTMLElement | null;
    const finish = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      opener?.focus();
      resolve(answer);
    };
    cancel.addEventListener("click", () => finish(false));
    ok.addEventListener("click", () => finish(true));
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      finish(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
