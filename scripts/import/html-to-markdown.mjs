// Comment HTML from WordPress, Disqus, Remark42 or Isso → our Markdown. Links, emphasis,
// code, quotes, lists and line breaks survive; every other tag is dropped (its text kept),
// script and style with their content. The result is only ever rendered by our Markdown
// renderer, which escapes raw HTML, so this converter is about fidelity, not safety.
import { decodeHTML } from "entities";

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;
const WRAPPED = new Set([
  "a",
  "b",
  "strong",
  "i",
  "em",
  "s",
  "strike",
  "del",
  "code",
  "pre",
  "blockquote",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
const BLOCK = new Set([
  "p",
  "div",
  "ul",
  "ol",
  "table",
  "tr",
  "section",
  "article",
  "header",
  "footer",
  "figure",
  "hr",
]);

function attributes(source) {
  const attrs = {};
  for (const match of source.matchAll(ATTR))
    attrs[match[1].toLowerCase()] = decodeHTML(match[2] ?? match[3] ?? match[4] ?? "");
  return attrs;
}

/** Text between tags: entities decoded, runs of blanks collapsed, blanks around newlines dropped. */
const inlineText = (raw) =>
  decodeHTML(raw)
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/ ?\n ?/g, "\n");

const urlOf = (href) => href.trim().replace(/[\s()<>]/g, (c) => encodeURIComponent(c));

/** `**x**` around the trimmed content, keeping its outer blanks outside the markers. */
function around(marker, content) {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(content);
  const [, lead, inner, trail] = match;
  return inner ? `${lead}${marker}${inner}${marker}${trail}` : content;
}

function fence(content, char) {
  const longest = Math.max(
    0,
    ...[...content.matchAll(new RegExp(`${char === "`" ? "`" : "~"}+`, "g"))].map((m) => m[0].length),
  );
  return char.repeat(Math.max(char === "`" ? 1 : 3, longest + 1));
}

function inlineCode(content) {
  const ticks = fence(content, "`");
  const pad = content.startsWith("`") || content.endsWith("`") ? " " : "";
  return content ? `${ticks}${pad}${content}${pad}${ticks}` : "";
}

function close(frame, lists) {
  const content = frame.parts.join("");
  switch (frame.name) {
    case "a": {
      const href = frame.attrs.href ?? "";
      const text = content.trim();
      if (!SAFE_URL.test(href.trim())) return content;
      if (!text || text === href.trim()) return urlOf(href);
      return `[${text.replace(/([[\]\\])/g, "\\$1")}](${urlOf(href)})`;
    }
    case "b":
    case "strong":
      return around("**", content);
    case "i":
    case "em":
      return around("*", content);
    case "s":
    case "strike":
    case "del":
      return around("~~", content);
    case "code":
      return frame.inPre ? content : inlineCode(content);
    case "pre": {
      const code = content.replace(/^\n+|\n+$/g, "");
      const ticks = fence(code, "`").length < 3 ? "```" : fence(code, "`");
      return `\n\n${ticks}\n${code}\n${ticks}\n\n`;
    }
    case "blockquote": {
      const quoted = normalise(content)
        .split("\n")
        .map((line) => (line ? `> ${line}` : ">"))
        .join("\n");
      return `\n\n${quoted}\n\n`;
    }
    case "li": {
      const list = lists[lists.length - 1];
      const marker = list?.ordered ? `${++list.count}. ` : "- ";
      return `\n${marker}${normalise(content).replace(/\n/g, "\n   ")}`;
    }
    default: // h1–h6: headings are not rendered in comments, so a bold line instead.
      return `\n\n${around("**", content.replace(/\n+/g, " "))}\n\n`;
  }
}

/** Blank lines collapsed to one, trailing blanks of lines dropped, ends trimmed. */
function normalise(markdown) {
  return markdown
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Converts comment HTML (or Markdown with some HTML in it) to Markdown. */
export function htmlToMarkdown(html) {
  const source = String(html ?? "")
    .replace(/\r\n?/g, "\n")
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "");
  const stack = [{ name: "#root", parts: [], attrs: {} }];
  const lists = [];
  let pre = 0;
  let last = 0;
  const top = () => stack[stack.length - 1];
  const text = (raw) => {
    if (raw) top().parts.push(pre ? decodeHTML(raw) : inlineText(raw));
  };
  for (const match of source.matchAll(TOKEN)) {
    text(source.slice(last, match.index));
    last = match.index + match[0].length;
    const [token, slash, rawName, rawAttrs] = match;
    if (!rawName) {
      if (token.startsWith("<![CDATA[")) text(token.slice(9, -3));
      continue;
    }
    const name = rawName.toLowerCase();
    if (!slash) {
      if (name === "br") top().parts.push("\n");
      else if (name === "img") {
        const attrs = attributes(rawAttrs);
        const src = attrs.src ?? "";
        if (SAFE_URL.test(src.trim()))
          top().parts.push(`![${(attrs.alt ?? "").replace(/([[\]\\])/g, "\\$1")}](${urlOf(src)})`);
        else if (attrs.alt) top().parts.push(attrs.alt);
      } else if (name === "ul" || name === "ol") {
        lists.push({ ordered: name === "ol", count: 0 });
        top().parts.push("\n\n");
      } else if (BLOCK.has(name)) top().parts.push("\n\n");
      if (WRAPPED.has(name) && !rawAttrs.trim().endsWith("/")) {
        stack.push({ name, parts: [], attrs: name === "a" ? attributes(rawAttrs) : {}, inPre: pre > 0 });
        if (name === "pre") pre++;
      }
      continue;
    }
    if (name === "ul" || name === "ol") lists.pop();
    if (BLOCK.has(name) || name === "ul" || name === "ol") top().parts.push("\n\n");
    if (!WRAPPED.has(name) || !stack.some((frame) => frame.name === name)) continue;
    // Closing an element also closes whatever was left open inside it.
    for (;;) {
      const frame = stack.pop();
      if (frame.name === "pre") pre--;
      top().parts.push(close(frame, lists));
      if (frame.name === name) break;
    }
  }
  text(source.slice(last));
  while (stack.length > 1) {
    const frame = stack.pop();
    if (frame.name === "pre") pre--;
    top().parts.push(close(frame, lists));
  }
  return normalise(stack[0].parts.join(""));
}
