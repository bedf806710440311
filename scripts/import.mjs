#!/usr/bin/env node
// `npm run import -- --from wordpress|disqus|remark42|isso|goalpost FILE [--dry-run] …`
// Reads the whole file once to check it (a malformed file fails here, before anything is
// sent), then reads it again and sends it in batches to POST /api/v1/admin/import. Imports
// are idempotent: running the same command again adds nothing, which is also how an
// interrupted import resumes. See docs/migrating.md.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "./import/args.mjs";
import { importClient } from "./import/client.mjs";
import { createPipeline } from "./import/pipeline.mjs";
import { formatReport } from "./import/report.mjs";
import { readSource } from "./import/sources.mjs";

/** Runs one import (or dry run) and returns its report; throws a message for the user. */
export async function runImport(argv, { log = console.log, root } = {}) {
  const options = parseArgs(argv, { root });
  const rule = options.rule ?? null;
  const pass = async (send) => {
    const pipeline = createPipeline({ send, orphans: options.orphans, maxRecords: options.batch });
    for await (const item of readSource(options.from, options.file, { rule, pingbacks: options.pingbacks }))
      await pipeline.add(item);
    return pipeline.finish();
  };
  let report = await pass(null);
  // Comments are keyed by source, site and their id there: the site is --site, else the export's own.
  const site = options.site ?? report.site;
  report.site = site;
  if (!site && options.from !== "goalpost")
    report.warnings.push(
      `the export names no site: its comments are keyed by their ids alone, so another ${options.from} site's export with the same ids would be taken for this one; pass --site NAME`,
    );
  if (!options.dryRun) {
    if (!options.token) throw new Error("no admin token: pass --token or set GOALPOST_ADMIN_TOKEN");
    const send = importClient({ url: options.url, token: options.token, source: options.from, site, log });
    const progress = async (records, index) => {
      const result = await send(records, index);
      if (index % 10 === 0) log(`  batch ${index} sent`);
      return result;
    };
    log(`Checked ${options.file}: ${report.comments} comments. Importing into ${options.url} …`);
    const checked = report;
    report = await pass(progress);
    report.site = site;
    report.warnings = checked.warnings;
  }
  for (const line of formatReport(report, { dryRun: options.dryRun, source: options.from, file: options.file }))
    log(line);
  if (options.report) writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runImport(process.argv.slice(2)).catch((error) => {
    console.error(`import: ${error.message}`);
    process.exitCode = 1;
  });
}
