// Inline feedback, author questions and the floating bubble in Chromium, on the long
// fixture article of site-inline.ts. The last test writes docs/inline.png with UPDATE_SCREENSHOTS=1.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sharedBrowser, site, uniqueThread } from "./helpers";
import { anchored, boxOf, highlighted, select } from "./inline-helpers";

const browser = sharedBrowser();

const PASSAGE = "the bridge was closed again";
const inline = (params: Record<string, string>) => `/inline?${new URLSearchParams({ inline: "on", ...params })}`;

/** Opens an inline fixture and waits for the comments list and the second file. */
async function reader(params: Record<string, string>, init?: string) {
  const context = await browser().newContext({ locale: "en-US" });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors: string[] = [];
  const apiRequests: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on(
    "request",
    (r) => r.url().includes("/api/") && apiRequests.push(`${r.method()} ${new URL(r.url()).pathname}`),
  );
  await page.goto(site + inline(params));
  await page.locator("goalpost-comments h2").waitFor();
  // The second file has attached once its layer is in the page.
  await page.locator("body > [data-goalpost-ui]").first().waitFor({ state: "attached" });
  return { page, errors, apiRequests };
}

const bubble = (page: Page) => page.locator("[part=passage-count]");
const quotes = (page: Page) => page.locator("goalpost-comments article [part=quote]").allInnerTexts();

/** Comments on `text` through the UI: select, "Comment on this", write, post. */
async function commentOn(page: Page, text: string, body: string) {
  await select(page, text);
  await page.getByRole("button", { name: "Comment on this", exact: true }).click();
  const form = page.locator("goalpost-comments form[part=form]");
  await expect.poll(() => form.locator("[part=quote-box] blockquote").innerText()).toBe(text);
  await form.getByLabel(/^Comment/).fill(body);
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect.poll(() => page.locator("goalpost-comments [part=body]").allInnerTexts()).toContain(body);
}

describe("inline feedback", () => {
  it("comments on a selected passage; another reader sees the highlight and the comment after reload", async () => {
    const thread = uniqueThread("inline");
    const first = await reader({ thread });
    expect(await highlighted(first.page)).toEqual([]);
    await commentOn(first.page, PASSAGE, "Closed for repairs, not for good.");
    expect(await quotes(first.page)).toEqual([PASSAGE]);
    await expect.poll(() => highlighted(first.page)).toEqual([PASSAGE]);
    expect(await bubble(first.page).innerText()).toBe("1");
    expect(await first.page.locator("goalpost-comments form[part=form] [part=quote-box]").count()).toBe(0);
    expect(first.errors).toEqual([]);

    const second = await reader({ thread });
    await expect.poll(() => highlighted(second.page)).toEqual([PASSAGE]);
    expect(await bubble(second.page).getAttribute("aria-label")).toBe("1 comment on this passage");
    expect(await quotes(second.page)).toEqual([PASSAGE]);
    // One request for the first paint, anchors included.
    expect(second.apiRequests).toEqual(["GET /api/v1/embed"]);
  });

  it("selects with the mouse, and the bubble opens the passage's comments", async () => {
    const thread = uniqueThread("mouse");
    const id = await anchored(thread, "About the council.", {
      exact: "the town council asked for help",
      prefix: "again, and ",
      suffix: ".",
    });
    const { page } = await reader({ thread });
    const box = await boxOf(page, "Two years later");
    await page.mouse.move(box.left + 1, (box.top + box.bottom) / 2);
    await page.mouse.down();
    await page.mouse.move(box.right - 1, (box.top + box.bottom) / 2, { steps: 5 });
    await page.mouse.up();
    await page.getByRole("button", { name: "Comment on this", exact: true }).waitFor();
    await expect.poll(() => highlighted(page)).toEqual(["the town council asked for help"]);
    await bubble(page).click();
    const focused = () =>
      page.locator("goalpost-comments").evaluate((el) => el.shadowRoot!.activeElement?.getAttribute("data-id"));
    await expect.poll(focused).toBe(id);
  });

  it("lets keyboard users reach the button with Tab and open the form with Enter", async () => {
    const { page } = await reader({ thread: uniqueThread("keyboard") });
    await select(page, PASSAGE);
    const button = page.getByRole("button", { name: "Comment on this", exact: true });
    await button.waitFor();
    await page.keyboard.press("Tab");
    await expect.poll(() => button.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.keyboard.press("Enter");
    const textarea = page.locator("goalpost-comments form[part=form] textarea");
    await expect
      .poll(() => textarea.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el))
      .toBe(true);
    expect(await page.locator("goalpost-comments [part=quote-box] blockquote").innerText()).toBe(PASSAGE);
  });

  it("finds a passage that was edited a little, and keeps a lost one in the list with its quote", async () => {
    const thread = uniqueThread("fuzzy");
    await anchored(thread, "Edited since.", {
      exact: "the bridge at Al-Bukamal was repaired by volunteers",
      prefix: "In 2019 ",
      suffix: ". The town council",
    });
    await anchored(thread, "Gone since.", {
      exact: "a paragraph the editor removed entirely later on",
      prefix: "",
      suffix: "",
    });
    const { page } = await reader({ thread });
    await expect.poll(() => highlighted(page)).toEqual(["the bridge at Al-Bukamal was rebuilt by volunteers"]);
    expect(await bubble(page).count()).toBe(1);
    expect(await quotes(page)).toEqual([
      "the bridge at Al-Bukamal was repaired by volunteers",
      "a paragraph the editor removed entirely later on",
    ]);
  });

  it("leaves the page's DOM, layout and links alone", async () => {
    const thread = uniqueThread("layout");
    await anchored(thread, "On the mill.", { exact: "sent its workers", prefix: "the steel mill ", suffix: "." });
    await anchored(thread, "On the link.", { exact: "the steel mill", prefix: "the steel, and ", suffix: " sent" });
    const { page } = await reader({ thread });
    await expect.poll(async () => (await highlighted(page)).length).toBe(2);
    expect(await page.locator("article mark, article [data-goalpost-ui]").count()).toBe(0);
    const link = await boxOf(page, "the steel mill");
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.id,
      [(link.left + link.right) / 2, (link.top + link.bottom) / 2],
    );
    expect(hit).toBe("mill-link");
  });

  it("falls back to <mark> wrappers without the Custom Highlight API", async () => {
    const thread = uniqueThread("marks");
    await anchored(thread, "Marked.", { exact: PASSAGE, prefix: "Two years later ", suffix: ", and" });
    const { page, errors } = await reader(
      { thread },
      "Object.defineProperty(CSS, 'highlights', { value: undefined });",
    );
    await expect.poll(() => page.locator("article mark[data-goalpost-mark]").allInnerTexts()).toEqual([PASSAGE]);
    expect(await page.locator("article p").nth(1).innerText()).toBe(
      "Two years later the bridge was closed again, and the town council asked for help.",
    );
    expect(await bubble(page).innerText()).toBe("1");
    expect(errors).toEqual([]);
  });
});

