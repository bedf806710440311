// Helpers of the inline-feedback tests: selecting text as a reader would, reading what the
// page highlights, and posting anchored comments through the API.
import type { Page } from "playwright-core";
import { api } from "./helpers";

type Box = { left: number; right: number; top: number; bottom: number };

/** In the page: the first occurrence of `wanted` in the article, selected or measured. */
const inArticle = (page: Page, text: string, select: boolean) =>
  page.evaluate(
    ([wanted, selecting]): Box | null => {
      const walker = document.createTreeWalker(document.querySelector("article")!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + wanted.length);
        if (!selecting) {
          const { left, right, top, bottom } = range.getBoundingClientRect();
          return { left, right, top, bottom };
        }
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return null;
      }
      throw new Error(`not in the article: ${wanted}`);
    },
    [text, select] as const,
  );

/** Selects the first occurrence of `text` inside the article (what a drag or Shift+arrows leaves). */
export async function select(page: Page, text: string) {
  await inArticle(page, text, true);
}

/** The viewport box of the first occurrence of `text` in the article. */
export const boxOf = async (page: Page, text: string) => (await inArticle(page, text, false))!;

/** The texts the CSS Custom Highlight API paints as "goalpost" (the native path). */
export const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get("goalpost");
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });

/** Posts a comment through the API, with an anchor unless it is a reply. */
export async function anchored(
  thread: string,
  body: string,
  anchor: { exact: string; prefix?: string; suffix?: string } | null,
  parentId: string | null = null,
) {
  const res = await fetch(`${api}/api/v1/comments`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ thread, body, parentId, anchor, author: { name: "Reader" } }),
  });
  if (!res.ok) throw new Error(`POST /comments: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { comment: { id: string } }).comment.id;
}
