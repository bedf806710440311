// `npm run test:browser`: the Chromium end-to-end tests of test/browser. Without
// Debian's Chromium they are skipped with a clear line, except in CI (CI=true), where a
// missing browser is a failure: .ci/run installs it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root } from "./lib/wrangler.mjs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  if (process.env.CI === "true") {
    console.error(`browser tests failed: no Chromium at ${chromium} (CI=true needs it: apt-get install -y chromium)`);
    process.exit(1);
  }
  console.log("browser tests skipped: no Chromium");
  process.exit(0);
}

const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
// The widget's pages, then the owner's console (each config starts its own wrangler dev).
// Files given on the command line go to the config that runs them (console*.test.ts: the console's).
const files = process.argv.slice(2);
const isConsole = (file) => /(^|\/)console[^/]*\.test\.ts$/.test(file);
const runs = [
  ["vitest.browser.config.ts", files.filter((file) => !isConsole(file))],
  ["vitest.console.config.ts", files.filter(isConsole)],
].filter(([, picked]) => files.length === 0 || picked.length > 0);
for (const [config, picked] of runs) {
  const run = spawnSync(process.execPath, [vitest, "run", "--config", config, ...picked], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, CHROMIUM_PATH: chromium },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