describe("the page's language", () => {
  it("shows the second file's strings in Japanese, fetched from its own small pack", async () => {
    const thread = uniqueThread("inline-ja");
    await anchored(thread, "橋について。", { exact: PASSAGE, prefix: "Two years later ", suffix: ", and" });
    const context = await browser().newContext({ locale: "en-US" });
    const page = await context.newPage();
    const packs: string[] = [];
    page.on("request", (r) => {
      const pack = /\/i18n[^/]*\/(.+)$/.exec(new URL(r.url()).pathname);
      if (pack) packs.push(pack[1]!);
    });
    await page.goto(site + inline({ thread, lang: "ja", bubble: "on" }));
    await expect.poll(() => highlighted(page)).toEqual([PASSAGE]);
    expect(await bubble(page).getAttribute("aria-label")).toBe("この箇所への1件のコメント");
    await expect.poll(() => page.locator("[part=bubble]").innerText()).toBe("1件のコメント");
    await select(page, "the town council asked for help");
    await page.getByRole("button", { name: "ここにコメント", exact: true }).click();
    expect(await page.locator("goalpost-comments [part=quote-box] p").innerText()).toBe("この箇所について");
    expect(await page.locator("goalpost-comments [part=quote-box] button").innerText()).toBe("引用を削除");
    // The main pack and the second file's pack, each once.
    expect(packs.sort()).toEqual(["inline/ja.json", "ja.json"]);
    await context.close();
  });
});

