// Create or edit a campaign: title, slug, currency, tiers, period. Every change is
// reported to `changed` (the live preview); submit checks locally first, then the API,
// and both kinds of issue land next to their fields.
import type { Campaign } from "./api";
import { field, h, uid } from "./dom";
import { bodyOf, type Draft, SLUG } from "./draft";
import { FormErrors } from "./errors";
import { tiersEditor } from "./tiers";

type Options = {
  draft: Draft;
  creating: boolean;
  changed: (draft: Draft) => void;
  save: (body: Record<string, unknown>) => Promise<Campaign>;
  saved: (campaign: Campaign) => void;
};

let currencyOptions: HTMLOptionElement[] | undefined;
/** "EUR — Euro" options, built once: Intl knows the list and the names. */
function currencies(): HTMLOptionElement[] {
  const names = new Intl.DisplayNames(undefined, { type: "currency" });
  currencyOptions ??= Intl.supportedValuesOf("currency").map((code) =>
    h("option", { value: code }, `${code} — ${names.of(code) ?? code}`),
  );
  return currencyOptions.map((option) => option.cloneNode(true) as HTMLOptionElement);
}

/** One shared datalist of every IANA zone, so typing "Berl" offers Europe/Berlin. */
function zoneList(): string {
  const id = "goalpost-zones";
  if (!document.getElementById(id)) {
    const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
    document.body.append(h("datalist", { id }, ...[...zones].map((zone) => h("option", { value: zone }))));
  }
  return id;
}

export function campaignForm({ draft, creating, changed, save, saved }: Options): HTMLFormElement {
  const errors = new FormErrors();
  const state: Draft = { ...draft, tiers: draft.tiers };
  const notify = () => changed(state);
  const input = (
    key: "title" | "slug" | "timeZone" | "startDate" | "endDate",
    props: Record<string, string | number | boolean>,
  ) => {
    const el = h("input", { name: key, value: state[key], ...props });
    el.addEventListener("input", () => {
      state[key] = el.value;
      notify();
    });
    return el;
  };

  const title = field("Title", input("title", { type: "text", required: true, maxlength: 200, autocomplete: "off" }));
  const slug = field(
    "Slug",
    input("slug", {
      type: "text",
      required: creating,
      pattern: SLUG.source.slice(1, -1),
      maxlength: 64,
      autocomplete: "off",
      spellcheck: "false",
      readonly: !creating,
    }),
    creating
      ? "In the embed code and URLs: lowercase letters, digits and dashes. It cannot be changed later."
      : "The slug cannot be changed.",
  );
  const currencySelect = h("select", { name: "currency" }, ...currencies());
  currencySelect.value = state.currency;
  currencySelect.addEventListener("change", () => {
    state.currency = currencySelect.value;
    notify();
  });
  const currency = field("Currency", currencySelect, "Tier and donation amounts are in this currency.");
  const tiers = tiersEditor(state.tiers, errors, () => {
    state.tiers = tiers.tiers();
    notify();
  });
  state.tiers = tiers.tiers();

  const zone = field(
    "Time zone",
    input("timeZone", { type: "text", list: zoneList(), required: true, autocomplete: "off", spellcheck: "false" }),
    "Type to search, e.g. Berlin. Months and days are counted in this zone.",
  );
  const start = field("First day (optional)", input("startDate", { type: "date" }));
  const end = field("Last day", input("endDate", { type: "date" }), "Donations count through the end of this day.");
  const dates = h("div", { class: "row2", hidden: state.kind !== "fixed" }, start.wrap, end.wrap);
  const kindName = uid("kind");
  const kinds = (
    [
      ["monthly", "Monthly", "resets on the 1st"],
      ["fixed", "Fixed dates", "one window"],
      ["open", "Open", "no deadline"],
    ] as const
  ).map(([value, label, hint]) => {
    const radio = h("input", { type: "radio", name: kindName, value, checked: state.kind === value });
    radio.addEventListener("change", () => {
      state.kind = value;
      dates.hidden = value !== "fixed";
      notify();
    });
    return h("label", { class: "choice" }, radio, ` ${label} `, h("span", { class: "muted" }, `(${hint})`));
  });

  for (const [path, slot] of [
    ["title", title],
    ["slug", slug],
    ["currency", currency],
    ["period.timeZone", zone],
    ["period.startsAt", start],
    ["period.endsAt", end],
  ] as const) {
    errors.register(path, slot);
  }
  errors.register("period", { control: kinds[0]!.querySelector("input")!, error: end.error });

  const submit = h("button", { type: "submit", class: "primary" }, creating ? "Create campaign" : "Save changes");
  const form = h(
    "form",
    { class: "card stack", novalidate: true, "aria-label": creating ? "New campaign" : "Campaign settings" },
    title.wrap,
    slug.wrap,
    currency.wrap,
    tiers.wrap,
    h("fieldset", null, h("legend", null, "Period"), h("div", { class: "choices" }, ...kinds), zone.wrap, dates),
    errors.summary,
    h("div", { class: "actions" }, submit),
  );

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { body, issues } = bodyOf(state, creating);
    if (issues.length) return errors.show(issues);
    errors.clear();
    submit.disabled = true;
    try {
      saved(await save(body));
    } catch (error) {
      errors.fail(error);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
