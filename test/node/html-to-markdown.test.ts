import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../scripts/import/html-to-markdown.mjs";
import { renderMarkdown } from "../../src/domain/markdown";

describe("htmlToMarkdown", () => {
  it.each([
    ["<p>Hello <b>world</b>!</p><p>Second<br>line &amp; more</p>", "Hello **world**!\n\nSecond\nline & more"],
    ["WordPress text\nwith a newline\n\nand a paragraph", "WordPress text\nwith a newline\n\nand a paragraph"],
    ['<a href="https://example.org/a b">the [report]</a>', "[the \\[report\\]](https://example.org/a%20b)"],
    ['<a href="https://example.org">https://example.org</a>', "[https://example.org](https://example.org)"],
    ["<i>one</i> <em> two </em> <strong></strong>", "*one* *two*"],
    ["<blockquote>quoted <em>text</em><br>second</blockquote>reply", "> quoted *text*\n> second\n\nreply"],
    ["<pre><code>if (a &lt; b) {\n  return `x`;\n}</code></pre>", "```\nif (a < b) {\n  return `x`;\n}\n```"],
    ["use <code>a`b</code> here", "use ``a`b`` here"],
    [
      "<ul><li>one</li><li>two</li></ul><ol><li>a</li><li>b</li></ol>after",
      "-   one\n-   two\n\n1.  a\n2.  b\n\nafter",
    ],
    ['<img src="https://example.org/x.png" alt="a pic">', "![a pic](https://example.org/x.png)"],
    ["<p>unclosed <b>bold", "unclosed **bold**"],
    ["a < b and c > d", "a \\< b and c > d"],
    ["HTML text *with stars* shows them", "HTML text \\*with stars\\* shows them"],
    ["<h2>Title</h2>text", "**Title**\n\ntext"],
    ["<span style='x'>plain</span> <font color=red>text</font>", "plain text"],
  ])("converts %j", (html, markdown) => {
    expect(htmlToMarkdown(html)).toBe(markdown);
  });

  it("drops scripts, styles, event handlers and unsafe links but keeps their visible text", () => {
    const markdown = htmlToMarkdown(
      '<script>alert(1)</script><style>p{}</style><p onclick="alert(1)">hi</p><a href="javascript:alert(1)">click</a> <img src="x" onerror="alert(1)" alt="alt">',
    );
    expect(markdown).toBe("hi\n\nclick alt");
  });

  it("never lets HTML through the renderer: entity-encoded tags become escaped text", () => {
    const html = renderMarkdown(htmlToMarkdown("&lt;script&gt;alert(1)&lt;/script&gt; <b>ok</b>"));
    expect(html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; <strong>ok</strong></p>\n");
  });

  it("renders converted links with our rel and keeps only safe schemes", () => {
    const html = renderMarkdown(htmlToMarkdown('<a href="https://example.org">x</a> <a href="data:text/html,x">y</a>'));
    expect(html).toBe('<p><a href="https://example.org" rel="nofollow ugc noopener">x</a> y</p>\n');
  });
});
