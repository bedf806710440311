// Starts `wrangler dev` on a fresh local D1 (migrated + the demo seed of `npm start`)
// and a page server on another origin, as a real site embedding the widget would be.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { demoSeedSql } from "../../scripts/lib/seed.mjs";
import { executeLocalFile, freePort, migrateLocal, startDev } from "../../scripts/lib/wrangler.mjs";
import { ADMIN_TOKEN, SSO_SECRET } from "./config";
import { type LinkTokens, linkFixtures } from "./link-fixtures";
import { startSite } from "./site";

declare module "vitest" {
  export interface ProvidedContext {
    api: string;
    site: string;
    linkTokens: LinkTokens;
  }
}

export default async function setup(project: TestProject) {
  const state = mkdtempSync(join(tmpdir(), "goalpost-browser-"));
  migrateLocal(state);
  const seed = join(state, "seed.sql");
  const links = linkFixtures();
  writeFileSync(seed, demoSeedSql() + links.sql);
  executeLocalFile(seed, state);
  const dev = await startDev({
    port: await freePort(),
    persistTo: state,
    // Tests post more than 5 comments a minute; the limit itself is the API's tests' job.
    vars: { ADMIN_TOKEN, SSO_SECRET, RATE_LIMIT_COMMENTS: "1000", MODERATION: "off" },
  });
  const site = await startSite(dev.url, await freePort());
  project.provide("api", dev.url);
  project.provide("site", site.url);
  project.provide("linkTokens", links.tokens);
  return async () => {
    await site.close();
    await dev.stop();
    rmSync(state, { recursive: true, force: true });
  };
}
