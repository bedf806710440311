import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseMapping, threadRule } from "../../scripts/import/thread-rule.mjs";
import { wpdiscuzVotes } from "../../scripts/import/wordpress.mjs";
import { fixture, readAll } from "./read";

const temp = () => mkdtempSync(join(tmpdir(), "goalpost-import-"));

describe("WordPress WXR", () => {
  it("maps comments, replies, states, dates, authors and wpDiscuz votes", async () => {
    const { byId, records, skipped } = await readAll("wordpress", fixture("wordpress.xml"));
    expect(records.map((r) => r.id)).toEqual(["11", "13", "12", "14", "15", "21", "22"]);
    expect(byId.get("11")).toEqual({
      type: "comment",
      id: "11",
      thread: "/2018/06/10/al-bukamal",
      parentId: null,
      author: { name: "Hrky75", email: "hrky@example.org" },
      body: "Good job **SAA**!\nRead [the report](https://example.org/report) & weep.",
      status: "approved",
      pinned: false,
      upvotes: 8,
      downvotes: 1,
      createdAt: "2018-06-10T14:03:00.000Z",
      editedAt: null,
    });
    expect(byId.get("12")).toMatchObject({
      parentId: "11",
      body: "Thanks! *Agreed*",
      upvotes: 0,
      downvotes: 2,
      author: { email: "j@example.org" },
    });
    expect(byId.get("13")).toMatchObject({
      parentId: "12",
      body: "> Thanks\n\nReply to a reply, listed before its parent.",
      author: { email: null },
    });
    expect([byId.get("14").status, byId.get("15").status, byId.get("21").status]).toEqual([
      "pending",
      "spam",
      "deleted",
    ]);
    expect(byId.get("21")).toMatchObject({ thread: "/about", body: "This was trashed." });
    expect(byId.get("22")).toMatchObject({ parentId: "21", author: { name: "" } });
    expect(skipped).toEqual([
      { type: "comment", id: "16", reason: "a pingback, not a comment (--pingbacks imports them)" },
    ]);
  });

  it("reads both forms of wpDiscuz votes", () => {
    expect(wpdiscuzVotes(new Map([["wpdiscuz_votes_seperate", 'a:2:{s:4:"like";i:3;s:7:"dislike";i:-2;}']]))).toEqual({
      upvotes: 3,
      downvotes: 2,
    });
    expect(wpdiscuzVotes(new Map([["wpdiscuz_votes", "-4"]]))).toEqual({ upvotes: 0, downvotes: 4 });
    expect(wpdiscuzVotes(new Map())).toEqual({ upvotes: 0, downvotes: 0 });
  });

  it("keys threads with a mapping file", async () => {
    const rule = threadRule("map:x", parseMapping(readFileSync(fixture("mapping.tsv"), "utf8")));
    const { records } = await readAll("wordpress", fixture("wordpress.xml"), rule);
    expect(new Set(records.map((r) => r.thread))).toEqual(new Set(["article-101", "about-page"]));
  });

  it("fails on malformed XML naming the line", async () => {
    await expect(readAll("wordpress", fixture("malformed.xml"))).rejects.toThrow(/malformed XML at line 18/);
  });
});

describe("Disqus XML", () => {
  it("maps posts to their thread links and parents, with deleted and spam states", async () => {
    const { byId, skipped } = await readAll("disqus", fixture("disqus.xml"));
    expect(byId.get("9001")).toMatchObject({
      thread: "/2017/11/09/deir-ez-zor",
      parentId: null,
      author: { name: "Ann", email: "ann@example.net" },
      body: "First! **Great** news.\n\nSecond paragraph with [a map](https://example.net/map).",
      createdAt: "2017-11-09T10:00:00.000Z",
    });
    expect(byId.get("9002")).toMatchObject({ status: "deleted", body: "" });
    expect(byId.get("9003")).toMatchObject({ parentId: "9002", author: { name: "guest-77", email: null } });
    expect(byId.get("9004")).toMatchObject({ parentId: "9001", body: "Reply to the first, *nested*." });
    expect(byId.get("9005").status).toBe("spam");
    expect(byId.get("9007").parentId).toBe("8999");
    expect(skipped.map((s) => s.reason)).toEqual([
      "the post has no dsq:id",
      "unknown thread 404",
      "its thread 5002 was deleted in Disqus",
    ]);
  });
});

describe("Remark42 backup", () => {
  it("maps comments with their original Markdown, votes, pins, edits and deletes", async () => {
    const { byId, records } = await readAll("remark42", fixture("remark42.jsonl"));
    expect(records).toHaveLength(5);
    expect(byId.get("r-1")).toMatchObject({
      thread: "/posts/hello",
      body: "Hello **there**",
      pinned: true,
      upvotes: 3,
      downvotes: 1,
      author: { name: "Umputun", email: null },
      createdAt: "2019-03-01T16:00:00.000Z",
    });
    expect(byId.get("r-2")).toMatchObject({
      parentId: "r-1",
      editedAt: "2019-03-01T17:05:00.000Z",
      body: "Reply with [a link](https://example.com)",
    });
    expect(byId.get("r-3")).toMatchObject({ status: "deleted", body: "" });
    expect(byId.get("r-4")).toMatchObject({ parentId: "r-3", body: "Imported from Disqus, no orig", downvotes: 1 });
    expect(byId.get("r-5")).toMatchObject({ thread: "/", author: { email: "visitor@example.com" } });
  });

  it("reads a gzipped backup and refuses a line that is not JSON", async () => {
    const dir = temp();
    const gz = join(dir, "backup.gz");
    writeFileSync(gz, gzipSync(readFileSync(fixture("remark42.jsonl"))));
    expect((await readAll("remark42", gz)).records).toHaveLength(5);
    const bad = join(dir, "bad.jsonl");
    writeFileSync(
      bad,
      '{"version":1}\n{"id":"a","locator":{"url":"/a"},"time":"2019-01-01T00:00:00Z","text":"x"}\n{"id": broken\n',
    );
    await expect(readAll("remark42", bad)).rejects.toThrow(/line 3 is not valid JSON/);
  });
});

