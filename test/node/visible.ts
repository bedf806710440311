import { createReadStream } from "node:fs";
import { issoHtml } from "../../scripts/import/isso.mjs";
import { visibleText, words } from "../../scripts/import/visible-text.mjs";
import { children, textOf, xmlElements } from "../../scripts/import/xml-elements.mjs";
import { renderMarkdown } from "../../src/domain/markdown";

/** The words readers see of imported Markdown, rendered by our own renderer. */
export const shown = (markdown: string): string[] => words(visibleText(renderMarkdown(markdown)));

/** The words readers saw of the old site's HTML. */
export const seen = (html: string): string[] => words(visibleText(html));

/** Each comment's HTML as the export holds it, by the id the importer uses, read apart from the importer. */
export async function sourceHtml(from: "wordpress" | "disqus" | "isso-json", file: string) {
  const html = new Map<string, string>();
  if (from === "wordpress") {
    for await (const item of xmlElements(createReadStream(file), new Set(["item"])) as AsyncIterable<any>)
      for (const comment of children(item, "wp:comment"))
        html.set(textOf(comment, "wp:comment_id"), textOf(comment, "wp:comment_content"));
  } else if (from === "disqus") {
    for await (const post of xmlElements(createReadStream(file), new Set(["post"])) as AsyncIterable<any>)
      html.set(post.attrs["dsq:id"], textOf(post, "message"));
  } else {
    const { readFileSync } = await import("node:fs");
    for (const row of JSON.parse(readFileSync(file, "utf8")).comments) html.set(String(row.id), issoHtml(row.text));
  }
  return html;
}
