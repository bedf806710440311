// Marks passages without touching the host page's DOM: the CSS Custom Highlight API
// paints ranges, so the page's layout, selection and links stay exactly as they were.
// Browsers without it get <mark> wrappers (inline, no layout of their own), removed and
// re-made on every repaint. The ::highlight() rule must live in the host document, so it
// goes into document.adoptedStyleSheets, which a strict CSP does not block (a <style> is).

/** Highlight names: every passage, and the one whose bubble has focus or hover. */
export const NAME = "goalpost";
const ACTIVE = "goalpost-active";

const PAGE_CSS = `::highlight(${NAME}){background-color:var(--goalpost-highlight,rgb(255 200 0 / .28))}
::highlight(${ACTIVE}){background-color:var(--goalpost-highlight-active,rgb(255 170 0 / .55))}
mark[data-goalpost-mark]{background-color:var(--goalpost-highlight,rgb(255 200 0 / .28));color:inherit}
mark[data-goalpost-mark].active{background-color:var(--goalpost-highlight-active,rgb(255 170 0 / .55))}`;

let styled = false;
function style() {
  if (styled) return;
  styled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructed sheets: <mark> keeps the browser's own yellow.
  }
}

/** Whether this browser paints highlights without wrappers. */
export const native = () => typeof Highlight === "function" && !!globalThis.CSS?.highlights;

/** Removes every wrapper of an earlier paint, merging the text back. */
export function unwrap(root: Element) {
  for (const mark of root.querySelectorAll("mark[data-goalpost-mark]")) {
    const parent = mark.parentNode!;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}

/** Text nodes a range covers, each cut to the covered part. */
function pieces(range: Range): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let n = walker.currentNode; n; n = walker.nextNode()!) {
    if (n.nodeType === Node.TEXT_NODE && range.intersectsNode(n) && (n as Text).data.trim()) found.push(n as Text);
  }
  return found.map((node) => {
    let text = node;
    if (node === range.endContainer && range.endOffset < node.length) node.splitText(range.endOffset);
    if (node === range.startContainer && range.startOffset > 0) text = node.splitText(range.startOffset);
    return text;
  });
}

/** Paints `ranges` (call `unwrap` and re-read the text first when not native). Returns the fallback's marks per range. */
export function paint(ranges: Range[]): HTMLElement[][] {
  style();
  if (native()) {
    CSS.highlights.set(NAME, new Highlight(...ranges));
    return ranges.map(() => []);
  }
  // Later ranges first: wrapping splits text nodes that earlier ranges do not point into.
  const marks = ranges.map(() => [] as HTMLElement[]);
  for (let i = ranges.length - 1; i >= 0; i--) {
    for (const text of pieces(ranges[i]!)) {
      const mark = document.createElement("mark");
      mark.setAttribute("data-goalpost-mark", "");
      text.replaceWith(mark);
      mark.append(text);
      marks[i]!.push(mark);
    }
  }
  return marks;
}

/** Emphasises one passage (its bubble has focus), or none. */
export function activate(range: Range | null, marks: HTMLElement[] = []) {
  if (native()) {
    if (range) CSS.highlights.set(ACTIVE, new Highlight(range));
    else CSS.highlights.delete(ACTIVE);
  }
  for (const mark of document.querySelectorAll("mark[data-goalpost-mark].active")) mark.classList.remove("active");
  for (const mark of marks) mark.classList.add("active");
}
