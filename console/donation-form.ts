// Record a donation. The amount is typed in major units and converted exactly (money.ts).
// One Idempotency-Key belongs to one submission of one set of values: a double click or a
// retry after a lost answer re-sends the same key and the Worker records it once; editing
// any field afterwards makes it a different donation with a fresh key.
import { type Campaign, type Donation, idempotencyKey, request } from "./api";
import { field, h } from "./dom";
import { FormErrors } from "./errors";
import { formatMoney, parseMajor } from "./money";

type Options = { token: string; campaign: () => Campaign; recorded: (donation: Donation, created: boolean) => void };

export function donationForm({ token, campaign, recorded }: Options): HTMLFormElement {
  const errors = new FormErrors();
  let key: string | null = null;
  const currency = () => campaign().currency;

  const amountInput = h("input", {
    type: "text",
    name: "amount",
    inputmode: "decimal",
    required: true,
    autocomplete: "off",
  });
  const amount = field(`Amount (${currency()})`, amountInput, "In major units, e.g. 25 or 19.99.");
  const echo = h("p", { class: "hint", "aria-live": "polite" });
  amount.wrap.insertBefore(echo, amount.error);
  const donor = field(
    "Donor (optional)",
    h("input", { type: "text", name: "donor", maxlength: 120, autocomplete: "off" }),
  );
  const message = field("Message (optional)", h("textarea", { name: "message", maxlength: 1000, rows: 2 }));
  const at = field(
    "Date (optional)",
    h("input", { type: "datetime-local", name: "at" }),
    "Your local time; empty means now.",
  );
  for (const [path, slot] of [
    ["amount", amount],
    ["donor", donor],
    ["message", message],
    ["at", at],
  ] as const)
    errors.register(path, slot);

  const submit = h("button", { type: "submit", class: "primary" }, "Record donation");
  const form = h(
    "form",
    { class: "card stack", "aria-label": "Record a donation", novalidate: true },
    h("h2", null, "Record a donation"),
    h("div", { class: "row2" }, amount.wrap, at.wrap),
    donor.wrap,
    message.wrap,
    errors.summary,
    h("div", { class: "actions" }, submit),
  );

  // Shows what the typed amount means, so "1,5" is visibly 1.50 and not 15.
  amountInput.addEventListener("input", () => {
    const parsed = parseMajor(amountInput.value, currency());
    echo.textContent = parsed.ok ? `= ${formatMoney(parsed.minor, currency())}` : "";
  });
  form.addEventListener("input", () => (key = null));

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const parsed = parseMajor(amountInput.value, currency());
    if (!parsed.ok) return errors.show([{ path: "amount", message: parsed.message }]);
    const body: Record<string, unknown> = { amount: parsed.minor };
    const values = new FormData(form);
    const donorText = String(values.get("donor") ?? "").trim();
    const messageText = String(values.get("message") ?? "").trim();
    const atText = String(values.get("at") ?? "");
    if (donorText) body.donor = donorText;
    if (messageText) body.message = messageText;
    if (atText) body.at = new Date(atText).toISOString(); // datetime-local is the owner's local time
    key ??= idempotencyKey();
    const sent = key;
    errors.clear();
    submit.disabled = true;
    try {
      const res = await fetchDonation(token, campaign().slug, body, sent);
      if (key === sent) {
        form.reset();
        echo.textContent = "";
        key = null;
      }
      recorded(res.donation, res.created);
    } catch (error) {
      errors.fail(error); // the key is kept: retrying the same values cannot record twice
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** POSTs the donation; `created` is false when the Worker had this key already (200). */
async function fetchDonation(token: string, slug: string, body: unknown, key: string) {
  let created = true;
  const donation = await request<Donation>(token, "POST", `/admin/campaigns/${slug}/donations`, {
    body,
    headers: { "Idempotency-Key": key },
    onStatus: (status) => (created = status === 201),
  });
  return { donation, created };
}
