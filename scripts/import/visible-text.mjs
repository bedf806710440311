// What a reader sees of some HTML, as text: the text of its elements, a line break for each
// <br> and block boundary (so "Title</dt><dd>Definition" stays two words), an image as
// what our renderer shows of it (its alt text, else its address), scripts and styles not at
// all. Used to check that imported Markdown shows what the old site showed, word for word.
import domino from "@mixmark-io/domino";

export const BLOCKS = new Set(
  `address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form
   h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul`
    .split(/\s+/)
    .map((name) => name.toUpperCase()),
);
const HIDDEN = new Set(["SCRIPT", "STYLE", "TEMPLATE", "HEAD", "TITLE", "NOSCRIPT"]);

/** A detached element holding `html`, parsed as a browser would. */
export function parseFragment(html) {
  const document = domino.createDocument(`<x-import id="import-root">${html}</x-import>`);
  return document.getElementById("import-root");
}

/** The visible text of `html` (a string or a parsed node). */
export function visibleText(html) {
  const root = typeof html === "string" ? parseFragment(html) : html;
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === 3) return void parts.push(node.nodeValue);
    if (node.nodeType !== 1 || HIDDEN.has(node.nodeName)) return;
    if (node.nodeName === "BR") return void parts.push("\n");
    if (node.nodeName === "IMG") {
      const shown = node.getAttribute("alt") || node.getAttribute("src") || "";
      return void parts.push(shown);
    }
    const block = BLOCKS.has(node.nodeName);
    if (block) parts.push("\n");
    for (const child of node.childNodes) walk(child);
    if (block) parts.push("\n");
  };
  walk(root);
  return parts.join("");
}

/** The words of `text`: what "word for word" compares. */
export const words = (text) => text.split(/\s+/).filter(Boolean);
