// Puts API (and local) errors next to the field that caused them. Forms register each
// control under the API's path for it ("title", "tiers.1.amount", "period.endsAt");
// an issue goes to the longest registered prefix of its path, the rest to the form's
// summary, so nothing the server says is ever dropped.
import { ApiError, explain, type Issue } from "./api";
import { h } from "./dom";

type Slot = { control: HTMLElement; error: HTMLElement };

export class FormErrors {
  private slots = new Map<string, Slot>();
  /** The form-level message, announced when it changes. */
  readonly summary = h("p", { class: "error summary", role: "alert", hidden: true });

  register(path: string, slot: Slot) {
    this.slots.set(path, slot);
  }

  /** Forgets paths under `prefix` (tier rows are rebuilt when they move). */
  forget(prefix: string) {
    for (const path of [...this.slots.keys()]) if (path.startsWith(prefix)) this.slots.delete(path);
  }

  clear() {
    for (const { control, error } of this.slots.values()) {
      control.removeAttribute("aria-invalid");
      error.hidden = true;
      error.textContent = "";
    }
    this.summary.hidden = true;
    this.summary.textContent = "";
  }

  /** Shows issues at their fields; focuses the first field in error. Returns true if any were shown. */
  show(issues: Issue[], message = "Please correct the marked fields.") {
    this.clear();
    const loose: string[] = [];
    let first: HTMLElement | null = null;
    for (const issue of issues) {
      const slot = this.find(issue.path);
      if (!slot) {
        loose.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
        continue;
      }
      slot.control.setAttribute("aria-invalid", "true");
      slot.error.hidden = false;
      slot.error.textContent = slot.error.textContent ? `${slot.error.textContent} · ${issue.message}` : issue.message;
      first ??= slot.control;
    }
    this.say([message, ...loose].join(" "));
    first?.focus();
    return issues.length > 0;
  }

  /** Shows any failure: validation issues at their fields, everything else in the summary. */
  fail(error: unknown) {
    if (error instanceof ApiError && error.issues.length) return this.show(error.issues, explain(error));
    this.clear();
    this.say(explain(error));
  }

  say(text: string) {
    this.summary.textContent = text;
    this.summary.hidden = !text;
  }

  private find(path: string): Slot | undefined {
    for (let p = path; p; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
      const slot = this.slots.get(p);
      if (slot) return slot;
    }
    return undefined;
  }
}
