// Live progress on a <goalpost-goal>: the bar is drawn afresh from the pushed figures, then
// its fill and amount glide from the old width to the new one (at once under
// prefers-reduced-motion), and the change is announced politely.
import type { GoalElement } from "../goal";
import type { Announce } from "./announce";
import type { Delivered } from "./comments";
import { liveStrings } from "./strings";

const GLIDE = "width .8s ease-out, inset-inline-start .8s ease-out";

export function liveGoal(el: GoalElement, announce: Announce) {
  const strings = liveStrings(el.fmt.lang);
  const parts = () => ({
    fill: el.root.querySelector<HTMLElement>("[part=fill]"),
    value: el.root.querySelector<HTMLElement>("[part=raised]"),
  });

  return (message: Delivered) => {
    if (message.type !== "campaign" || message.campaign.slug !== el.getAttribute("campaign")) return;
    const old = parts();
    if (!old.fill) return; // Not painted yet: the first paint brings the figures of now.
    const from = { fill: old.fill.style.width, value: old.value?.style.insetInlineStart ?? "" };
    const said = () => el.root.querySelector("[part=bar]")?.getAttribute("aria-valuetext") ?? "";
    const before = said();
    el.render(message.campaign, performance.now());
    const now = parts();
    // Figures that did not change (a catch-up read, a repeated push) are not announced again.
    if (said() !== before) announce(strings.goal(said()));
    if (!now.fill || matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    const to = { fill: now.fill.style.width, value: now.value?.style.insetInlineStart ?? "" };
    if (to.fill === from.fill) return;
    now.fill.style.width = from.fill;
    if (now.value) now.value.style.insetInlineStart = from.value;
    // Reading layout commits the old width, so the change below is a transition.
    now.fill.getBoundingClientRect();
    now.fill.style.transition = GLIDE;
    now.fill.style.width = to.fill;
    if (now.value) {
      now.value.style.transition = GLIDE;
      now.value.style.insetInlineStart = to.value;
    }
  };
}
