// JSON Lines, streamed: one parsed object at a time with its line number.

/** Yields `{ value, line }` for every non-blank line; throws naming the line that is not JSON. */
export async function* jsonLines(chunks) {
  const decoder = new TextDecoder("utf-8");
  let rest = "";
  let line = 0;
  const parse = (text) => {
    line++;
    if (!text.trim()) return null;
    try {
      return { value: JSON.parse(text), line };
    } catch (error) {
      throw new Error(`line ${line} is not valid JSON: ${error.message}`);
    }
  };
  for await (const chunk of chunks) {
    rest += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    const parts = rest.split("\n");
    rest = parts.pop();
    for (const part of parts) {
      const parsed = parse(part);
      if (parsed) yield parsed;
    }
  }
  rest += decoder.decode();
  const parsed = parse(rest);
  if (parsed) yield parsed;
}
