import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN } from "./config";
import { api, article, campaign, open, sharedBrowser, uniqueThread } from "./helpers";

const browser = sharedBrowser();

async function admin(method: string, path: string, body: unknown) {
  const res = await fetch(`${api}/api/v1/admin${path}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A campaign with the wall on: Ann marked public by the owner, an e-mail-named donor, an anonymous one. */
async function walled() {
  const slug = await campaign(`wall-${Date.now().toString(36)}`, {
    tiers: [{ amount: 100_000 }],
    period: { kind: "open" },
  });
  const ann = await admin("POST", `/campaigns/${slug}/donations`, { amount: 2_500, donor: "Ann" });
  await admin("PATCH", `/campaigns/${slug}/donations/${ann.id}`, { public: true });
  const mail = await admin("POST", `/campaigns/${slug}/donations`, { amount: 1_000, donor: "bob@example.org" });
  await admin("PATCH", `/campaigns/${slug}/donations/${mail.id}`, { public: true });
  await admin("POST", `/campaigns/${slug}/donations`, { amount: 5_000, donor: "Quiet Donor" });
  await admin("PUT", `/campaigns/${slug}/donor-wall`, { enabled: true });
  return slug;
}

describe("the donor wall under the goal bar", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`names public donors with amount and time, never an e-mail (${colorScheme}, 360 px)`, async () => {
      const slug = await walled();
      const { page, errors } = await open(browser(), article({ campaign: slug, thread: uniqueThread("wall") }), {
        viewport: { width: 360, height: 780 },
        colorScheme,
      });
      const wall = page.locator("goalpost-goal [part=wall]");
      await wall.waitFor();
      const items = await wall.locator("li").allInnerTexts();
      expect(items).toHaveLength(1);
      expect(items[0]).toMatch(/^Ann · \$25 · /);
      const text = await page.locator("goalpost-goal").innerText();
      expect(text).not.toContain("@");
      expect(text).not.toContain("Quiet Donor");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(errors).toEqual([]);
      await page.screenshot({ path: `test-results/donor-wall-${colorScheme}.png` });
    });
  }

  it("is absent while the owner has not turned it on", async () => {
    const slug = await campaign(
      `nowall-${Date.now().toString(36)}`,
      { tiers: [{ amount: 100_000 }], period: { kind: "open" } },
      [2_500],
    );
    const { page } = await open(browser(), article({ campaign: slug, thread: uniqueThread("nowall") }));
    await page.locator("goalpost-goal [part=raised]").waitFor();
    expect(await page.locator("goalpost-goal [part=wall]").count()).toBe(0);
  });
});
