// The importer's middle: records in (in file order), batches out (parents always before
// their replies), and the report. Pure JavaScript without Node APIs, so the Worker's
// round-trip test batches an export exactly as the CLI does.

const encoder = new TextEncoder();

/** Requests stay under the API's 64 KiB body limit with room for the envelope. */
export const MAX_BATCH_BYTES = 56 * 1024;
export const MAX_BATCH_RECORDS = 200;

/** An empty report; `finish()` fills `threads` with the count of distinct thread keys. */
export function emptyReport() {
  return {
    site: "",
    threads: 0,
    comments: 0,
    replies: 0,
    byStatus: { approved: 0, pending: 0, spam: 0, deleted: 0 },
    votes: { up: 0, down: 0 },
    campaigns: 0,
    donations: 0,
    subscriptions: 0,
    orphans: [],
    skipped: [],
    warnings: [],
    batches: 0,
    created: { campaigns: 0, donations: 0, comments: 0, subscriptions: 0 },
    existing: { campaigns: 0, donations: 0, comments: 0, subscriptions: 0 },
  };
}

/**
 * Feeds records to `send(records)` in batches. A reply waits until its parent has gone out;
 * one whose parent never comes (missing from the export, or skipped) is an orphan: sent as
 * a top-level comment (`orphans: "top-level"`, the default) or skipped (`"skip"`), and
 * reported either way. `send` may be null (a dry run) or return the API's ImportResult.
 */
export function createPipeline({
  send = null,
  orphans = "top-level",
  maxRecords = MAX_BATCH_RECORDS,
  maxBytes = MAX_BATCH_BYTES,
} = {}) {
  const report = emptyReport();
  const threads = new Set();
  /** thread key → the old system's posts (pages) whose comments go to it. */
  const postsOf = new Map();
  const sent = new Set();
  const waiting = new Map();
  const skippedIds = new Map();
  let batch = [];
  let bytes = 0;

  async function flush() {
    if (batch.length === 0) return;
    const records = batch;
    batch = [];
    bytes = 0;
    report.batches++;
    const result = send ? await send(records, report.batches) : null;
    if (!result) return;
    for (const key of Object.keys(report.created)) {
      report.created[key] += result.created?.[key] ?? 0;
      report.existing[key] += result.existing?.[key] ?? 0;
    }
    report.skipped.push(...(result.skipped ?? []).map((skip) => ({ ...skip, reason: `server: ${skip.reason}` })));
  }

  async function queue(record) {
    const size = encoder.encode(JSON.stringify(record)).length + 1;
    if (batch.length >= maxRecords || (batch.length > 0 && bytes + size > maxBytes)) await flush();
    batch.push(record);
    bytes += size;
  }

  async function emit(first) {
    const ready = [first];
    while (ready.length) {
      const record = ready.shift();
      sent.add(record.id);
      threads.add(record.thread);
      report.comments++;
      if (record.parentId !== null) report.replies++;
      report.byStatus[record.status] = (report.byStatus[record.status] ?? 0) + 1;
      report.votes.up += record.upvotes ?? 0;
      report.votes.down += record.downvotes ?? 0;
      await queue(record);
      const children = waiting.get(record.id);
      if (children) {
        waiting.delete(record.id);
        ready.push(...children);
      }
    }
  }

  return {
    report,
    /** One item of a reader: `{ record, post? }`, `{ skip: { type, id, reason } }`, `{ warning }` or `{ site }`. */
    async add(item) {
      if (item.warning) return void report.warnings.push(item.warning);
      if (item.site !== undefined) {
        if (report.site && report.site !== item.site)
          report.warnings.push(`the export names two sites, ${report.site} and ${item.site}: keyed as ${report.site}`);
        else report.site = item.site;
        return;
      }
      if (item.skip) {
        report.skipped.push(item.skip);
        if (item.skip.type === "comment") skippedIds.set(item.skip.id, item.skip.reason);
        return;
      }
      const record = item.record;
      if (item.post !== undefined && record.type === "comment") {
        const posts = postsOf.get(record.thread) ?? new Set();
        posts.add(item.post);
        postsOf.set(record.thread, posts);
      }
      if (record.type !== "comment") {
        report[`${record.type}s`]++;
        return queue(record);
      }
      if (sent.has(record.id)) {
        report.skipped.push({ type: "comment", id: record.id, reason: "the same id appears twice in the export" });
        return;
      }
      if (record.parentId === null || sent.has(record.parentId)) return emit(record);
      const siblings = waiting.get(record.parentId);
      if (siblings) siblings.push(record);
      else waiting.set(record.parentId, [record]);
    },
    /** Settles the orphans, sends the last batch and returns the report. */
    async finish() {
      while (waiting.size) {
        const [parentId, children] = waiting.entries().next().value;
        waiting.delete(parentId);
        const why = skippedIds.has(parentId)
          ? `parent ${parentId} was skipped (${skippedIds.get(parentId)})`
          : `parent ${parentId} is not in the export`;
        for (const child of children) {
          report.orphans.push({ id: child.id, parentId, thread: child.thread, reason: why, action: orphans });
          if (orphans === "skip") {
            skippedIds.set(child.id, `orphan: ${why}`);
            report.skipped.push({ type: "comment", id: child.id, reason: `orphan: ${why}` });
          } else await emit({ ...child, parentId: null });
        }
      }
      await flush();
      report.threads = threads.size;
      for (const [thread, posts] of postsOf) {
        if (posts.size < 2) continue;
        const some = [...posts].slice(0, 3).join(", ");
        report.warnings.push(
          `${posts.size} posts map to thread ${thread} (${some}${posts.size > 3 ? ", …" : ""}): their comments would be merged into one thread; choose another --thread-rule or a map:FILE`,
        );
      }
      return report;
    },
  };
}
