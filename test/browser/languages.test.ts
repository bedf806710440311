// One page per language (Latin, Cyrillic, Arabic, Hebrew and CJK scripts) on a 360 px phone: the
// goal bar's texts are what the browser's Intl makes of the figures, nothing overflows or is
// clipped, axe finds no WCAG 2.1 A/AA violation, right-to-left languages mirror (the bar fills from the right, replies indent from
// the right), and a screenshot of each lands in test-results/languages/ for a look.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./axe";
import { article, campaign, comment, launch, open, uniqueThread } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const shots = "test-results/languages";
mkdirSync(shots, { recursive: true });
const phone = { viewport: { width: 360, height: 900 }, deviceScaleFactor: 2 };

type Case = { lang: string; rtl: boolean; currency: string; scale: number; names: [string, string] };
const CASES: Case[] = [
  { lang: "en", rtl: false, currency: "USD", scale: 100, names: ["Mary-Jane O'Connor", "Sam"] },
  { lang: "de", rtl: false, currency: "EUR", scale: 100, names: ["Jürgen Müller-Großmann", "Änne"] },
  { lang: "es", rtl: false, currency: "EUR", scale: 100, names: ["María José Peña", "Íñigo"] },
  { lang: "fr", rtl: false, currency: "EUR", scale: 100, names: ["Hélène Lefèvre-Côté", "Zoé"] },
  { lang: "it", rtl: false, currency: "EUR", scale: 100, names: ["Niccolò Dell'Acqua", "Gioia"] },
  { lang: "nl", rtl: false, currency: "EUR", scale: 100, names: ["Geertruida van den IJssel", "Bram"] },
  { lang: "pt-BR", rtl: false, currency: "BRL", scale: 100, names: ["João Conceição", "Luíza"] },
  { lang: "tr", rtl: false, currency: "TRY", scale: 100, names: ["Şükrü Öztürkoğlu", "İlkay"] },
  { lang: "pl", rtl: false, currency: "PLN", scale: 100, names: ["Łucja Wróblewska-Żółkiewska", "Grzegorz"] },
  { lang: "id", rtl: false, currency: "USD", scale: 100, names: ["Siti Nurhaliza", "Budi"] },
  { lang: "ru", rtl: false, currency: "RUB", scale: 100, names: ["Екатерина Воронцова", "Пётр"] },
  { lang: "uk", rtl: false, currency: "UAH", scale: 100, names: ["Олександра Шевчук", "Ярослав"] },
  { lang: "ar", rtl: true, currency: "SAR", scale: 100, names: ["عبد الرحمن العتيبي", "John (Smith) 42"] },
  { lang: "he", rtl: true, currency: "ILS", scale: 100, names: ["דוד כהן", "Anna-Maria 3.0!"] },
  { lang: "fa", rtl: true, currency: "USD", scale: 100, names: ["مریم رضایی", "Ali 2"] },
  { lang: "ja", rtl: false, currency: "JPY", scale: 1, names: ["山田太郎", "さくら"] },
  { lang: "zh", rtl: false, currency: "CNY", scale: 100, names: ["王小明", "李华"] },
];

/** What the widget's Fmt makes of the figures, computed by the page's own Intl. */
const expected = (page: Page, c: Case, majors: number[], donors: number) =>
  page.evaluate(
    ({ lang, currency, majors, donors }) => {
      const money = new Intl.NumberFormat(lang, {
        style: "currency",
        currency,
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      });
      // The campaign's months are Gregorian ones, also on a Persian page (whose default calendar is not).
      const month = new Intl.DateTimeFormat(lang, {
        day: "numeric",
        month: "long",
        timeZone: "UTC",
        calendar: "gregory",
      })
        .formatToParts(Date.now())
        .find((part) => part.type === "month")!.value;
      return {
        amounts: majors.map((major) => money.format(major)),
        percent: new Intl.NumberFormat(lang, { style: "percent" }).format(0.4),
        donors: new Intl.NumberFormat(lang).format(donors),
        month,
      };
    },
    { lang: c.lang, currency: c.currency, majors, donors },
  );

