// Starts one `wrangler dev` for the console's browser tests: a fresh, migrated local D1
// in a temp directory, a known ADMIN_TOKEN, MODERATION=all so every test comment waits
// in the queue, and no practical rate limit (every test posts from 127.0.0.1).
// Without /usr/bin/chromium the tests skip, except under CI=true.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, migrateLocal, startDev } from "../../../scripts/lib/wrangler.mjs";

export const CHROMIUM = "/usr/bin/chromium";
const TOKEN = "console-browser-test-token";

declare module "vitest" {
  export interface ProvidedContext {
    consoleUrl: string;
    consoleToken: string;
    /** Why the browser tests are skipped, or "" when they run. */
    consoleSkip: string;
  }
}

export default async function setup({ provide }: TestProject) {
  provide("consoleToken", TOKEN);
  if (!existsSync(CHROMIUM)) {
    const reason = `${CHROMIUM} is missing; install it with \`apt-get install -y chromium\``;
    if (process.env.CI === "true") throw new Error(`Console browser tests cannot run: ${reason}`);
    console.warn(`\n  SKIPPED console browser tests: ${reason}\n`);
    provide("consoleSkip", reason);
    provide("consoleUrl", "");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "goalpost-console-"));
  migrateLocal(dir);
  const server = await startDev({
    port: await freePort(),
    persistTo: dir,
    vars: { ADMIN_TOKEN: TOKEN, MODERATION: "all", RATE_LIMIT_COMMENTS: "10000" },
  });
  provide("consoleUrl", server.url);
  provide("consoleSkip", "");
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
