// Comment HTML from WordPress, Disqus, Remark42 or Isso → our Markdown, showing readers the
// same words the old site showed. Turndown (with its DOM, domino) does the conversion; our
// rules cover what comments need and our renderer does differently: every Markdown character
// in the text escaped, headings as bold lines (our renderer shows no headings), block
// boundaries kept (<dl>, <address>…), code spanning lines as a code block, lists keeping
// their start, links keeping any address. Each result is checked: rendered by our renderer,
// it must show the source's words; if not (an emphasis Markdown cannot express where it
// stands), the comment is converted again without emphasis, then as escaped plain text.
// The result is only ever rendered by our Markdown renderer, which escapes raw HTML, so this
// converter is about fidelity, not safety.

import TurndownService from "turndown";
import { escapeMarkdown, escapeWithLinks, fenceFor, linkDestination, URL_IN_TEXT } from "./markdown-escape.mjs";
import { renderMarkdown } from "./renderer.mjs";
import { BLOCKS, parseFragment, visibleText, words } from "./visible-text.mjs";

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;
/** Elements whose Markdown is their content: unwrapped so their text joins its neighbours'. */
const KEPT = new Set(
  "A B STRONG I EM S STRIKE DEL CODE PRE KBD SAMP TT BR IMG HR LI OL UL BLOCKQUOTE SCRIPT STYLE".split(" "),
);

/** The text of `node` with each <br> as a newline. */
function textWithBreaks(node) {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === "BR") return "\n";
  return [...node.childNodes].map(textWithBreaks).join("");
}

const insideAny = (node, names) => {
  for (let n = node.parentNode; n; n = n.parentNode) if (names.has(n.nodeName)) return true;
  return false;
};

/** Where text keeps its own line breaks (so newlines are left as they are). */
const PREFORMATTED = new Set(["PRE", "SCRIPT", "STYLE", "TEXTAREA"]);
const NO_LINKS = new Set(["A", "CODE", "KBD", "SAMP", "TT", ...PREFORMATTED]);

const isBlockElement = (node) => node?.nodeType === 1 && (BLOCKS.has(node.nodeName) || node.nodeName === "BR");
/** True for a block (or <br>) sibling, or for no sibling inside a block parent. */
const isBlockOrEdge = (sibling, parent) => (sibling ? isBlockElement(sibling) : isBlockElement(parent));

/**
 * Prepares the parsed comment: newlines in text become <br> (WordPress and Isso comments are
 * text whose line breaks show), addresses in text become links, and elements with no
 * Markdown of their own (span, font, abbr…) are unwrapped, so text that starts a line is one
 * text node and its line-start escapes apply.
 */
function prepare(root) {
  const document = root.ownerDocument;
  const texts = [];
  const collect = (node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3) texts.push(child);
      else if (child.nodeType === 1) collect(child);
    }
  };
  collect(root);
  for (const text of texts) {
    if (insideAny(text, PREFORMATTED)) continue;
    const linkable = !insideAny(text, NO_LINKS);
    // Like WordPress's wpautop, a line break next to a block (between list items, after a
    // paragraph) is layout, not a <br>.
    let value = text.nodeValue;
    if (isBlockOrEdge(text.previousSibling, text.parentNode)) value = value.replace(/^\s+/, " ");
    if (isBlockOrEdge(text.nextSibling, text.parentNode)) value = value.replace(/\s+$/, " ");
    text.nodeValue = value;
    const pieces = value.split(/(\r\n?|\n)/);
    if (pieces.length === 1 && !(linkable && URL_IN_TEXT.test(text.nodeValue))) continue;
    URL_IN_TEXT.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    for (const piece of pieces) {
      if (/^(\r\n?|\n)$/.test(piece)) fragment.appendChild(document.createElement("br"));
      else if (linkable) {
        let last = 0;
        for (const match of piece.matchAll(URL_IN_TEXT)) {
          fragment.appendChild(document.createTextNode(piece.slice(last, match.index)));
          const link = document.createElement("a");
          link.setAttribute("href", match[0]);
          link.appendChild(document.createTextNode(match[0]));
          fragment.appendChild(link);
          last = match.index + match[0].length;
        }
        fragment.appendChild(document.createTextNode(piece.slice(last)));
      } else fragment.appendChild(document.createTextNode(piece));
    }
    text.parentNode.replaceChild(fragment, text);
  }
  const unwrap = (node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 8) node.removeChild(child);
      if (child.nodeType !== 1) continue;
      unwrap(child);
      if (KEPT.has(child.nodeName) || BLOCKS.has(child.nodeName) || /^H[1-6]$/.test(child.nodeName)) continue;
      while (child.firstChild) node.insertBefore(child.firstChild, child);
      node.removeChild(child);
    }
  };
  unwrap(root);
  root.normalize();
  // A `!` just before a link would make an image of it: it gets an element of its own, escaped.
  for (const link of [...root.querySelectorAll("a, img")]) {
    const before = link.previousSibling;
    if (before?.nodeType !== 3 || !before.nodeValue.endsWith("!")) continue;
    before.nodeValue = before.nodeValue.slice(0, -1);
    const bang = document.createElement("x-bang");
    bang.appendChild(document.createTextNode("!"));
    link.parentNode.insertBefore(bang, link);
  }
  return root;
}

