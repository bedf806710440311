// One campaign: settings form beside the live preview, the embed code, the donation form
// and the ledger, and deletion. With no slug it is the "New campaign" page.
import { type Campaign, explain, request } from "./api";
import { campaignForm } from "./campaign-form";
import { progress } from "./campaigns";
import { confirmAction } from "./confirm";
import type { Ctx } from "./context";
import { h } from "./dom";
import { donationForm } from "./donation-form";
import { type Draft, draftOf, emptyDraft } from "./draft";
import { ledger } from "./ledger";
import { paceCard } from "./pace-chart";
import { preview } from "./preview";
import { snippet } from "./snippet";

export function campaignPage(ctx: Ctx, slug: string | null): HTMLElement {
  const view = h("section", { class: "page", "aria-labelledby": "page-title" });
  if (slug === null) {
    const live = preview();
    const form = campaignForm({
      draft: emptyDraft(),
      creating: true,
      changed: (draft) => live.update(draft, 0, 0),
      save: (body) => request<Campaign>(ctx.token, "POST", "/admin/campaigns", { body }),
      saved: (campaign) => {
        ctx.announce(`Campaign “${campaign.title}” created.`);
        ctx.go(`#/c/${campaign.slug}`);
      },
    });
    live.update(emptyDraft(), 0, 0);
    view.append(h("h1", { id: "page-title" }, "New campaign"), h("div", { class: "split" }, form, live.view));
    return view;
  }

  view.append(h("h1", { id: "page-title" }, "Campaign"), h("p", { class: "muted" }, "Loading…"));
  request<Campaign>(ctx.token, "GET", `/campaigns/${encodeURIComponent(slug)}`).then(
    (campaign) => view.replaceChildren(...editor(ctx, campaign)),
    (error) =>
      view.replaceChildren(
        h("h1", { id: "page-title" }, "Campaign"),
        h("p", { class: "error summary", role: "alert" }, explain(error)),
        h("a", { href: "#/" }, "Back to campaigns"),
      ),
  );
  return view;
}

function editor(ctx: Ctx, initial: Campaign): Node[] {
  let current = initial;
  let draft: Draft = draftOf(initial);
  const heading = h("h1", { id: "page-title" }, initial.title);
  const bar = h("div", null, progress(initial));
  const live = preview();
  const pace = paceCard(ctx.token, () => current);

  // Figures change after a donation or a save: re-read the public shape the widget sees.
  async function refresh(text: string) {
    ctx.announce(text);
    try {
      current = await request<Campaign>(ctx.token, "GET", `/campaigns/${current.slug}`);
      bar.replaceChildren(progress(current));
      pace.reload();
      heading.textContent = current.title;
      live.update(draft, current.raised, current.donorCount);
    } catch (error) {
      ctx.announce(explain(error));
    }
  }

  const form = campaignForm({
    draft,
    creating: false,
    changed: (next) => {
      draft = next;
      live.update(draft, current.raised, current.donorCount);
    },
    save: (body) => request<Campaign>(ctx.token, "PATCH", `/admin/campaigns/${current.slug}`, { body }),
    saved: (campaign) => {
      // Another currency changes every amount label on the page: draw it afresh.
      if (campaign.currency !== current.currency) {
        ctx.announce("Changes saved.");
        return ctx.go(`#/c/${campaign.slug}`);
      }
      current = campaign;
      refresh("Changes saved.");
    },
  });
  live.update(draft, current.raised, current.donorCount);

  const donations = ledger({ token: ctx.token, campaign: () => current, changed: (text) => refresh(text) });
  const record = donationForm({
    token: ctx.token,
    campaign: () => current,
    recorded: (_donation, created) => {
      if (created) donations.reload();
      refresh(created ? "Donation recorded." : "That submission was already recorded; nothing added.");
    },
  });

  const remove = h("button", { type: "button", class: "danger" }, "Delete campaign");
  remove.addEventListener("click", async () => {
    const ok = await confirmAction(
      `Delete “${current.title}”?`,
      "The campaign and its whole donation ledger are removed, and embedded goal bars disappear. This cannot be undone.",
      "Delete campaign",
    );
    if (!ok) return;
    try {
      await request(ctx.token, "DELETE", `/admin/campaigns/${current.slug}`);
      ctx.announce(`Campaign “${current.title}” deleted.`);
      ctx.go("#/");
    } catch (error) {
      ctx.announce(explain(error));
    }
  });

  return [
    h("p", { class: "crumbs" }, h("a", { href: "#/" }, "Campaigns"), " / ", h("code", null, initial.slug)),
    heading,
    bar,
    pace.view,
    h("div", { class: "split" }, form, h("div", { class: "stack" }, live.view, snippet(initial.slug, ctx.announce))),
    h("div", { class: "split wide-right" }, record, donations.view),
    h("section", { class: "card danger-zone", "aria-label": "Danger zone" }, h("h2", null, "Delete"), remove),
  ];
}
