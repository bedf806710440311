import { describe, expect, it } from "vitest";
import { comment, open, sharedBrowser, uniqueThread } from "./helpers";

const browser = sharedBrowser();

const indexPage = (params: Record<string, string>) => `/index-page?${new URLSearchParams(params)}`;

/** Threads with 0, 1, 2, … comments. */
async function seeded(name: string, sizes: number[]) {
  const threads = sizes.map((_, i) => uniqueThread(`${name}${i}`));
  await Promise.all(
    threads.map(async (thread, i) => {
      for (let n = 0; n < sizes[i]!; n++) await comment(thread, `comment ${n}`);
    }),
  );
  return threads;
}

describe("comment counts on an index page", () => {
  it("fills 10 elements and 10 links from ONE request", async () => {
    const sizes = [0, 1, 2, 3, 0, 1, 2, 3, 0, 1];
    const threads = await seeded("count", sizes);
    const links = await seeded("link", sizes);
    const { page, apiRequests, errors } = await open(
      browser(),
      indexPage({ threads: threads.join(","), links: links.map((t) => `${t}/`).join(",") }),
    );
    const expected = sizes.map((n) => (n === 1 ? "1 comment" : `${n} comments`));
    await expect.poll(() => page.locator("goalpost-count").allInnerTexts()).toEqual(expected);
    await expect.poll(() => page.locator("a[data-goalpost-count]").allInnerTexts()).toEqual(expected);
    expect(apiRequests).toHaveLength(1);
    expect(apiRequests[0]).toMatch(/^GET \/api\/v1\/counts\?/);
    expect(new URL(apiRequests[0]!.slice(4), "http://x").searchParams.getAll("thread")).toHaveLength(20);
    expect(errors).toEqual([]);
  });

  it("normalises a link's path like the widget's thread key", async () => {
    const [thread] = await seeded("path", [2]);
    const { page } = await open(browser(), indexPage({ links: `${thread}/index.html,${thread}/,${thread}` }));
    await expect
      .poll(() => page.locator("a[data-goalpost-count]").allInnerTexts())
      .toEqual(["2 comments", "2 comments", "2 comments"]);
  });

  it("splits more than 100 threads into requests of 100", async () => {
    const threads = Array.from({ length: 150 }, (_, i) => `/many/${Date.now().toString(36)}/${i}`);
    const { page, apiRequests } = await open(browser(), indexPage({ threads: threads.join(",") }));
    await expect.poll(() => page.locator("goalpost-count", { hasText: "0 comments" }).count()).toBe(150);
    expect(apiRequests).toHaveLength(2);
  });

  it.each([
    ["ru", ["0 комментариев", "1 комментарий", "2 комментария", "5 комментариев"]],
    ["de", ["0 Kommentare", "1 Kommentar", "2 Kommentare", "5 Kommentare"]],
    ["fr", ["0 commentaire", "1 commentaire", "2 commentaires", "5 commentaires"]],
  ])("says N comments with the plural rules of %s", async (lang, expected) => {
    const threads = await seeded(`plural-${lang}`, [0, 1, 2, 5]);
    const { page } = await open(browser(), indexPage({ threads: threads.join(","), lang }));
    await expect.poll(() => page.locator("goalpost-count").allInnerTexts()).toEqual(expected);
  });
});
