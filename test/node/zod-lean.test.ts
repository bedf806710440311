import { describe, expect, it } from "vitest";
import * as zod from "zod";
import * as lean from "../../src/lean/zod.js";

// The worker's bundle replaces "zod" with src/lean/zod.js (wrangler.toml [alias]); tests
// run the real zod. This keeps the two in step: only what the lean copy drops on purpose differs.
const DROPPED = [
  "locales",
  "compile",
  "withParser",
  "ZodCompileAsyncError",
  "ZodCompileUnsupportedError",
  "fromJSONSchema",
];

describe("the worker's lean zod", () => {
  it("exports everything zod exports except the locales, the compiler and fromJSONSchema", () => {
    const missing = Object.keys(zod).filter((name) => !(name in lean));
    expect(missing.sort()).toEqual([...DROPPED].sort());
    expect(Object.keys(lean.z.core).filter((name) => !(name in zod.z.core))).toEqual([]);
  });

  it("validates and reports in English like zod", () => {
    const result = lean.z.object({ n: lean.z.number().int() }).safeParse({ n: "x" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      zod.z.object({ n: zod.z.number().int() }).safeParse({ n: "x" }).error?.issues[0]?.message,
    );
  });
});
