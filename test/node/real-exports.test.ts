// Real export files from public repositories (test/fixtures/import/real, see SOURCES.md): every
// comment kept, and what readers see of each, through our renderer, is the source's text word
// for word.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, readAll } from "./read";
import { seen, shown, sourceHtml } from "./visible";

const real = (name: string) => fixture(`real/${name}`);

describe("real exports, read exactly", () => {
  it.each([
    ["wordpress", "wordpress", "wordpress-theme-unit-test-data.xml", 29],
    ["wordpress", "wordpress", "wordpress-note-comments.xml", 1],
    ["wordpress", "wordpress", "isso-wordpress.xml", 8],
    ["disqus", "disqus", "isso-disqus.xml", 4],
    ["wordpress", "wordpress", "../wordpress-plain-permalinks.xml", 4],
    ["disqus", "disqus", "../disqus-literal.xml", 1],
    ["isso", "isso-json", "../isso.json", 4],
  ] as const)(
    "%s %s: shows readers the source's words in each of its %s comments",
    async (from, format, file, count) => {
      const { records } = await readAll(from, real(file));
      const html = await sourceHtml(format, real(file));
      const shownComments = records.filter((record) => record.status !== "deleted" || record.body);
      expect(shownComments.length).toBe(count);
      for (const record of shownComments) {
        expect(html.has(record.id)).toBe(true);
        expect({ id: record.id, words: shown(record.body) }).toEqual({
          id: record.id,
          words: seen(html.get(record.id)!),
        });
      }
    },
  );

  it("keeps every comment, author, date, state and parent of the Theme Unit Test data", async () => {
    const { records, skipped, byId } = await readAll("wordpress", real("wordpress-theme-unit-test-data.xml"));
    const xml = readFileSync(real("wordpress-theme-unit-test-data.xml"), "utf8");
    expect(records.length + skipped.length).toBe(xml.match(/<wp:comment>/g)?.length);
    expect(skipped.map((s) => s.reason)).toEqual([
      expect.stringContaining("trackback"),
      expect.stringContaining("trackback"),
      expect.stringContaining("pingback"),
      expect.stringContaining("pingback"),
    ]);
    expect(byId.get("915")).toMatchObject({ parentId: "914", thread: "/2012/01/03/template-comments" });
    expect(byId.get("899")).toMatchObject({ author: { name: "Anonymous User", email: "fake@example.com" } });
    expect(records.filter((r) => r.status === "pending").map((r) => r.id)).toHaveLength(3);
    expect(new Set(records.map((r) => r.createdAt)).size).toBeGreaterThan(20);
  });

  it("reads a Remark42 backup with its site, comments and orphan", async () => {
    const { records } = await readAll("remark42", real("remark42-backup.jsonl"));
    expect(records.map((r) => [r.id, r.thread, r.body])).toEqual([
      ["efbc17f177ee1a1c0ee6e1e025749966ec071adc", "/", "some text, [link](http://radio-t.com)"],
      ["f863bd79-fec6-4a75-b308-61fe5dd02aa1", "/2", "some text2"],
    ]);
  });

  it("stops at the malformed post of Remark42's Disqus test export, naming its line, and reads the rest exactly", async () => {
    const file = real("remark42-disqus-deleted-post.xml");
    await expect(readAll("disqus", file)).rejects.toThrow(/malformed XML at line 147/);
    // The same export without its last (malformed) post.
    const text = readFileSync(file, "utf8");
    const cut = join(mkdtempSync(join(tmpdir(), "goalpost-real-")), "cut.xml");
    writeFileSync(cut, `${text.slice(0, text.indexOf('<post dsq:id="x299986073">'))}</disqus>\n`);
    const { records, skipped } = await readAll("disqus", cut);
    expect(records.map((r) => [r.id, r.thread, r.status])).toEqual([
      ["299619020", "/p/2011/03/05/podcast-229", "deleted"],
      ["299744309", "/p/2011/03/05/podcast-229", "approved"],
      ["299986072", "/2011/03/229_8880.html", "approved"],
      ["299986073", "/p/2011/03/05/podcast-229", "spam"],
    ]);
    expect(skipped).toEqual([expect.objectContaining({ reason: "the post has no dsq:id" })]);
    expect(records[2].body).toContain("99.95% uptime SLA.\nБудут Премьер аккаунты за 500 баксов/месяц");
    expect(records[1].body).toContain(
      "[http://blogs.msdn.com/b/b8/...](http://blogs.msdn.com/b/b8/archive/2011/08/29/improvements-in-windows-explorer.aspx)",
    );
  });
});
