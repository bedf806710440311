import { describe, expect, it } from "vitest";
import { parseMapping, threadRule } from "../../scripts/import/thread-rule.mjs";

describe("threadRule", () => {
  it.each([
    ["https://news.example.org/2018/06/10/al-bukamal/", "/2018/06/10/al-bukamal"],
    ["https://news.example.org/2018/06/10/al-bukamal/index.html?utm=x#c1", "/2018/06/10/al-bukamal"],
    ["https://news.example.org/", "/"],
    ["https://news.example.org/index.html", "/"],
    ["/already/a/path/", "/already/a/path"],
    ["https://x.org/caf%C3%A9/", "/caf%C3%A9"],
  ])("path (the default, as the widget keys threads) maps %s to %s", (url, thread) => {
    expect(threadRule()(url)).toEqual({ thread });
  });

  it("applies a comma-separated list of steps in order", () => {
    expect(threadRule("strip-host")("https://x.org/a/")).toEqual({ thread: "/a/" });
    expect(threadRule("strip-trailing-slash")("https://x.org/a/")).toEqual({ thread: "https://x.org/a" });
    expect(threadRule("strip-trailing-slash")("https://x.org/")).toEqual({ thread: "https://x.org/" });
    expect(threadRule("strip-query,strip-trailing-slash")("https://x.org/a/?p=1")).toEqual({
      thread: "https://x.org/a",
    });
    expect(threadRule("keep")("https://x.org/a/")).toEqual({ thread: "https://x.org/a/" });
  });

  it("maps through a url<TAB>thread file and reports URLs it does not list", () => {
    const rule = threadRule("map:m.tsv", parseMapping("# comment\nhttps://x.org/a/\tarticle-a\n\n"));
    expect(rule("https://x.org/a/")).toEqual({ thread: "article-a" });
    expect(rule("https://x.org/b/")).toEqual({ error: "URL https://x.org/b/ is not in the mapping file" });
  });

  it("refuses unknown rules, malformed mapping lines, and empty or overlong keys", () => {
    expect(() => threadRule("strip-everything")).toThrow(/unknown thread rule/);
    expect(() => parseMapping("just-a-url\n")).toThrow(/mapping line 1/);
    expect(threadRule()("")).toEqual({ error: "the thread key is empty" });
    expect(threadRule("keep")(`/${"a".repeat(600)}`).error).toMatch(/over 512/);
  });
});
