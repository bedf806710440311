// `npm start`: migrate the local D1, seed the demo data into an empty database, make
// sure .dev.vars has an ADMIN_TOKEN, then run `wrangler dev` on http://localhost:8787.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoSeedSql } from "./lib/seed.mjs";
import { executeLocalFile, migrateLocal, queryLocal, root, startDev } from "./lib/wrangler.mjs";

const port = Number(process.env.PORT ?? 8787);

console.log("Goalpost: applying migrations to the local D1…");
migrateLocal();

const [{ n }] = queryLocal("SELECT COUNT(*) AS n FROM campaigns");
if (n === 0) {
  const dir = mkdtempSync(join(tmpdir(), "goalpost-seed-"));
  const file = join(dir, "seed.sql");
  writeFileSync(file, demoSeedSql());
  executeLocalFile(file);
  rmSync(dir, { recursive: true, force: true });
  console.log("Goalpost: seeded the demo campaign `demo`.");
} else {
  console.log("Goalpost: the database already has data; not seeding.");
}

const varsFile = join(root, ".dev.vars");
const existing = existsSync(varsFile) ? readFileSync(varsFile, "utf8") : "";
let token = /^ADMIN_TOKEN\s*=\s*"?([^"\n]+)"?/m.exec(existing)?.[1];
if (!token) {
  token = randomBytes(24).toString("base64url");
  writeFileSync(varsFile, `${existing}${existing && !existing.endsWith("\n") ? "\n" : ""}ADMIN_TOKEN=${token}\n`);
  console.log("Goalpost: wrote a new ADMIN_TOKEN to .dev.vars (git-ignored).");
}

console.log(`
  Demo page:      http://localhost:${port}/
  Owner console:  http://localhost:${port}/admin
  Campaign JSON:  http://localhost:${port}/api/v1/campaigns/demo
  API document:   http://localhost:${port}/openapi.json
  ADMIN_TOKEN:    ${token}
`);

const server = await startDev({ port, host: "localhost", stdio: "inherit", timeoutMs: 10 * 60_000 });
const shutdown = () => server.stop().then(() => process.exit(0));
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
