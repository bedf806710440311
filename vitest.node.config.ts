import { defineConfig } from "vitest/config";

// The importer CLI runs in Node (files, streams, SQLite), so its tests run in Node too,
// apart from the Worker tests of vitest.config.ts.
export default defineConfig({
  test: {
    include: ["test/node/**/*.test.ts"],
    environment: "node",
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
