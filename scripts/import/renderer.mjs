// Our comment renderer (src/domain/markdown.ts) for the importer, which runs in Node without
// TypeScript: the same markdown-it settings, so the importer can check what readers will see.
// test/node/html-to-markdown.test.ts checks that both render alike.
import MarkdownIt from "markdown-it";

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.validateLink = (url) => SAFE_URL.test(url.trim());
md.disable(["heading", "lheading"]);
md.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const src = String(token.attrGet("src") ?? "");
  const alt = String(self.renderInlineAsText(token.children ?? [], options, env) || src);
  const html = md.utils.escapeHtml;
  return `<a href="${html(src)}">${html(alt)}</a>`;
};

/** The HTML our renderer makes of `source`, but for the rel of links (text and structure alike). */
export const renderMarkdown = (source) => md.render(source);
