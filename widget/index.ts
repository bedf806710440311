// The loader: reads data-* from its own script tag (the API origin defaults to the
// script's), defines the two custom elements, and mounts goal + comments after the tag
// (or into data-target) when the tag names a campaign or a thread.
import { parsed } from "./api";
import { CommentsElement } from "./comments";
import { defaults, httpUrl, warn } from "./config";
import { h } from "./dom";
import { loadExtras, USES } from "./extras";
import { GoalElement } from "./goal";

const script = document.currentScript as HTMLScriptElement | null;

if (script) {
  // Read once, before mounting, so every element of this tag sees the same settings.
  for (const [key, value] of Object.entries(script.dataset)) {
    // dataset turns data-donate-url into donateUrl; attributes use the dashed name.
    defaults[key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)] = value!;
  }
  try {
    defaults.api ??= new URL(script.src).origin;
  } catch {
    // An inline copy of the script has no src: data-api is then required.
  }
}

for (const [name, element] of [
  ["goalpost-goal", GoalElement],
  ["goalpost-comments", CommentsElement],
] as const) {
  // A second copy of the script on the same page must not throw on re-definition.
  if (!customElements.get(name)) customElements.define(name, element);
}

function mount(tag: HTMLScriptElement) {
  const { campaign, thread, target } = tag.dataset;
  if (campaign === undefined && thread === undefined) return;
  let place: Element | null = null;
  if (target) {
    try {
      place = document.querySelector(target);
    } catch {
      // Reported below.
    }
    if (!place) warn(`data-target "${target}" not found`);
  }
  // The tag's settings are copied onto the elements: with two loader tags on one page the
  // elements are upgraded by the first copy's classes, which know only the first tag's defaults.
  const parts = (campaign ? ["goal", "comments"] : ["comments"]).map((name) =>
    // Every loader setting becomes an attribute of the element.
    h(`goalpost-${name}` as "div", defaults),
  );
  if (place) place.append(...parts);
  else tag.after(...parts);
}

if (script) mount(script);

// Index pages: counts need the second file even without a comments element.
const base = httpUrl(defaults.api ?? null, "data-api")?.replace(/\/+$/, "");
const extras = () => base && document.querySelector(USES) && loadExtras(base);
parsed(extras);