/** Elements of the widget's shadow roots that stick out of their host or clip their text. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const bad: string[] = [];
    for (const host of Array.from(document.querySelectorAll("goalpost-goal, goalpost-comments")) as HTMLElement[]) {
      const box = host.getBoundingClientRect();
      for (const el of Array.from(host.shadowRoot!.querySelectorAll("*")) as HTMLElement[]) {
        if (el.closest(".sr, .hp, [hidden]") || el.getClientRects().length === 0) continue;
        const name = `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 30)}"`;
        // Clipped text: content wider than the box that shows it.
        if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
          bad.push(`clips ${name}`);
        // The stats row's separators hang into the padding on purpose (clipped by clip-path).
        if (el.closest(".sep")) continue;
        const r = el.getBoundingClientRect();
        if (r.left < box.left - 1 || r.right > box.right + 1) bad.push(`sticks out ${name}`);
        if (getComputedStyle(el).overflowX === "visible" && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
          bad.push(`spills ${name}`);
      }
    }
    return bad;
  });

describe("a goal and a thread in each language, on a 360 px phone", () => {
  for (const c of CASES) {
    it(`${c.lang}: Intl figures, ${c.rtl ? "mirrored" : "left to right"}, nothing overflows`, async () => {
      const slug = `lang-${c.lang.toLowerCase()}-${Date.now().toString(36)}`;
      // Goal 5,000 with a tier at 2,500; 2,000 raised by three donors: 40 % (three: Arabic and
      // Hebrew say "two donors" without a digit).
      await campaign(
        slug,
        {
          currency: c.currency,
          title: `${c.names[0]} 2026`,
          tiers: [{ amount: 2_500 * c.scale }, { amount: 5_000 * c.scale }],
          period: { kind: "monthly", timeZone: "UTC" },
        },
        [1_000 * c.scale, 500 * c.scale, 500 * c.scale],
      );
      const thread = uniqueThread(`lang-${c.lang}`);
      const first = await comment(thread, `${c.names[0]}: 12,5 % — “quote” 2026-01-02`, null, c.names[0]);
      await comment(thread, "> quoted\n\nReply with a number 1234567890", first.id, c.names[1]);
      const { page, errors } = await open(
        browser,
        article({ campaign: slug, thread, lang: c.lang, ...(c.rtl ? { dir: "rtl" } : {}) }),
        phone,
      );
      const goal = page.locator("goalpost-goal");
      const comments = page.locator("goalpost-comments");
      await goal.locator("[part=deadline]").waitFor();
      await comments.locator("article").nth(1).waitFor();

      // The texts are the browser's Intl output for this language.
      const want = await expected(page, c, [0, 2_500, 5_000, 2_000], 3);
      expect(await goal.locator("[part=marks] span").allTextContents()).toEqual(want.amounts.slice(0, 3));
      expect(await goal.locator("[part=raised]").textContent()).toBe(want.amounts[3]);
      expect(await goal.locator("[part=percent]").textContent()).toBe(want.percent);
      expect(await goal.locator("[part=donors]").textContent()).toContain(want.donors);
      const deadline = (await goal.locator("[part=deadline]").textContent())!;
      // On a month's last day the deadline counts hours instead of naming the month.
      if (new Date(Date.now() + 86_400_000).getUTCDate() !== 1) expect(deadline).toContain(want.month);
      expect(await goal.locator("[part=title]").textContent()).toBe(`${c.names[0]} 2026`);

      // Direction: the widget's own, whatever the page says.
      const direction = await goal.locator("[part=bar]").evaluate((el) => getComputedStyle(el).direction);
      expect(direction).toBe(c.rtl ? "rtl" : "ltr");
      expect(
        await comments
          .locator("article")
          .first()
          .evaluate((el) => getComputedStyle(el).direction),
      ).toBe(direction);

      // The bar fills from the inline start: the right edge in right-to-left languages.
      const box = async (selector: string) => (await goal.locator(selector).first().boundingBox())!;
      const bar = await box("[part=bar]");
      const fill = await box("[part=fill]");
      const raised = await box("[part=raised]");
      const zero = await box("[part=marks] span");
      const top = await box("[part=marks] span:last-child");
      const start = (r: { x: number; width: number }) => (c.rtl ? bar.x + bar.width - (r.x + r.width) : r.x - bar.x);
      expect(Math.abs(start(fill))).toBeLessThanOrEqual(1);
      expect(fill.width / bar.width).toBeCloseTo(0.4, 2);
      // The amount sits inside the fill, at its end; the marks run from 0 at the start to the goal at the end.
      expect(raised.x).toBeGreaterThanOrEqual(fill.x - 1);
      expect(raised.x + raised.width).toBeLessThanOrEqual(fill.x + fill.width + 1);
      expect(Math.abs(start(zero))).toBeLessThanOrEqual(1);
      expect(Math.abs(bar.width - start(top) - top.width)).toBeLessThanOrEqual(1);

      // The stats row starts with the percent at the inline start.
      const row = await box("[part=stats]");
      expect(Math.abs(start(await box("[part=percent]")) - start(row))).toBeLessThanOrEqual(1);
      expect(start(await box("[part=donors]"))).toBeGreaterThan(start(await box("[part=percent]")));

      // A reply's thread line is on the inline-start side.
      const line = await comments
        .locator(".rep")
        .first()
        .evaluate((el) => {
          const style = getComputedStyle(el);
          return { left: style.borderLeftWidth, right: style.borderRightWidth };
        });
      expect(line).toEqual(c.rtl ? { left: "0px", right: "2px" } : { left: "2px", right: "0px" });

      // Accessibility basics: the bar's name and value, labelled fields, named buttons.
      const progress = page.getByRole("progressbar", { name: `${c.names[0]} 2026` });
      expect(await progress.getAttribute("aria-valuetext")).toContain(want.amounts[3]);
      expect(await progress.getAttribute("aria-valuetext")).toContain(want.percent);
      const unnamed = await page.evaluate(() =>
        Array.from(document.querySelector("goalpost-comments")!.shadowRoot!.querySelectorAll("input, textarea, button"))
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .filter(
            (el) =>
              !(el.getAttribute("aria-label") || (el as HTMLInputElement).labels?.length || el.textContent?.trim()),
          )
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(unnamed).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      // No sideways scrolling, nothing sticking out of the widget or clipped.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
      expect(await overflowing(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.screenshot({ path: `${shots}/${c.lang}.png`, fullPage: true });
    });
  }

  it("has an accessibility check that sees inside the widget's shadow roots", async () => {
    const { page } = await open(browser, article({ thread: uniqueThread("axe-probe"), lang: "en" }), phone);
    await page.locator("goalpost-comments form").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // A button without a name, deep in the shadow root, is what axe must report.
    await page.evaluate(() =>
      document.querySelector("goalpost-comments")!.shadowRoot!.append(document.createElement("button")),
    );
    expect((await axeViolations(page)).some((line) => line.startsWith("button-name:"))).toBe(true);
  });

  it("lets a dir the site sets on an element win over its language's", async () => {
    const thread = uniqueThread("site-dir");
    await comment(thread, "مرحبا", null, "سارة");
    const slug = `site-dir-${Date.now().toString(36)}`;
    await campaign(
      slug,
      { currency: "SAR", title: "حملة", tiers: [{ amount: 5_000 }], period: { kind: "monthly", timeZone: "UTC" } },
      [1_000],
    );
    const path = article({ elements: "1", campaign: slug, thread, lang: "ar", dir: "rtl", commentsdir: "ltr" });
    const { page, errors } = await open(browser, path, phone);
    const comments = page.locator("goalpost-comments");
    const goal = page.locator("goalpost-goal");
    await comments.locator("article").first().waitFor();
    await goal.locator("[part=bar]").waitFor();
    const directions = () =>
      Promise.all([
        comments.evaluate((el) => [el.getAttribute("dir"), getComputedStyle(el).direction]),
        comments
          .locator("article")
          .first()
          .evaluate((el) => getComputedStyle(el).direction),
        goal.evaluate((el) => [el.getAttribute("dir"), getComputedStyle(el).direction]),
      ]);
    // The comments keep the site's ltr (in Arabic); the goal beside them takes its language's rtl.
    expect(await directions()).toEqual([["ltr", "ltr"], "ltr", ["rtl", "rtl"]]);
    expect(await comments.locator("h2").textContent()).toContain("تعليق");
    // Another language re-renders the element; the site's dir still wins, the goal follows its new language.
    await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll("goalpost-comments, goalpost-goal")))
        el.setAttribute("locale", "he");
    });
    await expect.poll(() => comments.locator("h2").textContent()).toContain("תגוב");
    await expect.poll(() => goal.locator("[part=donors]").textContent()).toBe("תורם אחד");
    expect(await directions()).toEqual([["ltr", "ltr"], "ltr", ["rtl", "rtl"]]);
    // Without the site's dir the element takes its language's again.
    await page.evaluate(() => {
      const el = document.querySelector("goalpost-comments")!;
      el.removeAttribute("dir");
      el.setAttribute("locale", "de");
    });
    await expect.poll(() => comments.evaluate((el) => el.getAttribute("dir"))).toBe("ltr");
    await page.evaluate(() => document.querySelector("goalpost-comments")!.setAttribute("locale", "fa"));
    await expect.poll(() => comments.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    expect(errors).toEqual([]);
  });

  it("keeps a right-to-left author name from reordering an English comment's header", async () => {
    const thread = uniqueThread("bidi-name");
    await comment(thread, "Shalom from Haifa", null, "דוד כהן 3)");
    const { page } = await open(browser, article({ thread }), phone);
    const header = page.locator("goalpost-comments article [part=author]").first();
    await header.waitFor();
    const order = await header.evaluate((author) => {
      const time = author.parentElement!.querySelector("time")!;
      return {
        authorDir: getComputedStyle(author).direction,
        rowDir: getComputedStyle(author.parentElement!).direction,
        authorBeforeTime: author.getBoundingClientRect().right <= time.getBoundingClientRect().left,
      };
    });
    // The name takes its own direction (dir=auto) inside its own box; the row stays English.
    expect(order).toEqual({ authorDir: "rtl", rowDir: "ltr", authorBeforeTime: true });
    expect(await header.textContent()).toBe("דוד כהן 3)");
  });
});