describe("right to left", () => {
  /** The viewport boxes of the article, the passages' bubbles (left to right) and the floating bubble. */
  async function boxes(page: Page) {
    const article = (await page.locator("article").first().boundingBox())!;
    const fab = (await page.locator("[part=bubble]").boundingBox())!;
    const pcs = await bubble(page).evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).map(({ left, right, top }) => ({ left, right, top })),
    );
    return { article, fab, pcs: pcs.sort((a, b) => a.left - b.left) };
  }

  it("puts passage bubbles in the left margin of an Arabic page, the right one of an English page", async () => {
    const thread = uniqueThread("inline-rtl");
    // Two passages that start on the same (first) line of their paragraph.
    await anchored(thread, "عن الجسر.", { exact: "Two years later", prefix: "", suffix: " the bridge" });
    await anchored(thread, "On the bridge.", { exact: PASSAGE, prefix: "Two years later ", suffix: ", and" });

    const ltr = await reader({ thread, bubble: "on" });
    await expect.poll(async () => (await highlighted(ltr.page)).length).toBe(2);
    const en = await boxes(ltr.page);
    const right = en.article.x + en.article.width;
    // Right of the article, 8 px out, side by side outwards; the floating bubble in the lower right corner.
    expect(en.pcs.map((r) => Math.round(r.top))).toEqual([Math.round(en.pcs[0]!.top), Math.round(en.pcs[0]!.top)]);
    expect(Math.round(en.pcs[0]!.left - right)).toBe(8);
    expect(Math.round(en.pcs[1]!.left - en.pcs[0]!.right)).toBe(4);
    expect(en.fab.x).toBeGreaterThan(640);

    const { page, errors } = await reader({ thread, bubble: "on", lang: "ar", dir: "rtl" });
    await expect.poll(async () => (await highlighted(page)).length).toBe(2);
    const ar = await boxes(page);
    // Left of the article, 8 px out, side by side outwards; the floating bubble in the lower left corner.
    expect(ar.pcs.map((r) => Math.round(r.top))).toEqual(en.pcs.map((r) => Math.round(r.top)));
    expect(Math.round(ar.article.x - ar.pcs[1]!.right)).toBe(8);
    expect(Math.round(ar.pcs[1]!.left - ar.pcs[0]!.right)).toBe(4);
    expect(ar.fab.x + ar.fab.width).toBeLessThan(640);
    // Arabic strings, laid out right to left.
    expect(await bubble(page).first().getAttribute("aria-label")).toBe("تعليق واحد على هذا المقطع");
    await expect.poll(() => page.locator("[part=bubble]").innerText()).toBe("تعليقان");
    expect(await page.locator("[part=bubble]").evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    expect(errors).toEqual([]);
  });

  it("centres the selection button under the left end of a right-to-left selection", async () => {
    const { page } = await reader({ thread: uniqueThread("select-rtl"), lang: "ar", dir: "rtl" });
    await select(page, PASSAGE);
    const button = page.getByRole("button", { name: "علّق على هذا", exact: true });
    await button.waitFor();
    const text = await boxOf(page, PASSAGE);
    const box = (await button.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - text.left)).toBeLessThanOrEqual(1);
    expect(box.y).toBeGreaterThan(text.bottom);
  });
});

describe("author questions", () => {
  it("opens the form about the passage with the question, then counts its comments", async () => {
    const thread = uniqueThread("question");
    const { page } = await reader({ thread, inline: "off", question: "1" });
    const ask = page.getByRole("button", { name: "Should the town rebuild it again?" });
    await ask.click();
    const form = page.locator("goalpost-comments form[part=form]");
    expect(await form.locator("[part=quote-box] p").innerText()).toBe("Should the town rebuild it again?");
    expect(await form.locator("[part=quote-box] blockquote").innerText()).toBe(
      "Whether to rebuild it a third time is still open.",
    );
    await form.getByLabel(/^Comment/).fill("Yes, with a wider deck.");
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect.poll(() => highlighted(page)).toEqual(["Whether to rebuild it a third time is still open."]);
    expect(await page.locator("[part=question] b").innerText()).toBe("1");
    // Without data-inline="on" the selection button is never made (it is made, hidden, when
    // inline feedback attaches, which happened before the highlight above showed).
    await select(page, PASSAGE);
    expect(await page.locator("[part=comment-on]").count()).toBe(0);
  });
});

describe("floating bubble", () => {
  it("prompts when there are no comments and jumps to the form", async () => {
    const { page } = await reader({ thread: uniqueThread("bubble-empty"), bubble: "on" });
    const fab = page.locator("[part=bubble]");
    await expect.poll(() => fab.innerText()).toBe("Would love your thoughts, please comment.");
    await fab.click();
    const textarea = page.locator("goalpost-comments form[part=form] textarea");
    await expect
      .poll(() => textarea.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el))
      .toBe(true);
    await expect.poll(() => fab.isVisible()).toBe(false);
  });

  it("shows the count and follows new comments", async () => {
    const thread = uniqueThread("bubble-count");
    const root = await anchored(thread, "One.", null);
    await anchored(thread, "Two.", null, root);
    const { page } = await reader({ thread, bubble: "on" });
    const fab = page.locator("[part=bubble]");
    await expect.poll(() => fab.innerText()).toBe("2 comments");
    await commentOn(page, PASSAGE, "Three.");
    await expect.poll(() => fab.textContent()).toBe("3 comments");
  });
});

describe("the README picture", () => {
  it("shows highlights, passage bubbles and the floating bubble", async () => {
    const dir = process.env.UPDATE_SCREENSHOTS ? "docs" : "test-results";
    mkdirSync(dir, { recursive: true });
    const thread = uniqueThread("picture");
    const root = await anchored(thread, "Closed for repairs, not for good.", {
      exact: PASSAGE,
      prefix: "Two years later ",
      suffix: ", and the town council as",
    });
    await anchored(thread, "The council said so in March.", null, root);
    await anchored(thread, "Volunteers from three villages.", {
      exact: "rebuilt by volunteers",
      prefix: "the bridge at Al-Bukamal was ",
      suffix: ". The town council",
    });
    const { page } = await reader({ thread, bubble: "on", question: "1" });
    await page.setViewportSize({ width: 1100, height: 640 });
    await expect.poll(async () => (await highlighted(page)).length).toBe(2);
    await select(page, "the town council paid for the steel".slice(4));
    await page.getByRole("button", { name: "Comment on this", exact: true }).waitFor();
    await page.screenshot({ path: `${dir}/inline.png` });
  });
});
