import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { LINK_REL, renderMarkdown } from "../../src/domain/markdown";
import { ensureEntities } from "../../src/lean/entity-assets";

const ALLOWED_TAGS = new Set([
  "p",
  "a",
  "strong",
  "em",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "br",
  "hr",
  "s",
]);
const ALLOWED_ATTRS = new Set(["href", "title", "rel", "start"]);

/** Fails unless every tag of `html` is harmless: allowed names, quoted allowed attributes, safe hrefs, rel on links. */
function expectInert(html: string) {
  for (const [tag, closing, name, attrs] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(ALLOWED_TAGS, tag).toContain(name!.toLowerCase());
    const rest = attrs!.replace(/\s+([a-z]+)="([^"<>]*)"/g, (_, attr: string, value: string) => {
      expect(ALLOWED_ATTRS, tag).toContain(attr);
      if (attr === "href") expect(value, tag).toMatch(/^(https?:\/\/|mailto:)/i);
      return "";
    });
    expect(rest.replace(/\s*\/$/, "").trim(), `stray attribute text in ${tag}`).toBe("");
    if (name === "a" && !closing) expect(attrs).toContain(`rel="${LINK_REL}"`);
  }
  expect(html).not.toMatch(/<(script|img|iframe|svg|style|math|object|embed)/i);
  expect(html).not.toMatch(/href="\s*(javascript|vbscript|data|file):/i);
}

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<style>body{display:none}</style>",
  "<<script>script>alert(1)<</script>/script>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](  JAVASCRIPT:alert(1) )",
  "[x](jav&#x61;script:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1))",
  "[x](javas&#99;ript:alert(1))",
  "[x](javascript&colon;alert(1))",
  "[x](javascript&#58;alert(1))",
  "[x](java\tscript:alert(1))",
  "[x](java\u0000script:alert(1))",
  "[x](<javascript:alert(1)>)",
  "[x](javascript://%0Aalert(1))",
  "[x](%6A%61%76%61script:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](VBScript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](data:text/html,<script>alert(1)</script>)",
  "[x](file:///etc/passwd)",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "![<img src=x onerror=alert(1)>](https://img.example/a.png)",
  "[<img src=x onerror=alert(1)>](https://ok.example)",
  "<javascript:alert(1)>",
  "<vbscript:msgbox(1)>",
  "<data:text/html,alert(1)>",
  "[x][r]\n\n[r]: javascript:alert(1)",
  "[x][r]\n\n[r]: https://ok.example 'a\" onmouseover=\"alert(1)'",
  '[x](https://ok.example "a\\" onclick=\\"alert(1)")',
  "[x](https://ok.example 'x\" onmouseover=\"alert(1)')",
  'www.example.com"onmouseover="alert(1)',
  'https://example.com/"><script>alert(1)</script>',
  "mailto:a@example.com?subject=%22%3E%3Cscript%3E",
  "`<script>alert(1)</script>`",
  "```\n<script>alert(1)</script>\n```",
];

describe("renderMarkdown", () => {
  // As the worker does before rendering (src/lean/entity-assets.ts): `&colon;` is read from the entity table.
  beforeAll(() => ensureEntities(env, ...PAYLOADS));

  describe("hostile input", () => {
    it("has at least 30 payloads", () => expect(PAYLOADS.length).toBeGreaterThanOrEqual(30));

    it.each(PAYLOADS)("renders %j inert", (payload) => {
      expectInert(renderMarkdown(payload));
    });

    it("escapes raw HTML rather than dropping it", () => {
      expect(renderMarkdown("<b>hi</b>")).toBe("<p>&lt;b&gt;hi&lt;/b&gt;</p>\n");
    });

    it("leaves links with unsafe schemes as plain text", () => {
      expect(renderMarkdown("[x](javascript:alert(1))")).toBe("<p>[x](javascript:alert(1))</p>\n");
    });
  });

  describe("links", () => {
    it("gives every link rel=nofollow ugc noopener", () => {
      expect(renderMarkdown("[site](https://example.org/a?b=1)")).toBe(
        `<p><a href="https://example.org/a?b=1" rel="${LINK_REL}">site</a></p>\n`,
      );
    });

    it("linkifies bare URLs and email addresses", () => {
      const html = renderMarkdown("see https://www.example.org or write to jo@example.org");
      expect(html).toContain(`<a href="https://www.example.org" rel="${LINK_REL}">https://www.example.org</a>`);
      expect(html).toContain(`<a href="mailto:jo@example.org" rel="${LINK_REL}">jo@example.org</a>`);
      expectInert(html);
    });

    it("keeps mailto links", () => {
      expect(renderMarkdown("[mail](mailto:jo@example.org)")).toContain('href="mailto:jo@example.org"');
    });

    it("does not link relative URLs", () => {
      expect(renderMarkdown("[x](/admin)")).toBe("<p>[x](/admin)</p>\n");
    });
  });

  describe("images and headings", () => {
    it("renders images as links to the image", () => {
      expect(renderMarkdown("![a cat](https://img.example/cat.png)")).toBe(
        `<p><a href="https://img.example/cat.png" rel="${LINK_REL}">a cat</a></p>\n`,
      );
    });

    it("renders an image without alt text as a link showing its URL", () => {
      expect(renderMarkdown("![](https://img.example/cat.png)")).toContain(">https://img.example/cat.png</a>");
    });

    it("renders headings as plain paragraphs", () => {
      expect(renderMarkdown("# Big\n\nSub\n===")).toBe("<p># Big</p>\n<p>Sub<br>\n===</p>\n");
    });
  });

  it("renders emphasis, code and line breaks", () => {
    expect(renderMarkdown("Good job **SAA**!")).toBe("<p>Good job <strong>SAA</strong>!</p>\n");
    expect(renderMarkdown("a\nb")).toBe("<p>a<br>\nb</p>\n");
  });
});
