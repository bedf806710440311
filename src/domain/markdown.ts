import MarkdownIt from "markdown-it";

/** Every link the renderer emits carries this, images-turned-links included. */
export const LINK_REL = "nofollow ugc noopener";

// Only absolute http(s) and mailto URLs become links. markdown-it decodes entities and
// percent-encodes whitespace/control characters before this check, so `jav&#x61;script:`
// and `java\tscript:` arrive here as `javascript:` / `java%09script:` and are refused.
const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

md.validateLink = (url) => SAFE_URL.test(url.trim());

// Headings are disabled: `# Title` in a comment renders as the plain paragraph "# Title",
// so a comment cannot shout over the article it sits under.
md.disable(["heading", "lheading"]);

md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index]!;
  token.attrSet("rel", LINK_REL);
  token.attrs = (token.attrs ?? []).filter(([name]) => name === "href" || name === "title" || name === "rel");
  return self.renderToken(tokens, index, options);
};

// Images are shown as links to the image: no third-party request while reading.
md.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  const src = String(token.attrGet("src") ?? "");
  const alt = String(self.renderInlineAsText(token.children ?? [], options, env) || src);
  const esc = md.utils.escapeHtml;
  return `<a href="${esc(src)}" rel="${LINK_REL}">${esc(alt)}</a>`;
};

/** Renders a comment's Markdown source to safe HTML (raw HTML escaped, unsafe links left as text). */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
