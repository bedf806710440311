// The donation ledger, newest first, one page at a time ("Load more" follows nextCursor),
// with a confirmed delete for corrections and refunds.
import { type Campaign, type Donation, explain, request } from "./api";
import { confirmAction } from "./confirm";
import { h, when } from "./dom";
import { formatMoney } from "./money";

const PAGE = 20;

/** How each channel (a donation's `source`) is named to the owner. */
const CHANNELS: Record<string, string> = {
  manual: "Manual",
  stripe: "Stripe",
  paypal: "PayPal",
  kofi: "Ko-fi",
  buymeacoffee: "Buy Me a Coffee",
  "github-sponsors": "GitHub Sponsors",
  patreon: "Patreon",
  donations: "Webhook",
};
export const channelName = (source: string) => CHANNELS[source] ?? source;

type Options = { token: string; campaign: () => Campaign; changed: (text: string) => void };

export function ledger({ token, campaign, changed }: Options) {
  const rows = h("tbody");
  const empty = h("p", { class: "muted", hidden: true }, "No donations recorded yet.");
  const status = h("p", { class: "error summary", role: "alert", hidden: true });
  const more = h("button", { type: "button", hidden: true }, "Load more");
  let cursor: string | null = null;
  let generation = 0; // a reload while a page is loading must not mix two listings

  function row(d: Donation) {
    // The owner's mark; donors who said yes at the provider start shown. Anonymous by default.
    const wall = h(
      "button",
      {
        type: "button",
        class: "quiet",
        "aria-pressed": String(d.public),
        "aria-label": `Show ${d.donor ?? "this donor"} on the donor wall`,
        disabled: !d.donor,
      },
      d.public ? "Shown" : "Hidden",
    );
    const remove = h(
      "button",
      {
        type: "button",
        class: "quiet danger",
        "aria-label": `Delete donation of ${formatMoney(d.amount, d.currency)} on ${when(d.at)}`,
      },
      "Delete",
    );
    const tr = h(
      "tr",
      null,
      h("td", { "data-label": "Date" }, h("time", { datetime: d.at }, when(d.at))),
      h("td", { "data-label": "Amount", class: "num" }, formatMoney(d.amount, d.currency)),
      h("td", { "data-label": "Donor" }, d.donor ?? "—"),
      h("td", { "data-label": "Message", class: "message" }, d.message ?? ""),
      h("td", { "data-label": "Channel" }, channelName(d.source)),
      h("td", { "data-label": "Donor wall" }, wall),
      h("td", { class: "row-actions" }, remove),
    );
    wall.addEventListener("click", async () => {
      const next = wall.getAttribute("aria-pressed") !== "true";
      try {
        const path = `/admin/campaigns/${campaign().slug}/donations/${encodeURIComponent(d.id)}`;
        await request(token, "PATCH", path, { body: { public: next } });
        wall.setAttribute("aria-pressed", String(next));
        wall.textContent = next ? "Shown" : "Hidden";
        changed(next ? "Donor shown on the wall." : "Donor hidden from the wall.");
      } catch (error) {
        show(explain(error));
      }
    });
    remove.addEventListener("click", async () => {
      const ok = await confirmAction(
        "Delete this donation?",
        `${formatMoney(d.amount, d.currency)} from ${d.donor ?? "an anonymous donor"} on ${when(d.at)}. The raised amount goes down; this cannot be undone.`,
        "Delete donation",
      );
      if (!ok) return;
      try {
        await request(token, "DELETE", `/admin/campaigns/${campaign().slug}/donations/${encodeURIComponent(d.id)}`);
        const next = tr.nextElementSibling ?? tr.previousElementSibling;
        tr.remove();
        empty.hidden = rows.childElementCount > 0;
        (next?.querySelector("button") ?? more).focus();
        changed("Donation deleted.");
      } catch (error) {
        show(explain(error));
      }
    });
    return tr;
  }

  function show(text: string) {
    status.textContent = text;
    status.hidden = !text;
  }

  async function load(reset: boolean) {
    const mine = reset ? ++generation : generation;
    if (reset) cursor = null;
    more.disabled = true;
    const query = new URLSearchParams({ limit: String(PAGE) });
    if (cursor) query.set("cursor", cursor);
    try {
      const page = await request<{ donations: Donation[]; nextCursor: string | null }>(
        token,
        "GET",
        `/admin/campaigns/${campaign().slug}/donations?${query}`,
      );
      if (mine !== generation) return;
      if (reset) rows.replaceChildren();
      rows.append(...page.donations.map(row));
      cursor = page.nextCursor;
      more.hidden = !cursor;
      empty.hidden = rows.childElementCount > 0;
      show("");
    } catch (error) {
      show(explain(error));
    } finally {
      more.disabled = false;
    }
  }

  more.addEventListener("click", () => load(false));

  const table = h(
    "table",
    { class: "ledger" },
    h("caption", { class: "sr-only" }, "Donations, newest first"),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        ...["Date", "Amount", "Donor", "Message", "Channel", "Donor wall"].map((t) => h("th", { scope: "col" }, t)),
        h("th", null, h("span", { class: "sr-only" }, "Actions")),
      ),
    ),
    rows,
  );
  const view = h(
    "section",
    { class: "card", "aria-labelledby": "ledger-title" },
    h("h2", { id: "ledger-title" }, "Donations"),
    h("div", { class: "scroll" }, table),
    empty,
    status,
    h("div", { class: "actions" }, more),
  );
  load(true);
  return { view, reload: () => load(true) };
}
