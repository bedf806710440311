// The signed-in frame: header with navigation and "Sign out", a live region for short
// confirmations, and a hash router (the Worker serves one page at /admin, so deep links
// such as /admin#/c/january-drive work on reload without more server routes).

import { campaignPage } from "./campaign-page";
import { campaignList } from "./campaigns";
import type { Ctx } from "./context";
import { h } from "./dom";
import { moderation } from "./moderation";
import { waitingCount } from "./moderation-actions";

export type App = { stop: () => void };

type View = (ctx: Ctx, arg: string) => HTMLElement;

const routes: [RegExp, View, string][] = [
  [/^#?\/?$/, (ctx) => campaignList(ctx), "Campaigns"],
  [/^#\/new$/, (ctx) => campaignPage(ctx, null), "New campaign"],
  [/^#\/c\/([a-z0-9-]+)$/, (ctx, slug) => campaignPage(ctx, slug), "Campaign"],
  [/^#\/moderation$/, (ctx) => moderation(ctx), "Moderation"],
];

/** Mounts the console for `token` into `root`. */
export function start(root: HTMLElement, token: string, signOut: () => void): App {
  const status = h("p", { class: "toast", role: "status", "aria-live": "polite" });
  const badge = h("span", { class: "badge", hidden: true });
  const links = {
    campaigns: h("a", { href: "#/" }, "Campaigns"),
    moderation: h("a", { href: "#/moderation", id: "nav-moderation" }, "Moderation ", badge),
  };
  const main = h("main", { id: "main", tabindex: "-1" });
  let toastTimer: ReturnType<typeof setTimeout> | undefined;

  const ctx: Ctx = {
    token,
    go: (hash) => {
      if (location.hash === hash) render();
      else location.hash = hash;
    },
    announce: (text) => {
      status.textContent = text;
      clearTimeout(toastTimer);
      toastTimer = setTimeout(() => (status.textContent = ""), 6000);
    },
    refreshBadge: () => {
      waitingCount(token).then((count) => {
        badge.hidden = count === null || count === 0;
        badge.textContent = count === null ? "" : count > 99 ? "99+" : String(count);
        badge.setAttribute("aria-label", `${count ?? 0} comments waiting`);
      });
    },
  };

  function render() {
    const hash = location.hash;
    const route = routes.find(([pattern]) => pattern.test(hash)) ?? routes[0]!;
    const arg = route[0].exec(hash)?.[1] ?? "";
    document.title = `${route[2]} · Goalpost console`;
    const [current, other] =
      route[2] === "Moderation" ? [links.moderation, links.campaigns] : [links.campaigns, links.moderation];
    current.setAttribute("aria-current", "page");
    other.removeAttribute("aria-current");
    main.replaceChildren(route[1](ctx, decodeURIComponent(arg)));
    // Moving focus to the new view tells screen readers the page changed.
    if (document.activeElement !== document.body) main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }

  const signOutButton = h("button", { type: "button", class: "quiet" }, "Sign out");
  signOutButton.addEventListener("click", signOut);

  root.replaceChildren(
    h(
      "header",
      { class: "top" },
      h("a", { href: "#/", class: "brand" }, "Goalpost"),
      h("nav", { "aria-label": "Console" }, links.campaigns, links.moderation),
      signOutButton,
    ),
    main,
    status,
  );

  window.addEventListener("hashchange", render);
  render();
  ctx.refreshBadge();
  const badgeTimer = setInterval(ctx.refreshBadge, 60_000);

  return {
    stop() {
      window.removeEventListener("hashchange", render);
      clearInterval(badgeTimer);
      clearTimeout(toastTimer);
    },
  };
}
