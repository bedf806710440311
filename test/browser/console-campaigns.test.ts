import { describe, expect, it } from "vitest";
import { api, seedCampaign, skip, uniqueSlug, useBrowser } from "./console/harness";

describe.skipIf(skip)("console campaigns", () => {
  const { signedIn } = useBrowser();

  it("creates a campaign with two labelled tiers, a currency and a time zone", async () => {
    const slug = uniqueSlug("create");
    const page = await signedIn();
    await page.getByRole("link", { name: "New campaign" }).click();
    await page.getByLabel("Title").fill("Support our reporting");
    await page.getByLabel("Slug").fill(slug);
    await page.getByLabel("Currency").selectOption("EUR");
    await page.getByLabel("Tier 1 amount").fill("2500");
    await page.getByLabel("Tier 1 label (optional)").fill("Keep the lights on");
    await page.getByRole("button", { name: "Add tier" }).click();
    await page.getByLabel("Tier 2 amount").fill("5000.50");
    await page.getByLabel("Tier 2 label (optional)").fill("Hire a reporter");
    await page.getByLabel("Time zone").fill("Europe/Berlin");
    await page.getByRole("button", { name: "Create campaign" }).click();
    await page.waitForURL(`**/admin#/c/${slug}`);
    await page.getByRole("heading", { name: "Support our reporting", level: 1 }).waitFor();

    const { json } = await api("GET", `/campaigns/${slug}`);
    expect(json.currency).toBe("EUR");
    expect(json.tiers).toEqual([
      { amount: 250000, label: "Keep the lights on", reached: false },
      { amount: 500050, label: "Hire a reporter", reached: false },
    ]);
    expect(json.period).toMatchObject({ kind: "monthly", timeZone: "Europe/Berlin" });
    expect(await page.getByRole("textbox", { name: "Embed code" }).inputValue()).toBe(
      `<script src="${new URL(page.url()).origin}/widget.js" async data-campaign="${slug}"></script>`,
    );
  });

  it("shows tiers that do not go up next to the tier that breaks the order, and sends nothing", async () => {
    const page = await signedIn("/admin#/new");
    await page.getByLabel("Title").fill("Out of order");
    await page.getByLabel("Slug").fill(uniqueSlug("order"));
    await page.getByLabel("Tier 1 amount").fill("5000");
    await page.getByRole("button", { name: "Add tier" }).click();
    await page.getByLabel("Tier 2 amount").fill("2500");
    await page.getByRole("button", { name: "Create campaign" }).click();
    const tier2 = page.getByLabel("Tier 2 amount");
    expect(await tier2.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("Must be more than the tier above").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("tier-2-amount");
  });

  it("puts the API's issues next to the field they name (409 slug taken)", async () => {
    const taken = await seedCampaign();
    const page = await signedIn("/admin#/new");
    await page.getByLabel("Title").fill("Duplicate");
    await page.getByLabel("Slug").fill(taken);
    await page.getByLabel("Tier 1 amount").fill("10");
    await page.getByRole("button", { name: "Create campaign" }).click();
    await expect.poll(() => page.getByLabel("Slug").getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await page.getByLabel("Slug").getAttribute("aria-describedby"))!.split(" ");
    const messages = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).textContent()));
    expect(messages.join(" ")).toContain("is taken");
  });

  it("edits a tier, reorders with the keyboard and saves", async () => {
    const slug = await seedCampaign();
    const page = await signedIn(`/admin#/c/${slug}`);
    await page.getByLabel("Tier 2 amount").fill("3000");
    await page.getByLabel("Tier 2 label (optional)").fill("Second");
    await page.getByRole("button", { name: "Add tier" }).click();
    await page.getByLabel("Tier 3 amount").fill("2500");
    // The new tier belongs in the middle: move it up with the keyboard.
    await page.getByRole("button", { name: "Move tier 3 up" }).focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Move tier 2 up");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect
      .poll(async () => (await api("GET", `/campaigns/${slug}`)).json.tiers.map((t: { amount: number }) => t.amount))
      .toEqual([100000, 250000, 300000]);
    const { json } = await api("GET", `/campaigns/${slug}`);
    expect(json.tiers[2].label).toBe("Second");
  });

  it("lists campaigns with a progress bar", async () => {
    const slug = await seedCampaign();
    await api("POST", `/admin/campaigns/${slug}/donations`, { amount: 50_000 });
    const page = await signedIn();
    const card = page.locator("li.card", { has: page.locator(`a[href="#/c/${slug}"]`) });
    expect(await card.locator("progress").getAttribute("value")).toBe("25");
    expect(await card.textContent()).toContain("$500.00 of $2,000.00");
  });
});
