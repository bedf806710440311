// The campaigns list: every campaign with its progress in the current period.
import { type Campaign, explain, request } from "./api";
import type { Ctx } from "./context";
import { h } from "./dom";
import { formatMoney } from "./money";

/** "11 days left", "Ended", "No deadline": the period in a few words. */
export function periodSummary(c: Campaign): string {
  if (c.ended) return "Ended";
  if (c.daysLeft === null) return "No deadline";
  const kind = c.period.kind === "monthly" ? "Monthly" : "Fixed dates";
  return `${kind} · ${c.daysLeft === 0 ? "last day" : `${c.daysLeft} day${c.daysLeft === 1 ? "" : "s"} left`}`;
}

/** A labelled progress bar; a native <progress> so assistive technology reads the value. */
export function progress(c: Campaign) {
  const bar = h("progress", {
    max: 100,
    value: Math.min(100, c.percent),
    "aria-label": `${c.title}: ${c.percent}% of the goal`,
  });
  const figures = h(
    "p",
    { class: "figures" },
    h("strong", null, formatMoney(c.raised, c.currency)),
    ` of ${formatMoney(c.goal, c.currency)} · ${c.percent}% · ${c.donorCount} donation${c.donorCount === 1 ? "" : "s"}`,
  );
  return h("div", { class: "progress" }, bar, figures);
}

function card(c: Campaign) {
  return h(
    "li",
    { class: "card campaign" },
    h("h2", null, h("a", { href: `#/c/${c.slug}` }, c.title)),
    h("p", { class: "meta" }, h("code", null, c.slug), ` · ${c.currency} · ${periodSummary(c)}`),
    progress(c),
  );
}

/** The list view; loads on render. */
export function campaignList(ctx: Ctx): HTMLElement {
  const list = h("ul", { class: "cards", "aria-busy": "true" });
  const message = h("p", { class: "muted" }, "Loading campaigns…");
  const view = h(
    "section",
    { "aria-labelledby": "campaigns-title" },
    h(
      "div",
      { class: "heading" },
      h("h1", { id: "campaigns-title" }, "Campaigns"),
      h("a", { href: "#/new", class: "button primary" }, "New campaign"),
    ),
    message,
    list,
  );

  request<{ campaigns: Campaign[] }>(ctx.token, "GET", "/admin/campaigns").then(
    ({ campaigns }) => {
      list.removeAttribute("aria-busy");
      message.textContent = campaigns.length ? "" : "No campaigns yet. Create one to show a goal bar on your site.";
      message.hidden = campaigns.length > 0;
      list.replaceChildren(...campaigns.map(card));
    },
    (error) => {
      list.removeAttribute("aria-busy");
      message.textContent = explain(error);
      message.className = "error summary";
    },
  );
  return view;
}
