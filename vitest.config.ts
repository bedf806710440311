import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Worker and domain tests run inside workerd with a real local D1 built from migrations/.
export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations, ADMIN_TOKEN: "test-admin-token" },
        },
      }),
    ],
    // The worker's lean zod and entities (wrangler.toml [alias]), so the tests run what the bundle runs.
    resolve: {
      alias: [
        { find: /^zod$/, replacement: path.join(import.meta.dirname, "src/lean/zod.js") },
        { find: /^entities$/, replacement: path.join(import.meta.dirname, "src/lean/entities.ts") },
        // zod's own imports of its JSON Schema converter (what wrangler.toml's [alias] maps too).
        {
          find: /^\.\.\/core\/(to-json-schema|json-schema-processors)\.js$/,
          replacement: path.join(import.meta.dirname, "src/lean/zod-json-schema.js"),
        },
      ],
    },
    test: {
      include: ["test/worker/**/*.test.ts", "test/domain/**/*.test.ts"],
      setupFiles: ["./test/worker/apply-migrations.ts"],
      // Every vi.spyOn / vi.fn mock is restored after each test, whether it passed or threw.
      restoreMocks: true,
      unstubGlobals: true,
    },
  };
});
