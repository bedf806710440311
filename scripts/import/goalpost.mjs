// Goalpost's own export (docs/export-format.md): its records are already what the import
// endpoint takes, ids included, so reading it back reproduces the same public answers.
import { jsonLines } from "./json-lines.mjs";

/** Yields reader items for every record of a Goalpost export; `rule` only when one was asked for. */
export async function* readGoalpost(chunks, { rule = null } = {}) {
  let ended = false;
  for await (const { value, line } of jsonLines(chunks)) {
    if (line === 1) {
      if (value?.format !== "goalpost-export")
        throw new Error('not a Goalpost export: the first line has no "format": "goalpost-export"');
      if (value.version !== 1)
        throw new Error(`unsupported Goalpost export version ${value.version}; this importer reads version 1`);
      continue;
    }
    if (ended) throw new Error(`line ${line} follows the end line`);
    if (value?.type === "end") {
      ended = true;
      continue;
    }
    if (!["campaign", "donation", "comment", "subscription"].includes(value?.type)) {
      yield { skip: { type: String(value?.type ?? "?"), id: `(line ${line})`, reason: "unknown record type" } };
      continue;
    }
    if (rule && (value.type === "comment" || value.type === "subscription")) {
      const mapped = rule(value.thread);
      if (mapped.error) {
        yield { skip: { type: value.type, id: value.id, reason: `thread: ${mapped.error}` } };
        continue;
      }
      value.thread = mapped.thread;
    }
    yield { record: value };
  }
  if (!ended) yield { warning: "the export has no end line: it was cut short, so records at its end may be missing" };
}
