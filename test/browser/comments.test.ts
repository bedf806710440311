import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { article, comment, open, sharedBrowser, uniqueThread, vote } from "./helpers";

const browser = sharedBrowser();

/** Opens a fixture article on `thread` (comments only) and waits for the list. */
async function thread(key: string, params: Record<string, string> = {}) {
  const opened = await open(browser(), article({ thread: key, ...params }));
  await opened.page.locator("goalpost-comments h2").waitFor();
  return opened;
}

const bodies = (page: Page) => page.locator("goalpost-comments [part=body]").allInnerTexts();
const articleOf = (page: Page, text: string) =>
  page.locator("goalpost-comments article", { has: page.getByText(text, { exact: true }) }).last();

describe("threads", () => {
  it("nests replies, indenting five levels and showing deeper ones flat", async () => {
    const key = uniqueThread("nesting");
    let parent: string | null = null;
    for (let depth = 0; depth <= 7; depth++) parent = (await comment(key, `level ${depth}`, parent)).id;
    const { page } = await thread(key);
    expect(await page.locator("goalpost-comments h2").innerText()).toBe("8 comments");
    const x = async (depth: number) => (await page.getByText(`level ${depth}`, { exact: true }).boundingBox())!.x;
    const xs = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(x));
    for (let depth = 1; depth <= 5; depth++) expect(xs[depth]!).toBeGreaterThan(xs[depth - 1]!);
    expect(xs[6]).toBe(xs[5]);
    expect(xs[7]).toBe(xs[5]);
    expect(await page.locator("goalpost-comments [role=feed] > article").count()).toBe(1);
  });

  it("renders the server's html and the author's name as text", async () => {
    const key = uniqueThread("html");
    await comment(key, "Good job **SAA**! <img src=x onerror=alert(1)>", null, "<b>Hrky75</b>");
    const { page, errors } = await thread(key);
    expect(await page.locator("goalpost-comments [part=body] strong").innerText()).toBe("SAA");
    expect(await page.locator("goalpost-comments [part=author]").innerText()).toBe("<b>Hrky75</b>");
    expect(await page.locator("goalpost-comments [part=body] img").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe("posting", () => {
  it("posts a comment, shows it and announces it", async () => {
    const { page } = await thread(uniqueThread("post"));
    const form = page.locator("goalpost-comments form[part=form]");
    await form.getByLabel("Name").fill("jorge");
    await form.getByLabel(/^Comment/).fill("First! *Nice* piece.");
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect.poll(() => bodies(page)).toEqual(["First! Nice piece."]);
    expect(await page.locator("goalpost-comments [part=author]").innerText()).toBe("jorge");
    expect(await page.locator("goalpost-comments h2").innerText()).toBe("1 comment");
    expect(await page.locator("goalpost-comments [aria-live]").textContent()).toBe("Your comment was posted.");
  });

  it("replies inline under the comment", async () => {
    const key = uniqueThread("reply");
    await comment(key, "Good job!", null, "Hrky75");
    const { page } = await thread(key);
    await articleOf(page, "Good job!").getByRole("button", { name: "Reply" }).click();
    const form = page.locator("goalpost-comments form[part=reply-form]");
    await form.getByLabel(/^Comment/).fill("Thanks, agreed.");
    await form.getByRole("button", { name: "Reply" }).click();
    await expect.poll(() => bodies(page)).toEqual(["Good job!", "Thanks, agreed."]);
    const reply = articleOf(page, "Thanks, agreed.");
    expect(
      await reply.evaluate((el) =>
        el.parentElement?.closest("article")?.querySelector("[part=body]")?.textContent?.trim(),
      ),
    ).toBe("Good job!");
    expect(await form.count()).toBe(0);
  });

  it("shows API errors next to the field they concern", async () => {
    const { page } = await thread(uniqueThread("errors"));
    const form = page.locator("goalpost-comments form[part=form]");
    await form.getByLabel("Email (optional)").fill("not-an-email");
    await form.getByLabel(/^Comment/).fill("Hello");
    await form.getByRole("button", { name: "Post comment" }).click();
    const email = form.getByLabel("Email (optional)");
    await expect.poll(() => email.getAttribute("aria-invalid")).toBe("");
    const errorId = (await email.getAttribute("aria-describedby"))!;
    expect(await form.locator(`#${errorId}`).innerText()).not.toBe("");
    expect(await form.locator(`#${errorId}`).isVisible()).toBe(true);
  });

  it("offers notifications once an email is typed and shows a held comment's notice", async () => {
    const { page } = await thread(uniqueThread("held"));
    const form = page.locator("goalpost-comments form[part=form]");
    expect(await form.getByLabel("Notify me of").isVisible()).toBe(false);
    await form.getByLabel("Email (optional)").fill("reader@example.org");
    // The form's handlers may arrive with the interactions chunk: wait for the choice to show.
    await form.getByLabel("Notify me of").waitFor();
    // Moderation is off on the test server; answer as MODERATION=all would (202, pending).
    await page.route("**/api/v1/comments", (route) =>
      route.fulfill({
        status: 202,
        contentType: "application/json",
        body: JSON.stringify({ comment: { id: "c_held", status: "pending" }, editToken: "t" }),
      }),
    );
    await form.getByLabel(/^Comment/).fill("Please approve me");
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect
      .poll(() => form.locator("[role=status]").textContent())
      .toBe("Thanks! Your comment is awaiting moderation.");
    expect(await page.locator("goalpost-comments article").count()).toBe(0);
  });

  it("posts with the keyboard alone", async () => {
    const { page } = await thread(uniqueThread("keyboard"));
    await page.keyboard.press("Tab");
    await page.keyboard.type("Keys");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Typed without a mouse");
    await page.keyboard.press("Tab");
    const focused = page.locator("goalpost-comments button[type=submit]");
    expect(await focused.evaluate((el) => el.matches(":focus-visible") && getComputedStyle(el).outlineStyle)).toBe(
      "solid",
    );
    await page.keyboard.press("Enter");
    await expect.poll(() => bodies(page)).toEqual(["Typed without a mouse"]);
    expect(await page.locator("goalpost-comments [part=author]").innerText()).toBe("Keys");
  });
});

describe("votes", () => {
  it("toggles an upvote optimistically and remembers it", async () => {
    const key = uniqueThread("vote");
    await comment(key, "Vote on me");
    const { page } = await thread(key);
    const up = page.locator("goalpost-comments button[part=vote]").first();
    expect(await up.getAttribute("aria-pressed")).toBe("false");
    // The server's answer is held: the button changes before it (a click made before the
    // interactions chunk arrived is replayed when it does).
    let answer!: () => void;
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const posted = page.waitForResponse("**/votes");
    await page.route("**/votes", async (route) => {
      await held;
      await route.continue();
    });
    await up.click();
    await expect.poll(() => up.getAttribute("aria-pressed")).toBe("true");
    expect(await up.innerText()).toContain("1");
    answer();
    await posted;
    await page.waitForLoadState("networkidle");
    await page.reload();
    const again = page.locator("goalpost-comments button[part=vote]").first();
    await expect.poll(() => again.getAttribute("aria-pressed")).toBe("true");
    expect(await again.innerText()).toContain("1");
  });

  it("rolls the count back when the vote fails", async () => {
    const key = uniqueThread("vote-fail");
    await comment(key, "Vote fails");
    const { page } = await thread(key);
    await page.route("**/votes", (route) =>
      route.fulfill({
        status: 429,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "rate_limited", message: "Too many votes" } }),
      }),
    );
    const down = page.locator("goalpost-comments button[part=vote]").nth(1);
    await down.click();
    await expect
      .poll(() => page.locator("goalpost-comments article [role=alert]").textContent())
      .toBe("Too many votes");
    expect(await down.getAttribute("aria-pressed")).toBe("false");
    expect(await down.innerText()).toContain("0");
  });
});

describe("sorting and paging", () => {
  it("sorts by oldest, newest and most voted", async () => {
    const key = uniqueThread("sort");
    const [a, b] = [await comment(key, "alpha"), await comment(key, "beta"), await comment(key, "gamma")];
    await vote(b!.id, "voter-aaaaaaaaaaaaaaaa", 1);
    await vote(b!.id, "voter-bbbbbbbbbbbbbbbb", 1);
    await vote(a!.id, "voter-aaaaaaaaaaaaaaaa", 1);
    const { page } = await thread(key);
    expect(await bodies(page)).toEqual(["alpha", "beta", "gamma"]);
    await page.getByRole("button", { name: "Newest" }).click();
    await expect.poll(() => bodies(page)).toEqual(["gamma", "beta", "alpha"]);
    expect(await page.getByRole("button", { name: "Newest" }).getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("button", { name: "Most voted" }).click();
    await expect.poll(() => bodies(page)).toEqual(["beta", "alpha", "gamma"]);
  });

  it("loads more comments with the cursor", async () => {
    const key = uniqueThread("more");
    for (const body of ["one", "two", "three", "four", "five"]) await comment(key, body);
    const { page } = await thread(key, { limit: "2" });
    expect(await bodies(page)).toEqual(["one", "two"]);
    const more = page.getByRole("button", { name: "Load more comments" });
    await more.click();
    await expect.poll(() => bodies(page)).toEqual(["one", "two", "three", "four"]);
    await more.click();
    await expect.poll(() => bodies(page)).toEqual(["one", "two", "three", "four", "five"]);
    expect(await more.isVisible()).toBe(false);
  });
});

describe("editing", () => {
  it("edits and deletes your own comment within the window", async () => {
    const key = uniqueThread("edit");
    await comment(key, "Someone else's");
    const { page } = await thread(key);
    expect(await page.getByRole("button", { name: "Edit" }).count()).toBe(0);
    const form = page.locator("goalpost-comments form[part=form]");
    await form.getByLabel(/^Comment/).fill("Tpyo here");
    await form.getByRole("button", { name: "Post comment" }).click();
    const mine = articleOf(page, "Tpyo here");
    await mine.getByRole("button", { name: "Edit" }).click();
    await mine.locator("textarea").fill("Typo fixed");
    await mine.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => bodies(page)).toEqual(["Someone else's", "Typo fixed"]);
    expect(await articleOf(page, "Typo fixed").innerText()).toContain("edited");
    await articleOf(page, "Typo fixed").getByRole("button", { name: "Delete" }).click();
    await expect.poll(() => bodies(page)).toEqual(["Someone else's"]);
    expect(await page.locator("goalpost-comments h2").innerText()).toBe("1 comment");
  });
});

describe("themes", () => {
  const background = (page: Page) =>
    page.locator("goalpost-comments").evaluate((el) => getComputedStyle(el).backgroundColor);

  it("uses the dark palette for data-theme=dark and for auto in a dark browser", async () => {
    const dark = await thread(uniqueThread("dark"), { theme: "dark" });
    expect(await background(dark.page)).toBe("rgb(22, 25, 30)");
    const auto = await open(browser(), article({ thread: uniqueThread("auto") }), { colorScheme: "dark" });
    await auto.page.locator("goalpost-comments h2").waitFor();
    expect(await background(auto.page)).toBe("rgb(22, 25, 30)");
    const light = await open(browser(), article({ thread: uniqueThread("light"), theme: "light" }), {
      colorScheme: "dark",
    });
    await light.page.locator("goalpost-comments h2").waitFor();
    expect(await background(light.page)).toBe("rgb(255, 255, 255)");
  });
});
