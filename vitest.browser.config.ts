import { configDefaults, defineConfig } from "vitest/config";

// Chromium end-to-end tests: plain Node (not the workers pool), one wrangler dev and one
// cross-origin page server for all files, started by the global setup.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    // The console's files have their own worker (MODERATION=all): vitest.console.config.ts.
    exclude: [...configDefaults.exclude, "test/browser/console*.test.ts"],
    globalSetup: ["test/browser/global-setup.ts"],
    // One browser page at a time: the machine has 2 cores and wrangler dev needs one.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
