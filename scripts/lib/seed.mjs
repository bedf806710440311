// Everything `npm start` seeds into an empty database.
import { demoCommentsSql } from "./seed-comments.mjs";
import { demoCampaignSql } from "./seed-demo.mjs";

/** The SQL of the demo data, dated relative to `now`. */
export function demoSeedSql(now = Date.now()) {
  return [demoCampaignSql(now), demoCommentsSql(now)].join("\n");
}
