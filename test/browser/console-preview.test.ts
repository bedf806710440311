import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, seedCampaign, skip, useBrowser } from "./console/harness";

/** The text of one part of the first goal bar inside `scope` (Playwright pierces open shadow roots). */
const part = (page: Page, scope: string, name: string) =>
  page.locator(`${scope} goalpost-goal [part="${name}"]`).first().textContent();

describe.skipIf(skip)("console live preview", () => {
  const { article, signedIn } = useBrowser();

  it("draws the widget's own goal bar from the unsaved form as it changes", async () => {
    const slug = await seedCampaign({ title: "Preview drive" });
    const page = await signedIn(`/admin#/c/${slug}`);
    await expect.poll(() => part(page, ".preview", "title")).toBe("Preview drive");
    await page.getByLabel("Title").fill("Renamed drive");
    await page.getByLabel("Tier 2 amount").fill("4000");
    await expect.poll(() => part(page, ".preview", "title")).toBe("Renamed drive");
    await expect.poll(() => part(page, ".preview", "marks")).toContain("4,000");
    // Nothing was saved: the public figures still have the old title.
    expect((await api("GET", `/campaigns/${slug}`)).json.title).toBe("Preview drive");
  });

  it("previews in the owner's language, with the widget's language pack loaded from this origin", async () => {
    const slug = await seedCampaign({ title: "Vorschau" });
    await api("POST", `/admin/campaigns/${slug}/donations`, { amount: 123_456 });
    const page = await signedIn(`/admin#/c/${slug}`, { locale: "de-DE" });
    await expect.poll(() => part(page, ".preview", "donors")).toBe("1 Spender");
    await expect.poll(() => part(page, ".preview", "raised")).toMatch(/1\.234,56\s\$/);
    await page.getByLabel("Title").fill("Vorschau!");
    await expect.poll(() => part(page, ".preview", "title")).toBe("Vorschau!");
    const packs = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => name.includes("/i18n")),
    );
    // Its content-hashed copy (scripts/build-assets.mjs), cached for a year.
    expect(packs.map((name) => new URL(name).pathname)).toEqual([
      expect.stringMatching(/^\/assets\/i18n\.[0-9a-f]{12}\/de\.json$/),
    ]);
  });

  it("moves the preview and the public widget when a donation is recorded", async () => {
    const slug = await seedCampaign();
    const reader = await article({ campaign: slug });
    await expect.poll(() => part(reader, "", "raised")).toBe("$0");

    const page = await signedIn(`/admin#/c/${slug}`);
    await expect.poll(() => part(page, ".preview", "raised")).toBe("$0");
    await page.getByLabel("Amount (USD)").fill("500");
    await page.getByRole("button", { name: "Record donation" }).click();
    await expect.poll(() => part(page, ".preview", "raised")).toBe("$500");
    await expect.poll(() => part(page, ".preview", "donors")).toContain("1");

    await reader.reload();
    await expect.poll(() => part(reader, "", "raised")).toBe("$500");
  });
});
