// The pace of the current period: money raised per day (cumulative) against the straight
// line to the top tier, what each remaining day needs and where the current pace ends
// ("At this pace: $4,300.00 by Jan 31"). The chart is SVG drawn here, coloured by the
// stylesheet's variables (so it follows dark mode) and scaled to its box (so it fits 360 px);
// its text equivalent is a visually hidden table of the same figures.
import type { Pace as PaceFigures } from "../src/domain/pace";
import { type Campaign, explain, request } from "./api";
import { h } from "./dom";
import { formatMoney } from "./money";

/** GET /api/v1/admin/campaigns/{slug}/pace: the figures of src/domain/pace.ts in the campaign's currency. */
export type Pace = PaceFigures & { currency: string };

const SVG = "http://www.w3.org/2000/svg";
const W = 600;
const H = 220;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  return el;
}

/** "Jan 31" for a YYYY-MM-DD day, read as a calendar date (no time zone shift). */
export const dayLabel = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" });

/** The chart and its figures for one pace answer. */
export function paceView(pace: Pace): HTMLElement {
  const money = (minor: number) => formatMoney(minor, pace.currency);
  const span = Math.max(1, (pace.totalDays ?? pace.days.length) - 1);
  const top = Math.max(pace.goal, pace.raised, pace.projection?.amount ?? 0, 1) * 1.05;
  const x = (index: number) => ((index / span) * W).toFixed(1);
  const y = (amount: number) => (H - (amount / top) * H).toFixed(1);

  const chart = svg("svg", {
    viewBox: `0 0 ${W} ${H}`,
    preserveAspectRatio: "none",
    class: "pace-chart",
    role: "img",
    "aria-labelledby": "pace-summary",
  });
  const goalY = y(pace.goal);
  chart.append(
    svg("line", { x1: 0, y1: goalY, x2: W, y2: goalY, class: "pace-goal" }),
    ...(pace.end ? [svg("line", { x1: 0, y1: H, x2: W, y2: goalY, class: "pace-target" })] : []),
    svg("polyline", {
      points: pace.days.map((day, i) => `${x(i)},${y(day.total)}`).join(" ") || `0,${H}`,
      class: "pace-raised",
    }),
  );

  const summary = [
    `${money(pace.raised)} raised of ${money(pace.goal)}`,
    pace.end ? ` between ${dayLabel(pace.start)} and ${dayLabel(pace.end)}.` : ` since ${dayLabel(pace.start)}.`,
  ].join("");
  const figures = h(
    "dl",
    { class: "pace-figures" },
    h("div", null, h("dt", null, "Raised"), h("dd", null, money(pace.raised))),
    pace.neededPerDay !== null &&
      h(
        "div",
        null,
        h("dt", null, `Needed per day (${pace.remainingDays} left)`),
        h("dd", null, pace.neededPerDay === 0 ? "Goal reached" : money(pace.neededPerDay)),
      ),
    pace.projection &&
      h(
        "div",
        null,
        h("dt", null, "At this pace"),
        h("dd", { class: "pace-projection" }, `${money(pace.projection.amount)} by ${dayLabel(pace.projection.by)}`),
      ),
  );
  const table = h(
    "table",
    { class: "sr-only" },
    h("caption", null, "Raised per day, cumulative"),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("th", { scope: "col" }, "Day"),
        h("th", { scope: "col" }, "That day"),
        h("th", { scope: "col" }, "Total"),
      ),
    ),
    h(
      "tbody",
      null,
      ...pace.days.map((day) =>
        h(
          "tr",
          null,
          h("th", { scope: "row" }, dayLabel(day.date)),
          h("td", null, money(day.amount)),
          h("td", null, money(day.total)),
        ),
      ),
    ),
  );
  const legend = h(
    "p",
    { class: "pace-legend", "aria-hidden": "true" },
    h("span", { class: "key raised" }, "Raised"),
    pace.end && h("span", { class: "key target" }, `Straight line to ${money(pace.goal)}`),
    h("span", { class: "key goal" }, "Top tier"),
  );
  const axis = h(
    "p",
    { class: "pace-axis", "aria-hidden": "true" },
    h("span", null, dayLabel(pace.start)),
    h("span", null, pace.end ? dayLabel(pace.end) : "today"),
  );
  return h(
    "div",
    { class: "pace" },
    h("p", { id: "pace-summary", class: "muted" }, summary),
    chart,
    axis,
    legend,
    figures,
    table,
  );
}

/** The "Pace" card of a campaign page: loads the pace, draws it, reloads on demand. */
export function paceCard(token: string, campaign: () => Campaign) {
  const body = h("div", null, h("p", { class: "muted" }, "Loading…"));
  async function load() {
    try {
      const pace = await request<Pace>(token, "GET", `/admin/campaigns/${campaign().slug}/pace`);
      body.replaceChildren(paceView(pace));
    } catch (error) {
      body.replaceChildren(h("p", { class: "error summary", role: "alert" }, explain(error)));
    }
  }
  load();
  const view = h(
    "section",
    { class: "card", "aria-labelledby": "pace-title" },
    h("h2", { id: "pace-title" }, "Pace this period"),
    body,
  );
  return { view, reload: load };
}
