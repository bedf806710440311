// <goalpost-goal campaign="slug">: the donation goal bar.
import { attr, httpUrl, warn } from "./config";
import { h } from "./dom";
import type { Key } from "./i18n";
import { Part } from "./part";
import type { Campaign } from "./types";

export class GoalElement extends Part {
  protected _failKey: Key = "goalOffline";
  declare private _timer?: ReturnType<typeof setInterval>;
  static observedAttributes = ["campaign", "locale", "api", "donate-url", "theme"];

  protected _settings() {
    return ["campaign", "locale", "api", "donate-url"].map((name) => attr(this, name)).join("\n");
  }

  protected _start() {
    const slug = attr(this, "campaign");
    if (!slug || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(slug)) {
      warn(`bad campaign "${slug ?? ""}"`);
      return this._quiet();
    }
    this._paint(`campaign=${slug}`, ({ campaign }) => {
      if (campaign) return this.render(campaign, performance.now());
      warn(`campaign "${slug}" not found`);
      this.hidden = true;
    });
  }

  /** Draws the bar from `c` (also called by the live client, widget/live/goal.ts). */
  render(c: Campaign, received: number) {
    clearInterval(this._timer); // Drawn again (live): one countdown at a time.
    const { fmt } = this;
    const t = fmt.t;
    const money = fmt.money(c.currency);
    const share = (amount: number) => (c.goal > 0 ? Math.min(100, (100 * amount) / c.goal) : 0);
    const filled = share(c.raised);
    const percent = fmt.percent(c.percent);
    const donate = httpUrl(attr(this, "donate-url"), "data-donate-url");

    const fill = h("div", { class: "fill", part: "fill" });
    fill.style.width = `${filled}%`;
    // The raised amount sits at the end of the fill, or just after it when the fill is short.
    const value = h("span", { class: filled < 25 ? "val out" : "val", part: "raised" }, money(c.raised));
    value.style.insetInlineStart = `${filled}%`;
    const bar = h(
      "div",
      {
        class: "bar",
        part: "bar",
        role: "progressbar",
        "aria-label": c.title,
        "aria-valuenow": Math.min(100, c.percent),
        "aria-valuetext": `${t("of").replace("{a}", money(c.raised)).replace("{b}", money(c.goal))}, ${percent}`,
      },
      fill,
      value,
    );

    const marks = h("div", { class: "marks mu", part: "marks", "aria-hidden": "true" }, h("span", null, money(0)));
    for (const tier of c.tiers) {
      const mark = h("span", { title: tier.label }, money(tier.amount));
      const tick = h("i");
      mark.style.insetInlineStart = tick.style.insetInlineStart = `${share(tier.amount)}%`;
      marks.append(mark);
      bar.append(tick);
    }

    const deadline = h("span", { class: "dl", part: "deadline" });
    const tick = () => (deadline.textContent = fmt.deadline(c, Date.parse(c.asOf) + performance.now() - received));
    tick();
    // On the last day the countdown moves (hours, then minutes): refresh it each minute.
    if (c.daysLeft === 0 && !c.ended) {
      this._timer = setInterval(tick, 60_000);
      this.signal.addEventListener("abort", () => clearInterval(this._timer));
    }

    this.root.replaceChildren(
      h(
        "section",
        { part: "goal", "aria-label": c.title },
        h(
          "div",
          { class: "row" },
          h("strong", { class: "grow", part: "title" }, c.title),
          donate &&
            h("a", { class: "btn", part: "donate", href: donate, target: "_blank", rel: "noopener" }, t("donate")),
        ),
        bar,
        marks,
        h(
          "p",
          { class: "row mu sep", part: "stats" },
          h("span", { part: "percent" }, c.percent >= 100 ? `${t("reached")} · ${percent}` : percent),
          h("span", { part: "donors" }, fmt.count("donors", c.donorCount)),
          deadline,
        ),
        // The donor wall comes only when the owner turned it on: names, never e-mails.
        c.donors?.length
          ? h(
              "ul",
              { class: "wall mu", part: "wall" },
              ...c.donors.map((d) =>
                h("li", null, h("bdi", null, d.name), ` · ${money(d.amount)} · ${fmt.relative(d.at, Date.now())}`),
              ),
            )
          : null,
      ),
    );
  }
}
