// The console under <html dir="rtl"> (a page translated or wrapped by a right-to-left
// browser setting): its stylesheet uses only logical properties, so the header, tables and
// lists mirror, and a 360 px phone still needs no sideways scrolling. Screenshots land in
// test-results/console/ for a look.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, heldComment, seedCampaign, skip, useBrowser } from "./console/harness";

const shots = "test-results/console";
mkdirSync(shots, { recursive: true });

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const rtl = (page: Page) => page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));

/** The box of `selector`'s first match and of the text it holds (a Range over its contents). */
const boxes = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { left: box.left, right: box.right, textLeft: text.left, textRight: text.right };
    });

async function campaignWithDonation() {
  const slug = await seedCampaign({ title: "Support our reporting" });
  await api("POST", `/admin/campaigns/${slug}/donations`, { amount: 50_000, donor: "Ann Example", message: "Hi" });
  return slug;
}

describe.skipIf(skip)("console right to left", () => {
  const { signedIn } = useBrowser();

  it("mirrors the header and fits a 360 px phone", async () => {
    const slug = await campaignWithDonation();
    const page = await signedIn(`/admin#/c/${slug}`, { viewport: { width: 360, height: 780 } });
    await page.getByRole("cell", { name: /^(Donor:? )?Ann Example$/ }).waitFor();
    await rtl(page);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("main")!).direction)).toBe("rtl");
    // The brand starts the header at the right edge; "Sign out" is to its left.
    const brand = await boxes(page, ".brand");
    const signOut = await boxes(page, "button:has-text('Sign out')");
    const top = await boxes(page, ".top");
    expect(top.right - brand.right).toBeLessThanOrEqual(17); // the header's 1rem padding
    expect(signOut.right).toBeLessThan(brand.left);
    // The page heading's text sits at the right of its box.
    const heading = await boxes(page, "main h1");
    expect(heading.right - heading.textRight).toBeLessThanOrEqual(1);
    // Code (the embed snippet) stays left to right.
    expect(
      await page
        .locator("textarea.code")
        .first()
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe("ltr");
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: `${shots}/phone-rtl-campaign.png`, fullPage: true });

    await page.goto(page.url().replace(/#.*/, "#/"));
    await page.locator(`a[href="#/c/${slug}"]`).waitFor();
    expect(await overflow(page)).toBe(0);
  });

  it("aligns table cells from the right and amounts to the end on a wide screen", async () => {
    const slug = await campaignWithDonation();
    const page = await signedIn(`/admin#/c/${slug}`, { viewport: { width: 1280, height: 900 } });
    await page.getByRole("cell", { name: /^(Donor:? )?Ann Example$/ }).waitFor();
    await rtl(page);
    // A short message in its wide column starts at the cell's right.
    const message = await boxes(page, "td.message");
    expect(message.right - message.textRight).toBeLessThanOrEqual(9); // the cell's .5rem padding
    expect(message.textLeft - message.left).toBeGreaterThan(40);
    // Amounts (td.num) align to the end, the left in right-to-left.
    const amount = await boxes(page, "td.num");
    expect(amount.textLeft - amount.left).toBeLessThanOrEqual(9);
    // The first column (the date) is the rightmost.
    const date = await boxes(page, "td[data-label=Date]");
    expect(date.left).toBeGreaterThan(amount.left);
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: `${shots}/desktop-rtl-campaign.png` });
  });

  it("fits the moderation queue on a phone, mirrored", async () => {
    const thread = `/rtl/${Date.now().toString(36)}`;
    await heldComment(thread, "Longnamedreader", "A fairly long comment that has to wrap on a narrow phone screen.");
    const page = await signedIn("/admin#/moderation", { viewport: { width: 360, height: 780 } });
    await page.getByRole("article", { name: "Comment by Longnamedreader" }).first().waitFor();
    await rtl(page);
    // The checkbox column of each queue item is on the right.
    const item = await boxes(page, ".comment");
    const check = await boxes(page, ".comment input[type=checkbox]");
    expect(item.right - check.right).toBeLessThan(check.left - item.left);
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: `${shots}/phone-rtl-moderation.png`, fullPage: true });
  });
});
