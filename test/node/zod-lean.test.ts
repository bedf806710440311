import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as zod from "zod";
import { z as lean } from "../../src/lean/zod.js";

// The worker's bundle and its tests replace "zod" with src/lean/zod.js: `z` as an object of
// only the builders the code calls, so the bundle drops the rest of zod. This keeps it in
// step with the code: every `z.<name>` used as a value in src/ is there, and is zod's own.
const src = join(import.meta.dirname, "../../src");
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [readFileSync(join(dir, entry.name), "utf8")]
        : [],
  );
}

describe("the worker's lean zod", () => {
  it("has every z.<name> the code calls, each zod's own", () => {
    const used = new Set<string>();
    for (const text of sources(src)) {
      // Types (`z.infer<...>`, `T extends z.ZodType`, `: z.ZodError`) need nothing at run time.
      const code = text.replace(/import type[^;]+;/g, "");
      for (const [, name] of code.matchAll(/\bz\.([A-Za-z_$][\w$]*)\b(?!\s*[<>])/g)) used.add(name!);
    }
    used.delete("infer");
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((name) => !(name in lean));
    expect(missing).toEqual([]);
    for (const name of Object.keys(lean)) {
      expect(lean[name as keyof typeof lean], name).toBe(zod.z[name as keyof typeof zod.z]);
    }
  });

  it("validates and reports in English like zod", () => {
    const result = lean.object({ n: lean.number().int() }).safeParse({ n: "x" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      zod.z.object({ n: zod.z.number().int() }).safeParse({ n: "x" }).error?.issues[0]?.message,
    );
  });
});

describe("the worker's zod-to-openapi stand-in", () => {
  it("gives every schema a .openapi() that changes nothing it parses", async () => {
    const stub = await import("../../src/lean/zod-to-openapi.js");
    const { z: real } = zod;
    stub.extendZodWithOpenApi(real);
    const plain = real.object({ n: real.number().int() });
    const described = (plain as unknown as { openapi: (m: unknown) => typeof plain }).openapi({ description: "n" });
    expect(described.safeParse({ n: 2 })).toEqual(plain.safeParse({ n: 2 }));
    expect(described.safeParse({ n: "x" }).error?.issues).toEqual(plain.safeParse({ n: "x" }).error?.issues);
    expect(() => new stub.OpenApiGeneratorV31().generateDocument()).toThrow(/build-openapi|openapi/);
  });
});
