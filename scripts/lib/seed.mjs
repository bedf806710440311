// Everything `npm start` seeds into an empty database.
import { demoCampaignSql } from "./seed-demo.mjs";

/** The SQL of the demo data, dated relative to `now`. */
export function demoSeedSql(now = Date.now()) {
  return [demoCampaignSql(now)].join("\n");
}
