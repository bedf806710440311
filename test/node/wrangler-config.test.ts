import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const toml = readFileSync(join(import.meta.dirname, "../../wrangler.toml"), "utf8");

describe("wrangler.toml", () => {
  // "X-Request-Id is on every response": the asset router alone would answer files without
  // it, so every request runs the worker, which forwards files to ASSETS
  // (request-id-assets.test.ts checks the worker's answers).
  it("runs the worker first for every path", () => {
    const assets = toml.slice(toml.indexOf("[assets]"));
    expect(assets.match(/^run_worker_first = (.+)$/m)?.[1]).toBe("true");
  });
});
