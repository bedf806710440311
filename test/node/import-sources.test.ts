// Issue 14, cases 3, 4 and 6: what is not a comment stays out, every comment is keyed by its
// site, and posts linked as `?p=N` keep threads of their own.
import { describe, expect, it } from "vitest";
import { importClient } from "../../scripts/import/client.mjs";
import { runImport } from "../../scripts/import.mjs";
import { fixture, readAll } from "./read";

/** A dry run as `npm run import -- ARGS --dry-run` makes it: its report and printed lines. */
async function dryRun(...args: string[]) {
  const lines: string[] = [];
  const report = await runImport([...args, "--dry-run"], { log: (line: string) => lines.push(line) });
  return { report, text: lines.join("\n") };
}

describe("3. WordPress notes, pingbacks and trackbacks", () => {
  it("skips WordPress 6.9 editor notes, and says so in the dry run", async () => {
    const file = fixture("real/wordpress-note-comments.xml");
    const { records, skipped } = await readAll("wordpress", file);
    expect(records.map((r) => [r.id, r.body, r.status])).toEqual([
      ["4", "Comment on post Page with notes and comments", "approved"],
    ]);
    expect(skipped).toEqual([
      { type: "comment", id: "2", reason: "a WordPress editor note (private), not a comment" },
      { type: "comment", id: "3", reason: "a WordPress editor note (private), not a comment" },
    ]);
    const { report, text } = await dryRun("--from", "wordpress", file);
    expect(report.byStatus.pending).toBe(0);
    expect(text).toContain("2 note records skipped: a WordPress editor note (private), not a comment");
  });

  it("skips pingbacks and trackbacks unless --pingbacks asks for them", async () => {
    const file = fixture("real/wordpress-theme-unit-test-data.xml");
    const without = await dryRun("--from", "wordpress", file);
    expect(without.report.comments).toBe(29);
    expect(without.text).toContain("2 pingback records skipped");
    expect(without.text).toContain("2 trackback records skipped");
    const withPings = await dryRun("--from", "wordpress", file, "--pingbacks");
    expect(withPings.report.comments).toBe(33);
    expect(withPings.report.skipped).toEqual([]);
  });
});

describe("4. the site is part of every import key", () => {
  it.each([
    ["wordpress", "real/wordpress-theme-unit-test-data.xml", "https://wpthemetestdata.wordpress.com"],
    ["wordpress", "real/wordpress-note-comments.xml", "https://playground.wordpress.net/scope:creative-busy-garden"],
    ["disqus", "real/isso-disqus.xml", "disqusdev"],
    ["remark42", "real/remark42-backup.jsonl", "radio-t"],
  ])("reads the site of a %s export (%s): %s", async (from, file, site) => {
    const { report, text } = await dryRun("--from", from, fixture(file));
    expect(report.site).toBe(site);
    expect(text).toContain(`site ${site}`);
    expect((await dryRun("--from", from, fixture(file), "--site", "blog-b")).report.site).toBe("blog-b");
  });

  it("warns when the export names no site (Isso), until --site names it", async () => {
    const { report } = await dryRun("--from", "isso", fixture("isso.json"));
    expect(report.warnings).toContainEqual(expect.stringContaining("pass --site NAME"));
    const named = await dryRun("--from", "isso", fixture("isso.json"), "--site", "blog.example.org");
    expect(named.report.warnings).toEqual([]);
  });

  it("sends the site with every batch", async () => {
    const bodies: any[] = [];
    const send = importClient({
      url: "http://goalpost.test",
      token: "t",
      source: "wordpress",
      site: "https://one.example",
      fetchImpl: async (_url: unknown, init: any) => {
        bodies.push(JSON.parse(init.body));
        return new Response(JSON.stringify({ created: {}, existing: {}, skipped: [] }));
      },
    });
    await send([{ type: "comment", id: "1" }], 1);
    expect(bodies).toEqual([
      { source: "wordpress", site: "https://one.example", records: [{ type: "comment", id: "1" }] },
    ]);
  });
});

describe("6. posts linked as ?p=N", () => {
  it("keys each post's thread by its slug, and warns when several posts still map to one thread", async () => {
    const file = fixture("wordpress-plain-permalinks.xml");
    const { records } = await readAll("wordpress", file);
    expect(records.map((r) => [r.id, r.thread])).toEqual([
      ["1", "/escapes"],
      ["4", "/blocks"],
      ["5", "/"],
      ["6", "/"],
    ]);
    const { report, text } = await dryRun("--from", "wordpress", file);
    expect(report.threads).toBe(3);
    expect(report.warnings).toContainEqual(
      "2 posts map to thread / (10, 11): their comments would be merged into one thread; choose another --thread-rule or a map:FILE",
    );
    expect(text).toContain("2 posts map to thread /");
  });

  it("keeps pretty permalinks as they are", async () => {
    const { records } = await readAll("wordpress", fixture("real/wordpress-theme-unit-test-data.xml"));
    expect(new Set(records.map((r) => r.thread))).toEqual(
      new Set([
        "/wp-6-1-theme-block-category",
        "/about/page-with-comments",
        "/blog",
        "/2012/01/03/template-comments",
        "/2012/01/01/template-pingbacks-an-trackbacks",
        "/2012/01/04/template-password-protected",
        "/2009/08/06/edge-case-no-content",
      ]),
    );
  });
});
