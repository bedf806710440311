// The report, as a person reads it.

const LIST_LIMIT = 50;

function list(title, entries, format) {
  if (!entries.length) return [];
  const shown = entries.slice(0, LIST_LIMIT).map((entry) => `  ${format(entry)}`);
  const more = entries.length > LIST_LIMIT ? [`  … and ${entries.length - LIST_LIMIT} more (see --report FILE)`] : [];
  return [`${title} (${entries.length}):`, ...shown, ...more];
}

/** The report as lines of text; `sent` tells whether batches went to a worker. */
export function formatReport(report, { dryRun, source, file }) {
  const s = report.byStatus;
  const lines = [
    `${dryRun ? "Dry run" : "Import"} of ${file} (${source}${report.site ? `, site ${report.site}` : ""}):`,
    `  threads       ${report.threads}`,
    `  comments      ${report.comments} (${report.comments - report.replies} top-level, ${report.replies} replies)`,
    `  states        ${s.approved} approved, ${s.pending} pending, ${s.spam} spam, ${s.deleted} deleted`,
    `  votes         ${report.votes.up} up, ${report.votes.down} down (imported as tallies)`,
  ];
  if (report.campaigns || report.donations || report.subscriptions) {
    lines.push(
      `  campaigns     ${report.campaigns}`,
      `  donations     ${report.donations}`,
      `  subscriptions ${report.subscriptions}`,
    );
  }
  lines.push(
    `  orphans       ${report.orphans.length}`,
    `  skipped       ${report.skipped.length}`,
    `  batches       ${report.batches}`,
  );
  if (!dryRun) {
    const c = report.created;
    const e = report.existing;
    lines.push(
      `  created       ${c.comments} comments, ${c.campaigns} campaigns, ${c.donations} donations, ${c.subscriptions} subscriptions`,
      `  already there ${e.comments} comments, ${e.campaigns} campaigns, ${e.donations} donations, ${e.subscriptions} subscriptions`,
    );
  }
  lines.push(
    ...list("Warnings", report.warnings, (w) => w),
    ...list(
      "Orphans",
      report.orphans,
      (o) => `${o.id} in ${o.thread}: ${o.reason} → ${o.action === "skip" ? "skipped" : "imported top-level"}`,
    ),
    ...list("Skipped", report.skipped, (k) => `${k.type} ${k.id}: ${k.reason}`),
  );
  return lines;
}
