// Issue 14: what readers see of an imported comment is what they saw on the old site, word
// for word, through our own renderer (src/domain/markdown.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../scripts/import/html-to-markdown.mjs";
import { escapeMarkdown } from "../../scripts/import/markdown-escape.mjs";
import { renderMarkdown as importerRender } from "../../scripts/import/renderer.mjs";
import { renderMarkdown } from "../../src/domain/markdown";
import { seen, shown } from "./visible";

/** The rendered HTML of `html` once imported. */
const imported = (html: string) => renderMarkdown(htmlToMarkdown(html));

describe("1. Markdown characters in the text are shown as they were", () => {
  it.each([
    ["\\o/ ¯\\_(ツ)_/¯", "\\o/ ¯\\_(ツ)_/¯"],
    ["'D:\\\\1\\\\lichess'", "'D:\\\\1\\\\lichess'"],
    ["Link.__table__.columns", "Link.__table__.columns"],
    ["# -*- coding: utf-8 -*-", "# -*- coding: utf-8 -*-"],
    ["above\n--------\nbelow", "above\n--------\nbelow"],
    ["`fibs` and _ported_ and *stars*", "`fibs` and _ported_ and *stars*"],
    ['C:\\Python34\\lib\\<a href="http://threading.py">threading.py</a>', "C:\\Python34\\lib\\threading.py"],
    [
      "1986. A good year\n- not a list\n+ nor this\n> nor a quote",
      "1986. A good year\n- not a list\n+ nor this\n> nor a quote",
    ],
    ["a | b\n--- | ---\nc | d", "a | b\n--- | ---\nc | d"],
    // fast-check found it: an address after "_" is still linkified, so its backslash stays single.
    ["_http://x.y/\\", "_http://x.y/\\"],
    // And after "+" (markdown-it's core linkify: linkify-it takes "+" before a scheme).
    ["+http://x.y/\\", "+http://x.y/\\"],
    ["a-http://x.y/\\ b.http://x.y/\\ 9http://x.y/\\", "a-http://x.y/\\ b.http://x.y/\\ 9http://x.y/\\"],
    [
      "~~kept~~ &amp;copy; &lt;http://x.example&gt; [x](y) ![i](j)",
      "~~kept~~ &copy; <http://x.example> [x](y) ![i](j)",
    ],
  ])("%j shows as %j", (html, text) => {
    const rendered = imported(html);
    expect(shown(htmlToMarkdown(html))).toEqual(text.split(/\s+/));
    expect(rendered).not.toMatch(/<(em|strong|code|pre|h\d|hr|ol|ul|blockquote|table|del|s)>/);
    if (html.includes("\n")) expect(rendered.split("<br>").length).toBe(html.split("\n").length);
  });

  it("makes a linked address in text a link to exactly that address, escapes and all", () => {
    expect(imported("see http://example.com/a_b_(c)*d.")).toBe(
      '<p>see <a href="http://example.com/a_b_(c)*d" rel="nofollow ugc noopener">http://example.com/a_b_(c)*d</a>.</p>\n',
    );
  });

  it("shows any text as itself once escaped (property)", () => {
    const alphabet = [..."\\`*_[]<>()#+-=.!|~&;:/ \n1aZ9", "&amp;", "&#42;", "www.x.org", "    "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (parts) => {
        // As the converter hands it over: lines without leading blanks (HTML collapses them).
        const text = parts
          .join("")
          .split("\n")
          .map((line) => line.trimStart())
          .join("\n");
        expect(shown(escapeMarkdown(text))).toEqual(text.split(/\s+/).filter(Boolean));
      }),
      { numRuns: 500 },
    );
  });
});

