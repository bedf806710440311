// Attacks through text people choose: names that render as someone else's, thread keys with
// control characters, request ids chosen to land in our logs.
import { describe, expect, it } from "vitest";
import { list, post, stored, uniqueThread } from "./comments-helpers";
import { call, errorOf } from "./helpers";
import { snapshot } from "./storage";

describe("author names", () => {
  it.each([
    ["a bidi override", "\u202Enimda", "nimda"],
    ["zero-width characters", "ad\u200Bmi\u200Dn\uFEFF", "admin"],
    ["an ANSI escape", "\u001b[31mroot\u001b[0m", "[31mroot[0m"],
    ["a decomposed accent (NFC)", "Jose\u0301", "Jos\u00e9"],
  ])("strips %s", async (_, name, shown) => {
    const thread = uniqueThread();
    const res = await post({ thread, author: { name } });
    expect(res.status).toBe(201);
    expect(res.json.comment.author.name).toBe(shown);
    expect((await list(thread)).json.comments[0].author.name).toBe(shown);
  });

  it('names an author whose name is only format characters "Guest"', async () => {
    const res = await post({ thread: uniqueThread(), author: { name: "\u202E\u200B\u2066\u2069" } });
    expect(res.json.comment.author.name).toBe("Guest");
  });
});

describe("thread keys", () => {
  it.each([
    ["a newline", "/a\nb"],
    ["an escape", "/a\u001bb"],
    ["a NUL", "/a\u0000"],
    ["a DEL", "/a\u007f"],
  ])("refuses a key with %s: 400 on post and read, nothing stored", async (_, suffix) => {
    const thread = `${uniqueThread()}${suffix}`;
    const before = await snapshot();
    const res = await post({ thread });
    expect(res.status).toBe(400);
    expect(errorOf(res).issues!.map((issue) => issue.path)).toEqual(["thread"]);
    expect(await snapshot()).toEqual(before);
    expect((await list(thread)).status).toBe(400);
  });

  it("normalises a key to NFC, so two spellings are one thread", async () => {
    const base = uniqueThread();
    await post({ thread: `${base}/cafe\u0301` });
    const res = await post({ thread: `${base}/caf\u00e9` });
    expect(res.json.comment.thread).toBe(`${base}/caf\u00e9`);
    expect((await stored(`${base}/caf\u00e9`)).comments).toBe(2);
    expect((await list(`${base}/cafe\u0301`)).json.total).toBe(2);
  });
});

describe("lone surrogates", () => {
  it("become one U+FFFD each before anything is stored, so a comment reads back as it was answered", async () => {
    const thread = uniqueThread();
    const raw = `{"thread":${JSON.stringify(thread)},"body":"a\\ud800b\\udc00c","author":{"name":"Ann\\udbff"}}`;
    const res = await call("POST", "/api/v1/comments", { raw, headers: { "Content-Type": "application/json" } });
    expect(res.status).toBe(201);
    expect(res.json.comment.body).toBe("a\uFFFDb\uFFFDc");
    expect(res.json.comment.author.name).toBe("Ann\uFFFD");
    const read = (await list(thread)).json.comments[0];
    expect([read.body, read.author.name]).toEqual(["a\uFFFDb\uFFFDc", "Ann\uFFFD"]);
  });
});

describe("X-Request-Id", () => {
  it("keeps a well-formed client id", async () => {
    const res = await call("GET", "/api/v1/counts?thread=/x", { headers: { "X-Request-Id": "abc.DEF_123-xyz" } });
    expect(res.headers.get("X-Request-Id")).toBe("abc.DEF_123-xyz");
  });

  it.each([
    ["too short", "abc1234"],
    ["too long", "a".repeat(65)],
    ["with spaces", "forged id here"],
    ["with a log-line break", "abcdefgh%0aERROR"],
    ["with =", "abcdefgh=="],
  ])("replaces one %s with a fresh id, errors included", async (_, sent) => {
    for (const path of ["/api/v1/counts?thread=/x", "/api/v1/nowhere"]) {
      const res = await call("GET", path, { headers: { "X-Request-Id": sent } });
      const id = res.headers.get("X-Request-Id");
      expect(id).not.toBe(sent);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
