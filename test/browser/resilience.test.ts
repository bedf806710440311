import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, article, sharedBrowser, site, uniqueThread } from "./helpers";

const browser = sharedBrowser();

/** A fresh page whose requests to the API go through `handler` first; records API GETs. */
async function withRoute(pattern: string, handler: (route: Route, page: Page) => Promise<void>) {
  const context = await browser().newContext({ locale: "en-US" });
  const page = await context.newPage();
  const reads: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(`${api}/api/`) && request.method() === "GET") reads.push(request.url());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route(`${api}${pattern}`, (route) => handler(route, page));
  return { page, reads, errors };
}

const total = async (thread: string) =>
  ((await (await fetch(`${api}/api/v1/comments?thread=${encodeURIComponent(thread)}`)).json()) as { total: number })
    .total;

describe("resilience", () => {
  it("retries a post whose answer was lost and stores it once", async () => {
    const thread = uniqueThread("retry");
    let posts = 0;
    const { page } = await withRoute("/api/v1/comments", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      posts++;
      if (posts === 1) {
        // The server stores the comment, but the answer never reaches the page.
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await page.goto(site + article({ thread }));
    const form = page.locator("goalpost-comments form[part=form]");
    await form.getByLabel(/^Comment/).fill("Posted through a flaky network");
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect
      .poll(() => page.locator("goalpost-comments [part=body]").allInnerTexts(), { timeout: 10_000 })
      .toEqual(["Posted through a flaky network"]);
    expect(posts).toBe(2);
    expect(await total(thread)).toBe(1);
  });

  it("sends the D1 bookmark back after a write, still in one first-paint request", async () => {
    const thread = uniqueThread("bookmark");
    const { page, reads } = await withRoute("/api/v1/**", (route) => route.continue());
    await page.goto(site + article({ thread }));
    await page.locator("goalpost-comments h2").waitFor();
    // A reader who has not written sends no bookmark, so they share the edge cache.
    await page.reload();
    await page.locator("goalpost-comments h2").waitFor();
    expect(reads.filter((url) => url.includes("bookmark="))).toEqual([]);
    const form = page.locator("goalpost-comments form[part=form]");
    await form.getByLabel(/^Comment/).fill("Read your own write");
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect
      .poll(() => page.locator("goalpost-comments [part=body]").allInnerTexts())
      .toEqual(["Read your own write"]);
    reads.length = 0;
    await page.reload();
    await expect
      .poll(() => page.locator("goalpost-comments [part=body]").allInnerTexts())
      .toEqual(["Read your own write"]);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/\/api\/v1\/embed\?.*bookmark=/);
  });

  it("sets no cookie and talks to no third party", async () => {
    const thread = uniqueThread("privacy");
    const hosts = new Set<string>();
    const { page } = await withRoute("/api/v1/**", (route) => route.continue());
    page.on("request", (request) => hosts.add(new URL(request.url()).origin));
    await page.goto(site + article({ thread, campaign: "demo" }));
    const form = page.locator("goalpost-comments form[part=form]");
    await form.getByLabel(/^Comment/).fill("Private by default");
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect
      .poll(() => page.locator("goalpost-comments [part=body]").allInnerTexts())
      .toEqual(["Private by default"]);
    await page.locator("goalpost-comments [part=body]").first().waitFor();
    expect([...hosts].sort()).toEqual([api, site].sort());
    expect(await page.context().cookies()).toEqual([]);
  });

  it("gives up quietly on an API that does not answer", async () => {
    const thread = uniqueThread("slow");
    const { page, errors } = await withRoute("/api/v1/embed**", async () => {
      // Never answered: the widget's own timeout has to end the wait.
    });
    await page.goto(site + article({ thread }));
    await expect
      .poll(() => page.locator("goalpost-comments [part=message]").textContent(), { timeout: 15_000 })
      .toBe("Comments could not be loaded.");
    expect(errors).toEqual([]);
    expect(await page.locator("h1").count()).toBeGreaterThan(0);
  }, 30_000);
});