describe("Isso", () => {
  const expectIsso = ({ byId, records }: Awaited<ReturnType<typeof readAll>>) => {
    expect(records).toHaveLength(5);
    expect(byId.get("1")).toMatchObject({
      thread: "/2020/05/isso-post",
      body: "Markdown *as typed* in Isso",
      upvotes: 4,
      downvotes: 1,
      createdAt: "2020-05-03T10:00:00.500Z",
    });
    expect(byId.get("2")).toMatchObject({
      parentId: "1",
      body: "A reply\nover two lines",
      author: { name: "", email: null },
      editedAt: "2020-05-03T11:01:40.000Z",
    });
    expect(byId.get("3").status).toBe("pending");
    expect(byId.get("4")).toMatchObject({ status: "deleted", thread: "/about" });
    expect(byId.get("5")).toMatchObject({ parentId: "4", body: "Imported **HTML** in Isso" });
  };

  it("reads Isso rows as JSON", async () => {
    expectIsso(await readAll("isso", fixture("isso.json")));
  });

  it("reads an Isso SQLite database row by row", async (context) => {
    let Database: any;
    try {
      const optional = "better-sqlite3"; // an optional dependency, without types
      Database = (await import(optional)).default;
    } catch {
      return context.skip("better-sqlite3 (optional) is not installed");
    }
    const file = join(temp(), "comments.db");
    const db = new Database(file);
    // Isso's own schema (isso/db/threads.py and comments.py).
    db.exec(`CREATE TABLE threads (id INTEGER PRIMARY KEY, uri VARCHAR(256) UNIQUE, title VARCHAR(256));
      CREATE TABLE comments (tid REFERENCES threads(id), id INTEGER PRIMARY KEY, parent INTEGER, created FLOAT NOT NULL,
        modified FLOAT, mode INTEGER, remote_addr VARCHAR, text VARCHAR, author VARCHAR, email VARCHAR, website VARCHAR,
        likes INTEGER DEFAULT 0, dislikes INTEGER DEFAULT 0, voters BLOB NOT NULL, notification INTEGER DEFAULT 0);`);
    const data = JSON.parse(readFileSync(fixture("isso.json"), "utf8"));
    for (const t of data.threads)
      db.prepare("INSERT INTO threads (id, uri, title) VALUES (?, ?, ?)").run(t.id, t.uri, t.title);
    const insert =
      db.prepare(`INSERT INTO comments (tid, id, parent, created, modified, mode, remote_addr, text, author, email, website, likes, dislikes, voters)
      VALUES (@tid, @id, @parent, @created, @modified, @mode, @remote_addr, @text, @author, @email, @website, @likes, @dislikes, @voters)`);
    for (const c of data.comments) insert.run(c);
    db.close();
    expectIsso(await readAll("isso", file));
  });
});

describe("Goalpost export", () => {
  const write = (text: string) => {
    const file = join(temp(), "export.jsonl");
    writeFileSync(file, text);
    return file;
  };
  const header = '{"format":"goalpost-export","version":1,"exportedAt":"2026-01-01T00:00:00.000Z"}\n';

  it("passes records through as they are and warns when the end line is missing", async () => {
    const comment = { type: "comment", id: "c_1", thread: "/a", parentId: null, body: "x" };
    const complete = await readAll(
      "goalpost",
      write(`${header}${JSON.stringify(comment)}\n{"type":"end","counts":{}}\n`),
      null,
    );
    expect(complete).toMatchObject({ records: [comment], warnings: [] });
    const cut = await readAll("goalpost", write(`${header}${JSON.stringify(comment)}\n`), null);
    expect(cut.warnings).toEqual([expect.stringContaining("cut short")]);
  });

  it("refuses a file that is not a Goalpost export or of another version", async () => {
    await expect(readAll("goalpost", write('{"version":1}\n'), null)).rejects.toThrow(/not a Goalpost export/);
    await expect(readAll("goalpost", write('{"format":"goalpost-export","version":2}\n'), null)).rejects.toThrow(
      /version 2/,
    );
  });
});

describe("a file of another format", () => {
  it("stops a Disqus import of a WordPress export, of JSON or of other XML instead of reading it as empty", async () => {
    const dir = temp();
    const json = join(dir, "export.json");
    writeFileSync(json, '{"threads":[],"comments":[]}');
    const other = join(dir, "other.xml");
    writeFileSync(other, "<?xml version='1.0'?><feed><entry/></feed>");
    await expect(readAll("disqus", fixture("wordpress.xml"))).rejects.toThrow(
      "this file is not a Disqus export: its root element is <rss>, not <disqus>",
    );
    await expect(readAll("disqus", json)).rejects.toThrow("this file is not a Disqus export: it has no XML element");
    await expect(readAll("disqus", other)).rejects.toThrow("its root element is <feed>");
  });

  it("stops a WordPress import of a Disqus export", async () => {
    await expect(readAll("wordpress", fixture("disqus.xml"))).rejects.toThrow(
      "this file is not a WordPress export (WXR): its root element is <disqus>, not <rss>",
    );
  });
});
