// Helpers shared by `npm start`, the browser tests and the benchmarks: a local D1
// migrated with wrangler, and `wrangler dev` started on a port of our choosing.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const wranglerBin = join(root, "node_modules", "wrangler", "bin", "wrangler.js");
// Offline and quiet: no telemetry, no update check, no login.
const quietEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_HIDE_BANNER: "true",
  NO_UPDATE_NOTIFIER: "1",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
};

const persistArgs = (persistTo) => (persistTo ? ["--persist-to", persistTo] : []);

/** Runs a wrangler command to completion and returns its stdout; throws with its output on failure. */
export function wrangler(args, { input } = {}) {
  const result = spawnSync(process.execPath, [wranglerBin, ...args], {
    cwd: root,
    env: quietEnv,
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`wrangler ${args.slice(0, 3).join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Applies migrations/ to the local D1 (in `persistTo`, or wrangler's default .wrangler/state). */
export function migrateLocal(persistTo) {
  return wrangler(["d1", "migrations", "apply", "goalpost", "--local", ...persistArgs(persistTo)], { input: "y\n" });
}

/** Runs SQL (a file path) against the local D1. */
export function executeLocalFile(file, persistTo) {
  return wrangler(["d1", "execute", "goalpost", "--local", "--file", file, ...persistArgs(persistTo)]);
}

/** Runs one SQL query against the local D1 and returns its rows. */
export function queryLocal(sql, persistTo) {
  const out = wrangler(["d1", "execute", "goalpost", "--local", "--json", "--command", sql, ...persistArgs(persistTo)]);
  return JSON.parse(out.slice(out.indexOf("[")))[0].results;
}

/** A TCP port that was free a moment ago, on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `wrangler dev` on `port` and resolves once it answers HTTP.
 * `vars` become `--var NAME:value`. Returns { url, process, stop }.
 */
/**
 * @param {{ port: number, persistTo?: string, vars?: Record<string, string>, stdio?: "pipe" | "inherit",
 *           timeoutMs?: number, host?: string }} options
 */
export async function startDev({ port, persistTo, vars = {}, stdio = "pipe", timeoutMs = 90_000, host = "127.0.0.1" }) {
  // Several workers may run at once (tests, benchmarks): each gets its own inspector port.
  const inspectorPort = await freePort();
  const args = [
    wranglerBin,
    "dev",
    "--port",
    String(port),
    "--ip",
    host,
    "--inspector-port",
    String(inspectorPort),
    ...persistArgs(persistTo),
  ];
  for (const [name, value] of Object.entries(vars)) args.push("--var", `${name}:${value}`);
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: quietEnv,
    stdio: stdio === "inherit" ? "inherit" : "pipe",
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://${host}:${port}`;
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", resolve);
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/openapi.json`);
      if (res.ok) return { url, process: child, stop, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
