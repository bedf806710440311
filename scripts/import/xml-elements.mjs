// Streaming XML: yields each wanted element (e.g. every WXR <item>, every Disqus <post>) as
// a small tree once it closes, so only one element is in memory at a time, never the file.
import sax from "sax";

/**
 * Yields `{ name, attrs, children, text }` for every element named in `wanted` that is not
 * inside another wanted element. Throws on malformed XML with the line and column, and, when
 * `root` names the export's format (`{ name: "disqus", label: "a Disqus export" }`), on a
 * file that is not one (no XML at all, or another root element: the wrong `--from`), so a
 * wrong file stops the import instead of reading as an empty export.
 */
export async function* xmlElements(chunks, wanted, root = null) {
  const parser = sax.parser(true, { trim: false, normalize: false, position: true });
  const ready = [];
  const open = [];
  let rootSeen = false;
  const notThe = (found) => new Error(`this file is not ${root.label}: ${found}`);
  parser.onopentag = (tag) => {
    if (root && !rootSeen) {
      rootSeen = true;
      if (tag.name !== root.name) {
        throw notThe(`its root element is <${tag.name}>, not <${root.name}> (is --from right?)`);
      }
    }
    if (open.length === 0 && !wanted.has(tag.name)) return;
    const node = { name: tag.name, attrs: tag.attributes, children: [], text: "" };
    open[open.length - 1]?.children.push(node);
    open.push(node);
  };
  parser.onclosetag = () => {
    if (open.length === 0) return;
    const node = open.pop();
    if (open.length === 0) ready.push(node);
  };
  parser.ontext = parser.oncdata = (text) => {
    if (open.length) open[open.length - 1].text += text;
  };
  let error = null;
  parser.onerror = (e) => {
    error ??= new Error(
      `malformed XML at line ${parser.line + 1}, column ${parser.column + 1}: ${e.message.split("\n")[0]}`,
    );
    parser.error = null;
  };
  const decoder = new TextDecoder("utf-8");
  let started = false;
  const write = (text) => {
    // Stray characters before the first tag (a byte-order mark, a blank line, a pasted
    // backtick) are not XML but not worth refusing a whole export for.
    if (!started) {
      const first = text.indexOf("<");
      if (first === -1) return;
      started = true;
      text = text.slice(first);
    }
    parser.write(text);
    if (error) throw error;
  };
  for await (const chunk of chunks) {
    write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    yield* ready.splice(0);
  }
  write(decoder.decode());
  parser.close();
  if (error) throw error;
  if (root && !rootSeen) throw notThe("it has no XML element");
  yield* ready.splice(0);
}

/** The first child named `name`, or undefined. */
export const child = (node, name) => node?.children.find((c) => c.name === name);

/** Every child named `name`. */
export const children = (node, name) => node?.children.filter((c) => c.name === name) ?? [];

/** The trimmed text of the first child named `name` ("" when absent). */
export const textOf = (node, name) => (child(node, name)?.text ?? "").trim();
