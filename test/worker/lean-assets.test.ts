import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { LOCALES } from "../../src/domain/locales";
import { ENTITIES_URL, MAIL_I18N_DIR } from "../../src/generated/assets";
import { needsEntityTable } from "../../src/lean/entities";
import { ensureEntities, forgetEntities } from "../../src/lean/entity-assets";
import { forgetLocaleTables, localeTables } from "../../src/notify/locale-assets";
import { list, post, posted, stored, uniqueThread } from "./comments-helpers";
import { admin, call } from "./helpers";
import { commentRecord, importBatch, uniqueId } from "./import-helpers";

// Data the worker bundle does not carry but reads through its ASSETS binding: the named
// HTML entities (src/lean/entity-assets.ts) and the mail and link-page words of every
// language but English (src/notify/locale-assets.ts). The worker runs in this isolate with
// the same modules, so forgetting a table here is what a fresh isolate starts from.

const YEAR = "public, max-age=31536000, immutable";
/** A language's words as plain data (LOCALES holds each file's module namespace). */
const words = (language: string) => JSON.parse(JSON.stringify(LOCALES[language]));
const asset = (path: string) => env.ASSETS.fetch(`http://goalpost.test${path}`);

/** An ASSETS binding that answers every read with `answer` and counts the reads. */
function fakeAssets(answer: () => Promise<Response>) {
  const reads: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    reads.push(String(input instanceof Request ? input.url : input));
    return answer();
  };
  return { env: { ASSETS: { fetch, connect: () => undefined } as unknown as Fetcher }, reads };
}

afterEach(() => {
  forgetEntities();
  forgetLocaleTables();
});

// Names the worker does not carry: each is read from the table.
const RARE = "&CounterClockwiseContourIntegral; &colon; &notin; &#x41; &notit;";
const RARE_HTML = "<p>∳ : ∉ A &amp;notit;</p>\n";

describe("named HTML entities (a static asset)", () => {
  it("serves the table of all 2,125 names under a content-hashed URL cached for a year", async () => {
    const res = await asset(ENTITIES_URL);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe(YEAR);
    const table = (await res.json()) as Record<string, string>;
    expect(Object.keys(table)).toHaveLength(2125);
    expect([table.CounterClockwiseContourIntegral, table.colon, table.amp, table.NotNestedLessLess]).toEqual([
      "∳",
      ":",
      "&",
      "⪡̸",
    ]);
  });

  it("loads the table before a post that names an uncommon entity, and renders it", async () => {
    forgetEntities();
    expect(needsEntityTable("&colon;")).toBe(true);
    const thread = uniqueThread();
    const { comment } = await posted({ thread, body: RARE });
    expect(comment.html).toBe(RARE_HTML);
    expect(needsEntityTable("&colon;")).toBe(false);
    expect((await list(thread)).json.comments[0].html).toBe(RARE_HTML);
  });

  it("renders common entities without reading the table", async () => {
    forgetEntities();
    const { comment } = await posted({ thread: uniqueThread(), body: "&copy; &amp; &hellip; &#65;" });
    expect(comment.html).toBe("<p>© &amp; … A</p>\n");
    expect(needsEntityTable("&colon;")).toBe(true);
  });

  it("loads it before an author's edit, an owner's edit and an import", async () => {
    const thread = uniqueThread();
    const { id, editToken } = await posted({ thread, body: "first" });

    forgetEntities();
    const edited = await call("PATCH", `/api/v1/comments/${id}`, {
      body: { body: RARE },
      headers: { Authorization: `Bearer ${editToken}` },
    });
    expect([edited.status, edited.json.html]).toEqual([200, RARE_HTML]);

    forgetEntities();
    const owner = await admin("PATCH", `/api/v1/admin/comments/${id}`, { body: { body: `${RARE} !` } });
    expect(owner.status).toBe(200);
    expect((await list(thread)).json.comments[0].html).toBe("<p>∳ : ∉ A &amp;notit; !</p>\n");

    forgetEntities();
    const imported = uniqueThread();
    const res = await importBatch("wordpress", [commentRecord({ id: uniqueId(), thread: imported, body: RARE })]);
    expect(res.status).toBe(200);
    expect((await list(imported)).json.comments[0].html).toBe(RARE_HTML);
  });

  it("answers a post whose table cannot be read with the 500 envelope and stores nothing", async () => {
    forgetEntities();
    const read = env.ASSETS.fetch.bind(env.ASSETS);
    vi.spyOn(env.ASSETS, "fetch").mockImplementation(async (input, init) =>
      String(input instanceof Request ? input.url : input).endsWith(ENTITIES_URL)
        ? new Response("unavailable", { status: 503 })
        : read(input, init),
    );
    const thread = uniqueThread();
    const res = await post({ thread, body: RARE });
    expect([res.status, res.json.error?.code]).toEqual([500, "internal"]);
    expect(await stored(thread)).toEqual({ comments: 0, votes: 0, subscriptions: 0 });
    vi.restoreAllMocks();
    expect((await post({ thread, body: RARE })).json.comment.html).toBe(RARE_HTML);
  });

  it("fails rather than render differently when the table cannot be read, and reads it again next time", async () => {
    forgetEntities();
    const broken = fakeAssets(async () => new Response("unavailable", { status: 503 }));
    await expect(ensureEntities(broken.env, "&colon;")).rejects.toThrow(/503/);
    await expect(ensureEntities(broken.env, "&colon;")).rejects.toThrow(/503/);
    expect(broken.reads).toEqual([`https://assets.invalid${ENTITIES_URL}`, `https://assets.invalid${ENTITIES_URL}`]);
    await ensureEntities(broken.env, "&amp; &copy; &#58;");
    expect(broken.reads).toHaveLength(2);
    await ensureEntities(env, "&colon;");
    expect(needsEntityTable("&colon;")).toBe(false);
  });
});

