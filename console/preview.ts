// Live preview: the widget's own <goalpost-goal> element, defined by loading the very
// /widget.js that sites embed (no copy, no second renderer). The element fetches its
// figures from `${api}/api/v1/embed`; for unsaved form state there is nothing on the
// server to fetch, so the element is pointed at a preview base on this origin and the
// console answers those requests itself with the public shape of the draft (computed by
// the server's domain code in draft.ts). Every other request goes to the network.
import type { Campaign } from "./api";
import { h } from "./dom";
import { type Draft, previewOf } from "./draft";

const PREVIEW_BASE = `${location.origin}/admin/preview`;
const drafts = new Map<string, Campaign>();
let loading: Promise<boolean> | undefined;

function answerPreviews() {
  const network = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(`${PREVIEW_BASE}/`)) return network(input, init);
    // Anything else the element loads from its API origin (its language packs) is real.
    if (!url.startsWith(`${PREVIEW_BASE}/api/v1/embed?`))
      return network(location.origin + url.slice(PREVIEW_BASE.length), init);
    const campaign = drafts.get(new URL(url).searchParams.get("campaign") ?? "") ?? null;
    const body = JSON.stringify({ campaign, comments: null });
    return Promise.resolve(new Response(body, { headers: { "Content-Type": "application/json" } }));
  };
}

type ScriptUrlPolicy = { createScriptURL(url: string): string };
type TrustedTypesFactory = {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
};

/**
 * The page enforces Trusted Types, so a script URL must come from a named policy. This one
 * (the only one the CSP allows) lets exactly the widget's path through.
 */
function widgetUrl(): string {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  const policy = factory?.createPolicy("goalpost-console", {
    createScriptURL: (url) => {
      if (url !== "/widget.js") throw new TypeError(`Goalpost console: refusing script ${url}`);
      return url;
    },
  });
  return policy ? policy.createScriptURL("/widget.js") : "/widget.js";
}

/** Loads /widget.js once; resolves false if it does not define the goal element. */
function widget(): Promise<boolean> {
  loading ??= new Promise((resolve) => {
    answerPreviews();
    // No live client: a preview has nothing to follow, and this page's Trusted Types policy
    // (goalpost-console) would refuse the widget's own when it loaded /widget-live.js.
    const script = h("script", { async: true, "data-live": "off" });
    script.src = widgetUrl(); // a TrustedScriptURL where supported, typed as the string it stands for
    script.addEventListener("error", () => resolve(false));
    document.head.append(script);
    customElements.whenDefined("goalpost-goal").then(() => resolve(true));
    setTimeout(() => resolve(!!customElements.get("goalpost-goal")), 10_000);
  });
  return loading;
}

let serial = 0;

/** The preview card; `update` redraws it (debounced) from the form's draft. */
export function preview() {
  const stage = h("div", { class: "stage" });
  const note = h(
    "p",
    { class: "hint" },
    "What readers see, with this period's donations so far. Unsaved changes show here first.",
  );
  const view = h(
    "section",
    { class: "card preview", "aria-labelledby": "preview-title" },
    h("h2", { id: "preview-title" }, "Preview"),
    stage,
    note,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function draw(campaign: Campaign | null) {
    if (!campaign) return stage.replaceChildren(h("p", { class: "muted" }, "Enter a tier amount to see the goal bar."));
    if (!(await widget()))
      return stage.replaceChildren(
        h("p", { class: "muted" }, "The widget script (/widget.js) did not load, so there is no preview."),
      );
    // Each state gets its own key: the element reads its data once, when it connects.
    const key = `preview-${++serial}`;
    drafts.clear();
    drafts.set(key, { ...campaign, slug: key });
    const element = document.createElement("goalpost-goal");
    element.setAttribute("campaign", key);
    element.setAttribute("api", PREVIEW_BASE);
    element.setAttribute("locale", navigator.language);
    stage.replaceChildren(element);
  }

  return {
    view,
    update(draft: Draft, raised: number, donorCount: number) {
      clearTimeout(timer);
      // A short pause keeps typing smooth: the bar redraws when the owner stops for a moment.
      timer = setTimeout(() => draw(previewOf(draft, raised, donorCount)), 150);
    },
  };
}