/** Our turndown: `emphasis` false turns bold, italics and strikethrough into plain text. */
function converter({ emphasis }) {
  const service = new TurndownService({
    headingStyle: "atx",
    hr: "---",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "*",
    strongDelimiter: "**",
    // Blanks inside <code> are kept (indentation of code spanning lines).
    preformattedCode: true,
  });
  service.escape = escapeMarkdown;
  service.remove(["script", "style", "template", "head", "title", "noscript"]);
  service.addRule("bang", { filter: (node) => node.nodeName === "X-BANG", replacement: () => "\\!" });
  service.addRule("heading", {
    filter: ["h1", "h2", "h3", "h4", "h5", "h6"],
    replacement: (content) => {
      const line = content.replace(/\s*\n\s*/g, " ").trim();
      return line ? `\n\n${emphasis ? `**${line}**` : line}\n\n` : "";
    },
  });
  service.addRule("plain", {
    filter: emphasis ? [] : ["b", "strong", "i", "em", "s", "strike", "del"],
    replacement: (content) => content,
  });
  service.addRule("strikethrough", {
    filter: emphasis ? ["s", "strike", "del"] : [],
    replacement: (content) => (content.trim() ? `~~${content}~~` : content),
  });
  service.addRule("pre", {
    filter: "pre",
    replacement: (_content, node) => {
      const code = textWithBreaks(node).replace(/^\n+|\s+$/g, "");
      if (!code) return "";
      const fence = fenceFor(code, 3);
      return `\n\n${fence}\n${code}\n${fence}\n\n`;
    },
  });
  service.addRule("code", {
    filter: (node) => ["CODE", "KBD", "SAMP", "TT"].includes(node.nodeName) && !insideAny(node, new Set(["PRE"])),
    replacement: (_content, node) => {
      const code = textWithBreaks(node);
      if (!code.trim()) return code ? " " : "";
      if (code.trim().includes("\n")) {
        const block = code.replace(/^\s*\n|\s+$/g, "");
        const fence = fenceFor(block, 3);
        return `\n\n${fence}\n${block}\n${fence}\n\n`;
      }
      const line = code.replace(/\n/g, " ");
      const fence = fenceFor(line, 1);
      const pad = /^`|`$|^ .*[^ ].* $/.test(line) ? " " : "";
      return `${fence}${pad}${line}${pad}${fence}`;
    },
  });
  service.addRule("link", {
    filter: "a",
    replacement: (content, node) => {
      const href = (node.getAttribute("href") ?? "").trim();
      const text = content.replace(/\s*\n\s*/g, " ");
      if (!SAFE_URL.test(href) || !text.trim()) return content;
      const lead = /^\s*/.exec(text)[0];
      const trail = /\s*$/.exec(text)[0];
      return `${lead}[${text.trim()}](${linkDestination(href)})${trail}`;
    },
  });
  service.addRule("image", {
    filter: "img",
    replacement: (_content, node) => {
      const src = (node.getAttribute("src") ?? "").trim();
      const alt = escapeMarkdown((node.getAttribute("alt") ?? "").replace(/\s+/g, " ").trim());
      if (!SAFE_URL.test(src)) return alt;
      return `![${alt}](${linkDestination(src)})`;
    },
  });
  return service;
}

const FULL = converter({ emphasis: true });
const PLAIN = converter({ emphasis: false });

/** Blank lines collapsed to one, trailing blanks of lines dropped, ends trimmed. */
const tidy = (markdown) =>
  markdown
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

/** The visible text as escaped Markdown paragraphs: the last resort, always faithful. */
const plainText = (root) =>
  visibleText(root)
    .split(/\n[ \t\u00a0]*\n\s*/)
    .map((paragraph) =>
      escapeWithLinks(
        paragraph
          .split("\n")
          .map((line) => line.replace(/\s+/g, " ").trim())
          .filter(Boolean)
          .join("\n"),
      ),
    )
    .filter(Boolean)
    .join("\n\n");

const same = (a, b) => a.length === b.length && a.every((word, i) => word === b[i]);

/** Converts comment HTML to Markdown whose rendering shows the same words. */
export function htmlToMarkdown(html) {
  const source = String(html ?? "");
  if (!source.trim()) return "";
  const root = prepare(parseFragment(source));
  const expected = words(visibleText(root));
  for (const service of [FULL, PLAIN]) {
    const markdown = tidy(service.turndown(root));
    if (same(words(visibleText(renderMarkdown(markdown))), expected)) return markdown;
  }
  return plainText(root);
}
