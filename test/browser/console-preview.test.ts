import { type AddressInfo, type Server } from "node:net";
import { createServer } from "node:http";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { api, seedCampaign, skip, url, useBrowser } from "./console/harness";

/** The text of one part of the first goal bar inside `scope` (Playwright pierces open shadow roots). */
const part = (page: Page, scope: string, name: string) => page.locator(`${scope} goalpost-goal [part="${name}"]`).first().textContent();

// Until the widget's elements are on this branch, /widget.js is a placeholder with no
// element to preview; say so rather than fail. Once it defines goalpost-goal, these run.
const widget = skip ? "" : await (await fetch(`${url}/widget.js`)).text();
const noWidget = widget.includes("goalpost-goal") ? "" : "/widget.js does not define <goalpost-goal> yet";
if (!skip && noWidget) console.warn(`\n  SKIPPED console preview tests: ${noWidget}\n`);

describe.skipIf(skip || noWidget)("console live preview", () => {
  const { open, signedIn, problems } = useBrowser();
  const servers: Server[] = [];
  afterAll(() => servers.forEach((server) => server.close()));

  /** A page of another site (another loopback origin) embedding the widget as API.md tells site owners to. */
  async function article(slug: string) {
    const html = `<!doctype html><html lang="en"><body><h1>News</h1><script src="${url}/widget.js" async data-campaign="${slug}"></script></body></html>`;
    // A real server, not a Playwright route: Chromium only lets a page with a loopback
    // address load a script from the loopback Worker.
    const server = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    const page = await open("/admin");
    await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/article`);
    return page;
  }

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

  it("moves the preview and the public widget when a donation is recorded", async () => {
    const slug = await seedCampaign();
    const reader = await article(slug);
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

  it("runs without a CSP violation or page error", () => {
    expect(problems).toEqual([]);
  });
});