describe("any comment", () => {
  it("shows the same words once converted: text, addresses and markup mixed at random (property)", () => {
    const text = [..."\\`*_[]()#+-=.!|~;:/ \n1aZ9", "&amp;", "&lt;", "&amp;copy;", "http://x.y/", "www.x.org", "  "];
    const markup = [
      ...["<b>", "</b>", "<i>", "</i>", "<code>", "</code>", "</a>", "<br>", "<p>", "</p>", "<li>", "<ul>", "</ul>"],
      ...["<ol start=3>", "</ol>", "<blockquote>", "</blockquote>", "<pre>", "</pre>", "<h2>", "</h2>", "<hr>"],
      ...["<dl><dt>", "</dt><dd>", "</dd></dl>", "<span>", "</span>", "<del>", "</del>"],
      ...['<a href="https://q.example/(x)">', "<img src='https://i.example/a.png' alt='pic'>"],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...text, ...markup), { maxLength: 30 }), (parts) => {
        const html = parts.join("");
        expect(shown(htmlToMarkdown(html))).toEqual(seen(html));
      }),
      { numRuns: 400 },
    );
  });
});

describe("2. block boundaries separate words", () => {
  it("keeps <dl>, <dt>, <dd> and <address> apart: no glued words", () => {
    const html =
      "<dl><dt>Definition List Title</dt><dd>Definition list division.</dd><dt>Startup</dt><dd>A company.</dd></dl><address>1 Infinite Loop<br>Cupertino, CA</address>After";
    expect(shown(htmlToMarkdown(html))).toEqual(seen(html));
    expect(shown(htmlToMarkdown(html)).join(" ")).toBe(
      "Definition List Title Definition list division. Startup A company. 1 Infinite Loop Cupertino, CA After",
    );
  });

  it("keeps paragraphs, line breaks, quotes and table cells apart", () => {
    const html =
      "<p>one</p><p>two<br>three</p><blockquote>four</blockquote><table><tr><td>five</td><td>six</td></tr></table><div>seven</div>eight";
    expect(shown(htmlToMarkdown(html))).toEqual(["one", "two", "three", "four", "five", "six", "seven", "eight"]);
  });
});

describe("5. links, code, lists and rules keep their form", () => {
  it("keeps a link whose address holds parentheses, whole", () => {
    const html =
      '<a href="https://en.wikipedia.org/wiki/Set_(mathematics)">sets</a> and (<a href="https://x.example/a)b">odd</a>)';
    expect(imported(html)).toBe(
      '<p><a href="https://en.wikipedia.org/wiki/Set_(mathematics)" rel="nofollow ugc noopener">sets</a> and (<a href="https://x.example/a)b" rel="nofollow ugc noopener">odd</a>)</p>\n',
    );
  });

  it("keeps multi-line <code> outside <pre> as a code block, line by line", () => {
    const html = "Try <code>main :: IO ()\nmain = do\n  print 1</code> now";
    expect(imported(html)).toContain("<pre><code>main :: IO ()\nmain = do\n  print 1\n</code></pre>");
    expect(shown(htmlToMarkdown(html))).toEqual(seen(html));
  });

  it("keeps an ordered list's start", () => {
    expect(imported('<ol start="8"><li>eighth</li><li>ninth</li></ol>')).toBe(
      '<ol start="8">\n<li>eighth</li>\n<li>ninth</li>\n</ol>\n',
    );
  });

  it("keeps <hr> as a rule", () => {
    expect(imported("above<hr>below")).toBe("<p>above</p>\n<hr>\n<p>below</p>\n");
  });

  it("keeps a WordPress list written over several lines numbered from its start", () => {
    expect(imported('<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>\nafter')).toBe(
      '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>\n<p>after</p>\n',
    );
  });
});

describe("the importer's copy of our renderer", () => {
  it("renders as src/domain/markdown.ts does (but for the rel of links)", () => {
    const samples = [
      "**b** *i* `c` ~~s~~ [l](https://x.example/(y)) ![a](https://x.example/i.png) <b>raw</b>",
      "# not a heading\nline\n\n- a\n- b\n\n8. h\n\n---\n\n> q\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| c | d |",
      "www.example.org and http://x.example/a_b mailto:a@b.example &copy; \\*",
    ];
    for (const sample of samples)
      expect(importerRender(sample)).toBe(renderMarkdown(sample).replaceAll(' rel="nofollow ugc noopener"', ""));
  });
});
