import { describe, expect, it } from "vitest";
import { skip, token, useBrowser } from "./console/harness";

describe.skipIf(skip)("console sign-in", () => {
  const { open, signedIn } = useBrowser();

  it("says plainly that a wrong token is wrong and keeps nothing", async () => {
    const page = await open();
    await page.getByLabel("Admin token").fill("not-the-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Wrong token");
    expect(await page.getByLabel("Admin token").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
  });

  it("keeps the token in sessionStorage only, survives a reload and forgets it on sign-out", async () => {
    const page = await signedIn();
    await page.getByRole("heading", { name: "Campaigns" }).waitFor();
    expect(await page.evaluate(() => Object.values(sessionStorage))).toEqual([token]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe("");

    await page.reload();
    await page.getByRole("heading", { name: "Campaigns" }).waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Admin token").waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it("explains a 503 admin_disabled instead of calling the token wrong", async () => {
    const page = await open();
    await page.route("**/api/v1/admin/campaigns", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "admin_disabled", message: "The admin API is disabled" } }),
      }),
    );
    await page.getByLabel("Admin token").fill("anything");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("no ADMIN_TOKEN secret");
  });

  it("signs out by itself when the token stops working mid-session", async () => {
    const page = await signedIn();
    await page.evaluate(() => sessionStorage.setItem("goalpost-admin-token", "rotated-away"));
    await page.reload();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("no longer accepts this token");
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it("is operable from the keyboard alone", async () => {
    const page = await open();
    await page.keyboard.type(token); // the token field has focus on arrival
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Goalpost");
  });
});
