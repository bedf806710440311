// Shared by the benchmarks: a fresh local D1 with migrations (and optional SQL), and
// `wrangler dev` on a free port, stopped by the caller.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { executeLocalFile, freePort, migrateLocal, startDev } from "../scripts/lib/wrangler.mjs";

export { freePort };

/** Starts a worker on a fresh, migrated local D1 seeded with `sql`; returns { url, stop }. */
export async function freshWorker({ sql = "", vars = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "goalpost-bench-"));
  migrateLocal(dir);
  if (sql) {
    const file = join(dir, "seed.sql");
    writeFileSync(file, sql);
    executeLocalFile(file, dir);
  }
  const server = await startDev({
    port: await freePort(),
    persistTo: dir,
    vars: { ADMIN_TOKEN: "bench-token", ...vars },
  });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The median of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
