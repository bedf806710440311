import { defineConfig } from "vitest/config";

// The console's browser tests: Debian Chromium (playwright-core) against a real
// `wrangler dev` on a fresh local D1, started once by the global setup.
// Run with `npx vitest run -c vitest.console.config.ts`.
export default defineConfig({
  test: {
    include: ["test/browser/console*.test.ts"],
    environment: "node",
    globalSetup: ["./test/browser/console/global-setup.ts"],
    // One worker and one browser per file; files run one after another so timings stay sane.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
