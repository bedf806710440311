import { join } from "node:path";
import { decodeHTMLStrict as realDecode } from "entities";
import { build } from "esbuild";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { entityNames, entityTable } from "../../scripts/lib/entity-table.mjs";
import { renderMarkdown as realRender } from "../../src/domain/markdown";

// The worker's markdown-it decodes `&name;` with src/lean/entities.ts (wrangler.toml [alias])
// and a table loaded from a static asset. Here it is bundled the way wrangler bundles it
// (esbuild, "entities" aliased) and compared with markdown-it on the real `entities`
// (Node, nothing aliased): every named entity, numbers, and text that only looks like one.

const root = join(import.meta.dirname, "../..");

type Lean = {
  renderMarkdown: (source: string) => string;
  decodeHTMLStrict: (text: string) => string;
  setEntityTable: (table: Record<string, string> | null) => void;
  needsEntityTable: (text: string) => boolean;
};

async function leanBundle(): Promise<Lean> {
  const result = await build({
    stdin: {
      contents: `export { renderMarkdown } from "./src/domain/markdown";
        export { decodeHTMLStrict, setEntityTable, needsEntityTable } from "./src/lean/entities";`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    write: false,
    logLevel: "error",
    alias: { entities: "./src/lean/entities.ts" },
    absWorkingDir: root,
  });
  const code = result.outputFiles[0]!.text;
  expect(code).not.toContain("decode-data-html");
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

let lean: Lean;
const names = entityNames();
beforeAll(async () => {
  lean = await leanBundle();
});

/** Each sample in the places markdown-it decodes references: text, a link destination and title, a fence's info string. */
const contexts = (ref: string) => [
  `a ${ref} b`,
  `${ref}`,
  `[x](https://example.org/${ref}?q=${ref} "t ${ref}")`,
  `[x][r]\n\n[r]: https://example.org/${ref}`,
  `\`\`\`js${ref}\ncode ${ref}\n\`\`\``,
  `**${ref}**${ref}_${ref}_`,
];

function expectSameRender(samples: string[]) {
  const differ = samples.filter((sample) => lean.renderMarkdown(sample) !== realRender(sample));
  expect(differ).toEqual([]);
}

describe("the worker's lean entities without the table", () => {
  it("decodes the common names and every number, and refuses to guess at the others", () => {
    expectSameRender(["&amp; &lt; &gt; &quot; &nbsp; &copy; &hellip; &mdash; &rsquo; &euro;", "&#65; &#x1F600; &#0;"]);
    expect(lean.needsEntityTable("&amp; &copy; &#x41; &#1234567890;")).toBe(false);
    expect(lean.needsEntityTable("a &colon; b")).toBe(true);
    expect(lean.needsEntityTable("a &notit; b")).toBe(true);
    expect(() => lean.renderMarkdown("[x](javascript&colon;alert(1))")).toThrow(/entity table/);
  });
});

describe("the worker's lean entities with the table (the asset)", () => {
  beforeAll(() => lean.setEntityTable(entityTable()));

  it("knows all 2,125 names, each decoded as `entities` decodes it", () => {
    expect(names.length).toBe(2125);
    expect(new Set(names).size).toBe(2125);
    const differ = names.filter((name) => lean.decodeHTMLStrict(`&${name};`) !== realDecode(`&${name};`));
    expect(differ).toEqual([]);
    expect(lean.needsEntityTable("&colon;")).toBe(false);
  });

  it("renders every named entity like markdown-it with the real entities", () => {
    expectSameRender(names.flatMap((name) => contexts(`&${name};`)));
  });

  it("renders numbers like markdown-it: C1 controls, surrogates, NUL, out of range, leading zeros, long forms", () => {
    const numbers = [
      ...Array.from({ length: 0x120 }, (_, code) => `&#${code};`),
      ...[0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfdd0, 0xfffe, 0xffff, 0x1f600, 0x10ffff, 0x110000].flatMap(
        (code) => [`&#${code};`, `&#x${code.toString(16)};`, `&#X${code.toString(16).toUpperCase()};`],
      ),
      "&#000000065;",
      "&#x000000041;",
      "&#0000000128;",
      "&#00000000000000000000000000000065;",
      "&#x0000000000000000000000000000041;",
      "&#99999999999;",
      "&#x110000000;",
      `&#${"9".repeat(40)};`,
      "&#x;",
      "&#X;",
      "&#;",
      "&#12ab;",
      "&#xg1;",
      "&#x12g;",
      "&#-1;",
      "&#+65;",
      "&# 65;",
      "&#65",
      "&#x41",
    ];
    expectSameRender(numbers.flatMap(contexts));
    const differ = numbers.filter((ref) => lean.decodeHTMLStrict(ref) !== realDecode(ref));
    expect(differ).toEqual([]);
  });

  it("leaves what only looks like an entity as markdown-it does: prefixes, unknown names, no semicolon, case", () => {
    const lookalikes = [
      "&notit;",
      "&foo;",
      "&amp",
      "&copy",
      "&not",
      "&AMP",
      "&Amp;",
      "&aMp;",
      "&COPY;",
      "&;",
      "& amp;",
      "&amp ;",
      "&1amp;",
      "&amp1;",
      "&frac12x;",
      "&notin;x",
      "&&amp;;",
      "&amp;amp;",
      `&${"a".repeat(31)};`,
      `&${"a".repeat(32)};`,
      ...names.flatMap((name) => [
        `&${name.slice(0, -1)};`,
        `&${name}x;`,
        `&${name}`,
        `&${name.toUpperCase()};`,
        `&${name.toLowerCase()};`,
      ]),
    ];
    expectSameRender(lookalikes.flatMap((ref) => [`a ${ref} b`, `[x](https://example.org/${ref})`]));
    const differ = lookalikes.filter((ref) => lean.decodeHTMLStrict(ref) !== realDecode(ref));
    expect(differ).toEqual([]);
  });

  it("renders random text made of entity parts like markdown-it", () => {
    const part = fc.constantFrom(
      "&",
      "#",
      ";",
      "x",
      "X",
      "0",
      "41",
      "65",
      "amp",
      "not",
      "notin",
      "copy",
      "colon",
      "CounterClockwiseContourIntegral",
      "[",
      "](",
      ")",
      "`",
      "\\",
      " ",
      "\n",
      "https://example.org/",
      '"',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 24 }), (parts) => {
        const source = parts.join("");
        expect(lean.renderMarkdown(source)).toBe(realRender(source));
        expect(lean.decodeHTMLStrict(source)).toBe(realDecode(source));
      }),
      { numRuns: 3000 },
    );
  });
});