describe("mail and link-page words (static assets)", () => {
  it("serves each language's table as written in src/domain/locales", async () => {
    expect(Object.keys(LOCALES)).toHaveLength(16);
    for (const language of Object.keys(LOCALES)) {
      const res = await asset(`${MAIL_I18N_DIR}/${language}.json`);
      expect([language, res.status]).toEqual([language, 200]);
      expect(res.headers.get("cache-control")).toBe(YEAR);
      expect([language, await res.json()]).toEqual([language, words(language)]);
    }
  });

  it("gives the renderers each language's table, none for English", async () => {
    expect(await localeTables(env, "en")).toEqual({});
    for (const language of Object.keys(LOCALES)) {
      expect(await localeTables(env, language)).toEqual({ [language]: words(language) });
    }
  });

  it("reads a language once per isolate", async () => {
    const counted = fakeAssets(async () => Response.json(words("ja")));
    const [a, b] = await Promise.all([localeTables(counted.env, "ja"), localeTables(counted.env, "ja")]);
    expect(await localeTables(counted.env, "ja")).toEqual({ ja: words("ja") });
    expect([a, b]).toEqual([{ ja: words("ja") }, { ja: words("ja") }]);
    expect(counted.reads).toEqual([`https://assets.invalid${MAIL_I18N_DIR}/ja.json`]);
    expect(await localeTables(counted.env, "en")).toEqual({});
    expect(counted.reads).toHaveLength(1);
  });

  it("falls back to English when the asset cannot be read, and reads it again next time", async () => {
    const missing = fakeAssets(async () => new Response("not found", { status: 404 }));
    expect(await localeTables(missing.env, "ar")).toEqual({});
    const failing = fakeAssets(async () => {
      throw new Error("network lost");
    });
    expect(await localeTables(failing.env, "ar")).toEqual({});
    expect(await localeTables(env, "ar")).toEqual({ ar: words("ar") });
    expect([missing.reads.length, failing.reads.length]).toEqual([1, 1]);
  });
});

describe("zod without its JSON Schema converter (src/lean/zod-json-schema.js)", () => {
  it("runs here as in the bundle: the converter throws, checks and validation are zod's own", () => {
    const schema = z.object({ name: z.string().min(2).max(5), n: z.number().int() });
    expect(() => schema.toJSONSchema()).toThrow(/not in the worker bundle/);
    expect(() => schema["~standard"].jsonSchema.input({ target: "draft-2020-12" })).toThrow(/not in the worker bundle/);
    expect([z.string().min(2).minLength, z.string().max(5).maxLength, z.email().format]).toEqual([2, 5, "email"]);
    const result = schema.safeParse({ name: "x", n: 1.5 });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["name", "Too small: expected string to have >=2 characters"],
      ["n", "Invalid input: expected int, received number"],
    ]);
  });
});
