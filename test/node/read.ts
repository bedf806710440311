import { join } from "node:path";
import { readSource } from "../../scripts/import/sources.mjs";
import { threadRule } from "../../scripts/import/thread-rule.mjs";

export const fixture = (name: string) => join(import.meta.dirname, "..", "fixtures", "import", name);

/** Every reader item of a fixture, split into records, skips and warnings. */
export async function readAll(from: string, file: string, rule: ((url: string) => any) | null = threadRule()) {
  const records: any[] = [];
  const skipped: any[] = [];
  const warnings: string[] = [];
  for await (const item of readSource(from, file, { rule }) as AsyncIterable<any>) {
    if (item.record) records.push(item.record);
    else if (item.skip) skipped.push(item.skip);
    else warnings.push(item.warning);
  }
  return { records, skipped, warnings, byId: new Map(records.map((record) => [record.id, record])) };
}
