import { describe, expect, it } from "vitest";
import { article, comment, open, sharedBrowser, uniqueThread } from "./helpers";

// MAX_REPLY_DEPTH (8) and reply paging (50 replies per top-level comment) in the widget.

const browser = sharedBrowser();

async function thread(key: string, params: Record<string, string> = {}) {
  const opened = await open(browser(), article({ thread: key, ...params }));
  await opened.page.locator("goalpost-comments h2").waitFor();
  return opened;
}

describe("capped replies", () => {
  it("a reply to a comment at the cap shows whom it answers, as text", async () => {
    const key = uniqueThread("capped");
    let parent: string | null = null;
    for (let depth = 0; depth <= 8; depth++) {
      parent = (await comment(key, `level ${depth}`, parent, depth === 8 ? "<b>jorge</b>" : `u${depth}`)).id;
    }
    await comment(key, "answering jorge", parent, "amy");
    const { page, errors } = await thread(key);
    const reply = page.locator("goalpost-comments article", {
      has: page.getByText("answering jorge", { exact: true }),
    });
    expect(await reply.locator("[part=reply-to]").first().innerText()).toBe("↪ <b>jorge</b>");
    expect(await page.locator("goalpost-comments [part=reply-to] b").count()).toBe(0);
    // Only the capped reply names someone.
    expect(await page.locator("goalpost-comments [part=reply-to]").count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe("more replies", () => {
  it("lists 50 replies, then loads the rest from moreReplies and attaches them by parent", async () => {
    const key = uniqueThread("more-replies");
    const root = await comment(key, "root");
    const first = await comment(key, "reply 0", root.id);
    for (let i = 1; i < 50; i++) await comment(key, `reply ${i}`, root.id);
    await comment(key, "late answer to reply 0", first.id);
    await comment(key, "reply 50", root.id);
    const { page, apiRequests, errors } = await thread(key);
    const bodies = () => page.locator("goalpost-comments [part=body]").allInnerTexts();
    expect(await bodies()).toHaveLength(51);
    const more = page.getByRole("button", { name: "More replies" });
    await more.click();
    await page.getByText("reply 50", { exact: true }).waitFor();
    expect(await bodies()).toHaveLength(53);
    expect(await more.isVisible()).toBe(false);
    const firstArticle = page.locator("goalpost-comments article", {
      has: page.getByText("reply 0", { exact: true }),
    });
    expect(await firstArticle.last().getByText("late answer to reply 0", { exact: true }).count()).toBe(1);
    expect(apiRequests.some((request) => request.startsWith(`GET /api/v1/comments/${root.id}/replies?cursor=`))).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });

  it("is translated", async () => {
    const key = uniqueThread("more-replies-de");
    const root = await comment(key, "root");
    for (let i = 0; i < 51; i++) await comment(key, `reply ${i}`, root.id);
    const { page } = await thread(key, { locale: "de" });
    await page.getByRole("button", { name: "Weitere Antworten" }).waitFor();
  });
});
