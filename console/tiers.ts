// The tiers editor: rows of amount (major units) + label that can be added, removed and
// moved. The typed text is the model, so switching currency re-reads "2500" in the new
// currency instead of silently rescaling minor units.
import { field, h } from "./dom";
import type { FormErrors } from "./errors";

export type TierDraft = { amount: string; label: string };

/** The API's limit (src/schemas/campaigns.ts): 1–10 tiers. */
const MAX_TIERS = 10;

export function tiersEditor(initial: TierDraft[], errors: FormErrors, changed: () => void) {
  const tiers: TierDraft[] = initial.length ? initial.map((t) => ({ ...t })) : [{ amount: "", label: "" }];
  const list = h("ol", { class: "tiers" });
  const add = h("button", { type: "button" }, "Add tier");
  const arrayError = h("p", { class: "error", hidden: true });
  errors.register("tiers", { control: add, error: arrayError });

  /** A row button; `action` changes the model and names what gets focus after the redraw. */
  function button(text: string, label: string, disabled: boolean, action: () => string) {
    const b = h("button", { type: "button", class: "icon", "aria-label": label, title: label, disabled }, text);
    b.addEventListener("click", () => {
      const focus = action();
      render();
      changed();
      // Keep the keyboard where it was: on the same control of the row that moved.
      (
        list.querySelector<HTMLElement>(`${focus}:not([disabled])`) ?? list.querySelector<HTMLElement>("input")
      )?.focus();
    });
    return b;
  }

  function row(tier: TierDraft, i: number) {
    const n = i + 1;
    const amount = h("input", {
      type: "text",
      inputmode: "decimal",
      name: `tier-${n}-amount`,
      value: tier.amount,
      required: true,
      autocomplete: "off",
    });
    const label = h("input", {
      type: "text",
      name: `tier-${n}-label`,
      value: tier.label,
      maxlength: 120,
      autocomplete: "off",
    });
    amount.addEventListener("input", () => {
      tier.amount = amount.value;
      changed();
    });
    label.addEventListener("input", () => {
      tier.label = label.value;
      changed();
    });
    const a = field(`Tier ${n} amount`, amount);
    const l = field(`Tier ${n} label (optional)`, label);
    errors.register(`tiers.${i}.amount`, a);
    errors.register(`tiers.${i}.label`, l);
    const move = (j: number, dir: "up" | "down") => () => {
      [tiers[i], tiers[j]] = [tiers[j]!, tiers[i]!];
      return `[aria-label="Move tier ${j + 1} ${dir}"]`;
    };
    const remove = () => {
      tiers.splice(i, 1);
      return `[name="tier-${Math.max(1, i)}-amount"]`;
    };
    return h(
      "li",
      { class: "tier" },
      a.wrap,
      l.wrap,
      h(
        "div",
        { class: "tier-actions" },
        button("↑", `Move tier ${n} up`, i === 0, move(i - 1, "up")),
        button("↓", `Move tier ${n} down`, i === tiers.length - 1, move(i + 1, "down")),
        button("✕", `Remove tier ${n}`, tiers.length === 1, remove),
      ),
    );
  }

  function render() {
    errors.forget("tiers.");
    list.replaceChildren(...tiers.map(row));
    add.disabled = tiers.length >= MAX_TIERS;
  }

  add.addEventListener("click", () => {
    tiers.push({ amount: "", label: "" });
    render();
    changed();
    list.querySelector<HTMLInputElement>("li:last-child input")?.focus();
  });

  render();
  const wrap = h(
    "fieldset",
    { class: "tiers-field" },
    h("legend", null, "Tiers"),
    h("p", { class: "hint" }, "Goal marks on the bar, lowest first; the last one is the goal."),
    list,
    arrayError,
    add,
  );
  return { wrap, tiers: () => tiers };
}
