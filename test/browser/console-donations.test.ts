import { describe, expect, it } from "vitest";
import { api, seedCampaign, skip, useBrowser } from "./console/harness";

type Ledger = { donations: { amount: number; donor: string | null }[]; nextCursor: string | null };
const ledger = async (slug: string) =>
  (await api<Ledger>("GET", `/admin/campaigns/${slug}/donations?limit=100`)).json.donations;

describe.skipIf(skip)("console donations", () => {
  const { signedIn } = useBrowser();

  it("records a donation typed in major units as exact minor units and moves the figures", async () => {
    const slug = await seedCampaign();
    const page = await signedIn(`/admin#/c/${slug}`);
    await page.getByLabel("Amount (USD)").fill("19.99");
    expect(await page.getByText("= $19.99").isVisible()).toBe(true);
    await page.getByLabel("Donor (optional)").fill("Ann");
    await page.getByLabel("Message (optional)").fill("Keep going");
    await page.getByRole("button", { name: "Record donation" }).click();
    await page.getByRole("cell", { name: "Ann", exact: true }).waitFor();
    expect(await ledger(slug)).toMatchObject([{ amount: 1999, donor: "Ann" }]);
    await expect
      .poll(() => page.locator(".page progress").first().getAttribute("aria-label"))
      .toContain("0% of the goal");
    await expect.poll(() => page.locator(".page .figures").first().textContent()).toContain("$19.99 of $2,000.00");
    expect(await page.getByLabel("Amount (USD)").inputValue()).toBe("");
  });

  it("refuses more decimals than the currency has, next to the amount", async () => {
    const slug = await seedCampaign({ currency: "JPY", tiers: [{ amount: 10_000 }] });
    const page = await signedIn(`/admin#/c/${slug}`);
    await page.getByLabel("Amount (JPY)").fill("1.5");
    await page.getByRole("button", { name: "Record donation" }).click();
    expect(await page.getByText("JPY has no decimal places").isVisible()).toBe(true);
    expect(await ledger(slug)).toEqual([]);
  });

  it("records a double submission once", async () => {
    const slug = await seedCampaign();
    const page = await signedIn(`/admin#/c/${slug}`);
    await page.getByLabel("Amount (USD)").fill("25");
    await page.getByLabel("Donor (optional)").fill("Double");
    // Two submissions in the same task: the button has no chance to disable itself.
    await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('form[aria-label="Record a donation"]')!;
      form.requestSubmit();
      form.requestSubmit();
    });
    await page.getByRole("cell", { name: "Double", exact: true }).first().waitFor();
    await expect.poll(() => ledger(slug)).toHaveLength(1);
    // And a real double click on the button.
    await page.getByLabel("Amount (USD)").fill("30");
    await page.getByLabel("Donor (optional)").fill("Clicker");
    await page.getByRole("button", { name: "Record donation" }).dblclick();
    await page.getByRole("cell", { name: "Clicker", exact: true }).first().waitFor();
    await expect.poll(async () => (await ledger(slug)).map((d) => d.donor)).toEqual(["Clicker", "Double"]);
    expect(await page.getByRole("cell", { name: "Double", exact: true }).count()).toBe(1);
  });

  it("pages through the ledger newest first with Load more", async () => {
    const slug = await seedCampaign();
    for (let i = 1; i <= 25; i++) {
      await api("POST", `/admin/campaigns/${slug}/donations`, {
        amount: i * 100,
        donor: `D${i}`,
        at: new Date(Date.UTC(2026, 0, i)).toISOString(),
      });
    }
    const page = await signedIn(`/admin#/c/${slug}`);
    const rows = page.locator("table.ledger tbody tr");
    await expect.poll(() => rows.count()).toBe(20);
    expect(await rows.first().textContent()).toContain("D25");
    await page.getByRole("button", { name: "Load more" }).click();
    await expect.poll(() => rows.count()).toBe(25);
    expect(await rows.last().textContent()).toContain("D1");
    expect(await page.getByRole("button", { name: "Load more" }).isHidden()).toBe(true);
  });

  it("deletes a donation only after confirmation", async () => {
    const slug = await seedCampaign();
    await api("POST", `/admin/campaigns/${slug}/donations`, { amount: 700, donor: "Refund me" });
    const page = await signedIn(`/admin#/c/${slug}`);
    const remove = page.getByRole("button", { name: /^Delete donation of \$7\.00/ });
    await remove.click();
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    expect(await ledger(slug)).toHaveLength(1);
    await remove.click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete donation" }).click();
    await page.getByRole("cell", { name: "Refund me", exact: true }).waitFor({ state: "detached" });
    expect(await ledger(slug)).toEqual([]);
  });
});
