// The worker's bundle as `wrangler deploy --dry-run` builds it (wrangler.toml: minified,
// zod, its JSON Schema converter, zod-to-openapi and markdown-it's entities aliased to the
// lean modules of src/lean/; the browser code, the mail words of 16 languages and the
// named-entity table are static assets, not in it): raw and gzip size, the heaviest
// packages and files by the esbuild metafile, and a cold-start figure: the
// time V8 takes to compile the bundle (node's vm.Script on an IIFE copy of it, median of
// 21 runs; workerd parses the same code at isolate start). The last line of stdout is the
// figures as JSON.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { transform } from "esbuild";
import { root } from "../scripts/lib/wrangler.mjs";
import { median } from "./lib.mjs";

const BUDGET_GZIP = 120 * 1024;

export async function bundleBenchmark() {
  const out = mkdtempSync(join(tmpdir(), "goalpost-bundle-"));
  try {
    const wrangler = join(root, "node_modules", "wrangler", "bin", "wrangler.js");
    const run = spawnSync(
      process.execPath,
      [wrangler, "deploy", "--dry-run", "--outdir", out, "--metafile", join(out, "meta.json")],
      { cwd: root, encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
    );
    if (run.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${run.stdout}\n${run.stderr}`);
    const code = readFileSync(join(out, "index.js"));
    const meta = JSON.parse(readFileSync(join(out, "meta.json"), "utf8"));
    const output = Object.entries(meta.outputs).find(([file]) => file.endsWith("index.js"))[1];
    const packages = {};
    const files = [];
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      files.push({ name: file.replace(/^.*node_modules\//, ""), bytes: bytesInOutput });
      const parts = file.replace(/^.*node_modules\//, "node_modules/").split("/");
      const name =
        parts[0] === "node_modules"
          ? parts.slice(1, parts[1].startsWith("@") ? 3 : 2).join("/")
          : parts.slice(0, 2).join("/");
      packages[name] = (packages[name] ?? 0) + bytesInOutput;
    }
    const heaviest = Object.entries(packages)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, bytes]) => ({ name, bytes }));
    const heaviestFiles = files.sort((a, b) => b.bytes - a.bytes).slice(0, 8);
    // vm.Script takes a classic script: the same code as an IIFE (imports of cloudflare:* stay unresolved; only compiled).
    const script = (await transform(code.toString(), { format: "iife", platform: "neutral" })).code;
    const samples = [];
    for (let i = 0; i < 21; i++) {
      const started = performance.now();
      new vm.Script(script, { filename: `bundle-${i}.js` });
      samples.push(performance.now() - started);
    }
    const gzip = gzipSync(code, { level: 9 }).length;
    return {
      raw: code.length,
      gzip,
      budgetGzip: BUDGET_GZIP,
      withinBudget: gzip <= BUDGET_GZIP,
      compileMs: Number(median(samples).toFixed(2)),
      heaviest,
      heaviestFiles,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await bundleBenchmark();
  console.log(
    `worker bundle: ${(result.raw / 1024).toFixed(1)} KiB, ${(result.gzip / 1024).toFixed(1)} KiB gzip ` +
      `(budget ${result.budgetGzip / 1024} KiB); V8 compile ${result.compileMs} ms`,
  );
  console.log(JSON.stringify(result));
}
