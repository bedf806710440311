// The demo page as a reader sees it, in both themes. Screenshots go to test-results/, or
// to docs/ (the README's pictures) with UPDATE_SCREENSHOTS=1.
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { open, sharedBrowser } from "./helpers";

const browser = sharedBrowser();

const dir = process.env.UPDATE_SCREENSHOTS ? "docs" : "test-results";

describe("the demo page", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`shows the seeded thread with nested replies (${colorScheme})`, async () => {
      const { page, errors } = await open(browser(), "/", { colorScheme, viewport: { width: 900, height: 900 } });
      const comments = page.locator("goalpost-comments");
      await comments.locator("article").first().waitFor();
      expect(await comments.locator("h2").innerText()).toBe("8 comments");
      // jorge answers Hrky75, as in the reference page.
      const reply = comments.locator("article", { has: page.getByText("Does anyone know", { exact: false }) }).last();
      expect(
        await reply.evaluate((el) => el.parentElement?.closest("article")?.querySelector("[part=author]")?.textContent),
      ).toBe("Hrky75");
      expect(errors).toEqual([]);
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: `${dir}/demo-${colorScheme}.png`, fullPage: true });
    });
  }
});
