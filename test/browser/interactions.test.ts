// The first paint draws everything a reader sees (form, votes, reply, sort tabs) with its
// final size; their handlers come with the interactions chunk (widget/later.ts), loaded
// when the page is idle or on the first interaction. These tests hold the chunk back to
// check that nothing moves when it arrives and that clicks made before it are replayed.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, article, comment, launch, site, uniqueThread } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const CHUNK = /\/assets\/widget-interactions\.[0-9a-f]+\.js$/;

/** Opens a comments-only article on `thread` with the interactions chunk held until `release()`. */
async function held(thread: string) {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(`${api}/api/`) && request.method() !== "OPTIONS")
      requests.push(`${request.method()} ${request.url().slice(api.length)}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const asked = new Promise<void>((resolve) => {
    context.route(CHUNK, async (route) => {
      resolve();
      await gate;
      await route.continue();
    });
  });
  await page.goto(site + article({ thread }));
  await page.locator("goalpost-comments article").first().waitFor();
  return { page, requests, errors, release, asked };
}

/** The boxes of everything the first paint drew, in page order. */
const boxes = (page: Page) =>
  page.locator("goalpost-comments").evaluate((el) => {
    const seen = window as unknown as { painted?: Element[] };
    seen.painted ??= Array.from(el.shadowRoot!.querySelectorAll("*"));
    return seen.painted.map((node) => {
      const { x, y, width, height } = node.getBoundingClientRect();
      return [node.tagName, x, y, width, height];
    });
  });

/** What the chunk added that takes room on the page (visually hidden announcers aside): nothing. */
const added = (page: Page) =>
  page.locator("goalpost-comments").evaluate((el) => {
    const painted = (window as unknown as { painted: Element[] }).painted;
    const host = el.getBoundingClientRect();
    return Array.from(el.shadowRoot!.querySelectorAll("*"))
      .filter((node) => !painted.includes(node) && !node.matches(".sr"))
      .filter((node) => {
        const box = node.getBoundingClientRect();
        return box.width && box.height && box.right > host.left && box.left < host.right;
      })
      .map((node) => node.outerHTML);
  });

describe("the interactions chunk", () => {
  it("is fetched once the page is idle, and moves nothing when it arrives", async () => {
    const key = uniqueThread("chunk-idle");
    await comment(key, "Steady");
    const { page, requests, release, asked, errors } = await held(key);
    // No pointer, focus or key yet: the idle callback asks for it.
    await asked;
    const before = await boxes(page);
    expect(before.filter(([tag]) => tag === "BUTTON").length).toBeGreaterThanOrEqual(6);
    // The time's hover title (the full date) comes with the chunk.
    const time = page.locator("goalpost-comments article time").first();
    expect(await time.getAttribute("title")).toBeNull();
    const arrived = page.waitForResponse(CHUNK);
    release();
    await arrived;
    // Its script has run once the reply button opens a form.
    const reply = page.locator("goalpost-comments [part=actions] button", { hasText: "Reply" });
    await reply.click();
    await expect.poll(() => reply.getAttribute("aria-expanded")).toBe("true");
    expect(await time.getAttribute("title")).toMatch(new RegExp(`${new Date().getUTCFullYear()}`));
    await reply.click();
    expect(await reply.getAttribute("aria-expanded")).toBe("false");
    expect(await boxes(page)).toEqual(before);
    // The notification choice (until an address is typed) and the honeypot (off-screen) it adds take no room.
    expect(await page.locator("goalpost-comments select[name=notify]").count()).toBe(1);
    expect(await page.locator("goalpost-comments input[name=website]").count()).toBe(1);
    // So do the fields' error lines (hidden, each described-by its field) and the polite announcer.
    const errorLines = page.locator("goalpost-comments form[part=form] [aria-describedby]");
    expect(await errorLines.count()).toBe(4);
    for (const id of await errorLines.evaluateAll((fields) => fields.map((f) => f.getAttribute("aria-describedby"))))
      expect(await page.locator(`goalpost-comments p.err[hidden][id="${id}"]`).count()).toBe(1);
    expect(await page.locator("goalpost-comments [aria-live=polite]").count()).toBe(1);
    expect(await added(page)).toEqual([]);
    expect(requests.filter((r) => r.startsWith("GET /api/v1/embed"))).toHaveLength(1);
    expect(requests.filter((r) => r.startsWith("GET"))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it("replays a vote and a post made before it arrived", async () => {
    const key = uniqueThread("chunk-early");
    await comment(key, "Vote early");
    const { page, requests, release, asked, errors } = await held(key);
    await asked;
    const up = page.locator("goalpost-comments button[part=vote]").first();
    await up.click();
    const form = page.locator("goalpost-comments form[part=form]");
    await form.getByLabel("Name").fill("early");
    await form.getByLabel(/^Comment/).fill("Posted before the chunk");
    await form.getByRole("button", { name: "Post comment" }).click();
    // Held, not lost, and the page did not navigate (a native form submission would).
    expect(requests.filter((r) => r.startsWith("POST"))).toEqual([]);
    expect(await up.getAttribute("aria-pressed")).toBe("false");
    release();
    await expect.poll(() => up.getAttribute("aria-pressed")).toBe("true");
    await expect
      .poll(() => page.locator("goalpost-comments [part=body]").allInnerTexts())
      .toEqual(["Vote early", "Posted before the chunk"]);
    expect(await up.innerText()).toContain("1");
    await expect.poll(() => requests.filter((r) => r.startsWith("POST")).length).toBe(2);
    expect(requests.filter((r) => r.startsWith("POST /api/v1/comments/"))).toHaveLength(1);
    expect(page.url()).toBe(site + article({ thread: key }));
    expect(errors).toEqual([]);
  });

  it("shows the notification choice for an address typed before it arrived, and posts with it", async () => {
    const key = uniqueThread("chunk-notify");
    await comment(key, "Notify early");
    const { page, release, asked, errors } = await held(key);
    await asked;
    const form = page.locator("goalpost-comments form[part=form]");
    await form.getByLabel("Name").fill("early");
    await form.getByLabel("Email (optional)").fill("early@example.com");
    await form.getByLabel(/^Comment/).fill("Tell me about replies");
    // Made by the chunk, with its English.
    expect(await form.locator("select").count()).toBe(0);
    release();
    const choice = form.getByLabel("Notify me of");
    await choice.waitFor();
    expect(await choice.inputValue()).toBe("replies");
    expect(await choice.locator("option").allInnerTexts()).toEqual([
      "nothing",
      "new replies to my comments",
      "all new comments",
    ]);
    await choice.selectOption("thread");
    const posted = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/v1/comments"));
    await form.getByRole("button", { name: "Post comment" }).click();
    const body = (await posted).postDataJSON();
    expect([body.notify, body.author.email, body.website]).toEqual(["thread", "early@example.com", ""]);
    expect(errors).toEqual([]);
  });

  it("gives a reply form its Cancel, which closes it and returns to Reply", async () => {
    const key = uniqueThread("chunk-cancel");
    await comment(key, "Answer me");
    const { page, release, asked } = await held(key);
    await asked;
    release();
    const reply = page.locator("goalpost-comments [part=actions] button", { hasText: "Reply" });
    await reply.click();
    const form = page.locator("goalpost-comments form[part=reply-form]");
    await form.waitFor();
    expect(await form.getByRole("button").allInnerTexts()).toEqual(["Reply", "Cancel"]);
    await form.getByRole("button", { name: "Cancel" }).click();
    expect(await form.count()).toBe(0);
    expect(await reply.getAttribute("aria-expanded")).toBe("false");
    expect(
      await reply.evaluate((button) => button.getRootNode() instanceof ShadowRoot && button.matches(":focus")),
    ).toBe(true);
  });

  it("replays a sort chosen with the keyboard before it arrived", async () => {
    const key = uniqueThread("chunk-keys");
    await comment(key, "alpha");
    await comment(key, "beta");
    const { page, release, asked } = await held(key);
    await asked;
    await page.locator("goalpost-comments .tabs button", { hasText: "Newest" }).focus();
    await page.keyboard.press("Enter");
    release();
    await expect.poll(() => page.locator("goalpost-comments [part=body]").allInnerTexts()).toEqual(["beta", "alpha"]);
  });
  it("tries again on the next interaction when it could not be fetched, still replaying held clicks", async () => {
    const key = uniqueThread("chunk-retry");
    await comment(key, "Retry");
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    let attempts = 0;
    let fail!: () => void;
    const gate = new Promise<void>((resolve) => {
      fail = resolve;
    });
    // The first attempt fails, after the click below.
    await context.route(CHUNK, async (route) => {
      if (++attempts > 1) return route.continue();
      await gate;
      await route.abort();
    });
    const failed = page.waitForEvent("requestfailed", (request) => CHUNK.test(request.url()));
    await page.goto(site + article({ thread: key }));
    const up = page.locator("goalpost-comments button[part=vote]").first();
    await up.click();
    fail();
    await failed;
    expect(await up.getAttribute("aria-pressed")).toBe("false");
    await page.locator("goalpost-comments textarea").first().focus();
    await expect.poll(() => up.getAttribute("aria-pressed")).toBe("true");
    expect(attempts).toBe(2);
    await context.close();
  });
});
