import { describe, expect, it } from "vitest";
import { api, seedCampaign, skip, useBrowser } from "./console/harness";

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string) {
  const lum = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe.skipIf(skip)("console pace chart", () => {
  const { signedIn } = useBrowser();

  it.each(["light", "dark"] as const)("draws the period's pace readably at 360 px, %s", async (colorScheme) => {
    const slug = await seedCampaign({ period: { kind: "monthly", timeZone: "UTC" } });
    await api("POST", `/admin/campaigns/${slug}/donations`, { amount: 40_000, donor: "Ann" });
    const page = await signedIn(`/admin#/c/${slug}`, { viewport: { width: 360, height: 780 }, colorScheme });
    const chart = page.getByRole("img", { name: /raised of/ });
    await chart.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );

    // The text equivalent: a summary naming the figures, and a table of every day.
    expect(await chart.getAttribute("aria-labelledby")).toBe("pace-summary");
    expect(await page.locator("#pace-summary").textContent()).toContain("$400.00 raised of $2,000.00");
    const rows = await page.locator(".pace table tbody tr").count();
    expect(rows).toBe(new Date().getUTCDate());
    await expect.poll(() => page.locator(".pace-projection").textContent()).toMatch(/^\$[\d,.]+ by \w+ \d+$/);
    expect(await page.locator(".pace-figures").textContent()).toContain("Needed per day");

    // Lines and figures stand out from the card in either scheme (WCAG 1.4.11 / 1.4.3).
    const colors = await page.evaluate(() => {
      const card = getComputedStyle(document.querySelector(".pace")?.closest(".card") as Element).backgroundColor;
      const stroke = (sel: string) => getComputedStyle(document.querySelector(sel) as Element).stroke;
      const text = getComputedStyle(document.querySelector(".pace-figures dd") as Element).color;
      return { card, raised: stroke(".pace-raised"), target: stroke(".pace-target"), text };
    });
    expect(contrast(colors.raised, colors.card)).toBeGreaterThanOrEqual(3);
    expect(contrast(colors.target, colors.card)).toBeGreaterThanOrEqual(3);
    expect(contrast(colors.text, colors.card)).toBeGreaterThanOrEqual(4.5);

    // The ledger names each donation's channel.
    await page.getByRole("cell", { name: "Manual" }).waitFor();
  });
});
