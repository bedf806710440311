import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, heldComment, seedCampaign, skip, useBrowser } from "./console/harness";

// Screenshots land in test-results/ for a look; `npm run screenshots` (UPDATE_SCREENSHOTS=1)
// also refreshes docs/console.png, the one in the documentation.
const shots = "test-results/console";
mkdirSync(shots, { recursive: true });

/** Pixels the page is wider than its viewport (0 means no sideways scrolling). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function busyCampaign() {
  const slug = await seedCampaign({
    title: "Support our reporting",
    tiers: [
      { amount: 250_000, label: "Keep the lights on" },
      { amount: 500_000, label: "Hire a reporter" },
    ],
    period: { kind: "monthly", timeZone: "America/New_York" },
  });
  for (const [amount, donor, message] of [
    [50_000, "Ann Example", "For the local desk"],
    [25_000, "Bo", null],
    [15_000, null, "Monthly thanks"],
  ] as const) {
    await api("POST", `/admin/campaigns/${slug}/donations`, { amount, donor, message });
  }
  return slug;
}

describe.skipIf(skip)("console layout", () => {
  const { signedIn } = useBrowser();

  it.each([
    ["phone, light", { width: 360, height: 780 }, "light"],
    ["phone, dark", { width: 360, height: 780 }, "dark"],
    ["desktop, dark", { width: 1280, height: 900 }, "dark"],
  ] as const)("fits a %s screen without sideways scrolling", async (name, viewport, colorScheme) => {
    const slug = await busyCampaign();
    const page = await signedIn(`/admin#/c/${slug}`, { viewport, colorScheme });
    await page.getByRole("cell", { name: /^(Donor:? )?Ann Example$/ }).waitFor();
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: `${shots}/${name.replace(/\W+/g, "-")}-campaign.png`, fullPage: true });
    await page.goto(page.url().replace(/#.*/, "#/"));
    await page.locator(`a[href="#/c/${slug}"]`).waitFor();
    expect(await overflow(page)).toBe(0);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background === "rgb(13, 17, 23)").toBe(colorScheme === "dark");
    await page.screenshot({ path: `${shots}/${name.replace(/\W+/g, "-")}.png`, fullPage: true });
  });

  it("fits the moderation queue on a phone", async () => {
    const thread = `/layout/${Date.now().toString(36)}`;
    await heldComment(
      thread,
      "Longnamedreader",
      "A fairly long comment that has to wrap on a narrow phone screen without pushing anything sideways.",
    );
    const page = await signedIn("/admin#/moderation", { viewport: { width: 360, height: 780 }, colorScheme: "dark" });
    await page.getByRole("article", { name: "Comment by Longnamedreader" }).first().waitFor();
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: `${shots}/phone-dark-moderation.png`, fullPage: true });
  });

  it("shows a campaign's ledger beside its form on a wide screen", async () => {
    const slug = await busyCampaign();
    const page = await signedIn(`/admin#/c/${slug}`, { viewport: { width: 1280, height: 1000 } });
    await page.getByRole("cell", { name: /^(Donor:? )?Ann Example$/ }).waitFor();
    expect(await overflow(page)).toBe(0);
    expect(await page.getByRole("row").count()).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: `${shots}/campaign.png`, fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS === "1") await page.screenshot({ path: "docs/console.png", fullPage: false });
  });
});
