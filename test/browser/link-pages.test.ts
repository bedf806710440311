import { describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./helpers";

// The pending subscription and the sent notification come from the global setup
// (link-fixtures.ts), on the one wrangler dev of all browser files.
const api = inject("api");
const tokens = inject("linkTokens");
const browser = sharedBrowser();

async function pageWithoutScript(url: string, locale = "en-US") {
  const context = await browser().newContext({ javaScriptEnabled: false, locale });
  const page = await context.newPage();
  const methods: string[] = [];
  page.on("request", (request) => request.isNavigationRequest() && methods.push(request.method()));
  await page.goto(url);
  return { page, methods, context };
}

describe("link pages without JavaScript", () => {
  it("confirms a subscription with the confirmation page's one button", async () => {
    const url = `${api}/api/v1/subscriptions/confirm?token=${tokens.confirm}`;
    const { page, methods, context } = await pageWithoutScript(url);
    expect(await page.locator("h1").innerText()).toBe("Confirm your email address");
    expect(await page.locator("button").count()).toBe(1);
    expect(await page.locator("script").count()).toBe(0);

    await Promise.all([page.waitForURL(url, { waitUntil: "load" }), page.locator("button").click()]);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Email confirmed");
    expect(methods).toEqual(["GET", "POST"]);

    // Opening the link again finds it confirmed: the POST was stored.
    await page.goto(url);
    expect(await page.locator("h1").innerText()).toBe("Email confirmed");
    expect(await page.locator("button").count()).toBe(0);
    await context.close();
  });

  it("unsubscribes with the unsubscribe page's one button, in German for a German browser", async () => {
    const url = `${api}/api/v1/unsubscribe?token=${tokens.unsubscribe}`;
    const { page, methods, context } = await pageWithoutScript(url, "de-DE");
    expect(await page.locator("h1").innerText()).toBe("Abmelden");
    expect(await page.locator("button").innerText()).toBe("Abmelden");
    await Promise.all([page.waitForURL(url, { waitUntil: "load" }), page.locator("button").click()]);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Abgemeldet");
    expect(methods).toEqual(["GET", "POST"]);
    await context.close();
  });
});
