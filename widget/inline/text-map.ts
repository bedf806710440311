// The article's text as the reader sees it, with a way back to the DOM: runs of white
// space become one space and block boundaries a space, so a quote reads like the page
// ("end.Start" never glues two paragraphs) and survives re-indented HTML. Each char of
// `text` remembers its text node and offset there. Placement itself is pure (anchor.ts).

export type TextMap = { text: string; nodes: Text[]; node: number[]; offset: number[] };

// Never part of the article: code, form fields, and the widget's own elements.
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|SELECT|BUTTON|GOALPOST-.*)$/;
const BLOCK =
  /^(P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|TABLE|TR|TD|TH|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|FIGURE|FIGCAPTION|DL|DT|DD|MAIN|NAV)$/;

/** The nearest block element of `node` inside `root` (root itself at the top). */
function blockOf(node: Node, root: Element): Node {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (BLOCK.test(el.tagName)) return el;
  return root;
}

/** Reads the text of `root`. */
export function textMap(root: Element): TextMap {
  const map: TextMap = { text: "", nodes: [], node: [], offset: [] };
  const chars: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n instanceof Element
        ? SKIP.test(n.tagName) || n.hasAttribute("data-goalpost-ui")
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP
        : NodeFilter.FILTER_ACCEPT,
  });
  let block: Node | null = null;
  // A white-space run or block boundary not yet written (it may span text nodes).
  let space = false;
  const push = (char: string, index: number, offset: number) => {
    chars.push(char);
    map.node.push(index);
    map.offset.push(offset);
  };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const index = map.nodes.push(node) - 1;
    const here = blockOf(node, root);
    if (block !== null && here !== block) space = true;
    block = here;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (/\s/.test(data[i]!)) space = true;
      else {
        // One space stands for the run (or the block boundary), at the run's first char.
        if (space && chars.length && chars[chars.length - 1] !== " ") push(" ", index, Math.max(0, i - 1));
        space = false;
        push(data[i]!, index, i);
      }
    }
  }
  map.text = chars.join("");
  return map;
}

/** A DOM range for text[start, end). */
export function rangeOf(map: TextMap, start: number, end: number): Range {
  const range = document.createRange();
  const last = map.nodes[map.node[end - 1]!]!;
  range.setStart(map.nodes[map.node[start]!]!, map.offset[start]!);
  range.setEnd(last, Math.min(map.offset[end - 1]! + 1, last.length));
  return range;
}

/** The text offsets [start, end) a DOM range covers, or null when it covers none of the text. */
export function spanOf(map: TextMap, range: Range): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  const touched = new Map<Text, boolean>();
  for (let i = 0; i < map.text.length; i++) {
    const node = map.nodes[map.node[i]!]!;
    // Only the nodes the range touches are compared char by char.
    let touches = touched.get(node);
    if (touches === undefined) {
      touches = range.intersectsNode(node);
      touched.set(node, touches);
    }
    if (!touches) continue;
    const offset = map.offset[i]!;
    if (range.comparePoint(node, offset) >= 0 && range.comparePoint(node, Math.min(offset + 1, node.length)) <= 0) {
      if (start < 0) start = i;
      end = i + 1;
    }
  }
  return start < 0 ? null : { start, end };
}
