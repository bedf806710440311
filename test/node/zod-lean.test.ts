import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
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

describe("the worker's zod without its JSON Schema converter (src/lean/zod-json-schema.js)", () => {
  const root = join(import.meta.dirname, "../..");
  const classic = readFileSync(join(root, "node_modules/zod/v4/classic/schemas.js"), "utf8");
  const aliases = Object.fromEntries(
    [...readFileSync(join(root, "wrangler.toml"), "utf8").matchAll(/^"([^"]+)" = "([^"]+)"$/gm)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );

  it("is mapped by wrangler.toml at the import paths zod writes, which wrangler matches as written", () => {
    const paths = ["../core/to-json-schema.js", "../core/json-schema-processors.js"];
    for (const path of paths) {
      expect(aliases[path]).toBe("./src/lean/zod-json-schema.js");
      expect(classic).toContain(`from "${path}";`);
    }
  });

  it("exports everything zod's schemas import from the two files", async () => {
    const stub: Record<string, unknown> = await import("../../src/lean/zod-json-schema.js");
    const used = new Set([...classic.matchAll(/\bprocessors\.(\w+)\(/g)].map((m) => m[1]!));
    const named = /import \{([^}]+)\} from "\.\.\/core\/to-json-schema\.js"/.exec(classic)?.[1] ?? "";
    for (const name of named.split(",")) if (name.trim()) used.add(name.trim());
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((name) => typeof stub[name] !== "function")).toEqual([]);
  });

  /** src/lean/zod.js bundled as wrangler bundles it: its [alias] entries, each matched as the import path is written. */
  async function bundledZod(): Promise<typeof lean> {
    const result = await build({
      stdin: { contents: `export { z } from "./src/lean/zod.js";`, resolveDir: root, loader: "js" },
      bundle: true,
      format: "esm",
      write: false,
      logLevel: "error",
      plugins: [
        {
          name: "wrangler-alias",
          setup(b) {
            b.onResolve({ filter: /./ }, (args) =>
              aliases[args.path] ? { path: join(root, aliases[args.path]!) } : undefined,
            );
          },
        },
      ],
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toContain("createToJSONSchemaMethod = (schema");
    expect(code).toContain("not in the worker bundle");
    return (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)).z;
  }

  it("validates, reports and describes its checks exactly like zod", async () => {
    const bundled = await bundledZod();
    const shapes = (z: typeof lean) => [
      z.object({
        name: z.string().trim().min(2).max(5),
        n: z.number().int().min(1),
        mail: z.email().optional(),
        at: z.iso.datetime(),
        kind: z.enum(["a", "b"]),
        url: z.url(),
      }),
      z.array(z.union([z.literal("x"), z.number()])).max(2),
      z.record(z.string(), z.boolean()),
      z.discriminatedUnion("t", [z.object({ t: z.literal("a") }), z.looseObject({ t: z.literal("b") })]),
    ];
    const inputs = [
      { name: " x ", n: 1.5, mail: "nope", at: "yesterday", kind: "c", url: "ftp:/x" },
      { name: "abc", n: 3, at: "2026-01-20T08:00:00Z", kind: "a", url: "https://example.org" },
      ["x", 2, "y"],
      { a: true, b: "no" },
      { t: "c" },
      { t: "b", extra: 1 },
      null,
      "text",
    ];
    const [mine, theirs] = [shapes(bundled), shapes(zod.z as unknown as typeof lean)];
    mine.forEach((schema, index) => {
      for (const input of inputs) expect(schema.safeParse(input)).toEqual(theirs[index]!.safeParse(input));
      expect(() => schema.toJSONSchema()).toThrow(/not in the worker bundle/);
    });
    const checks = (z: typeof lean) => [z.string().min(2).minLength, z.string().max(9).maxLength, z.email().format];
    expect(checks(bundled)).toEqual(checks(zod.z as unknown as typeof lean));
  });
});
