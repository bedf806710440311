import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { list, moderate, post, posted, stored, uniqueThread } from "./comments-helpers";
import { call, errorOf } from "./helpers";

describe("POST /api/v1/comments", () => {
  describe("publishing", () => {
    it("answers 201 with the rendered comment and a 43-char edit token", async () => {
      const thread = uniqueThread();
      const res = await post({ thread, body: "  Good job **SAA**!  ", author: { name: "Hrky75" } });
      expect(res.status).toBe(201);
      expect(res.json.comment).toMatchObject({
        thread,
        parentId: null,
        depth: 0,
        author: { name: "Hrky75" },
        body: "Good job **SAA**!",
        html: "<p>Good job <strong>SAA</strong>!</p>\n",
        editedAt: null,
        upvotes: 0,
        downvotes: 0,
        score: 0,
        pinned: false,
        deleted: false,
        replyCount: 0,
        replies: [],
      });
      expect(res.json.comment.id).toMatch(/^c_/);
      expect(res.json.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it("stores only the SHA-256 of the edit token", async () => {
      const thread = uniqueThread();
      const { id, editToken } = await posted({ thread });
      const row = await env.DB.prepare("SELECT edit_token_hash FROM comments WHERE id = ?1")
        .bind(id)
        .first<{ edit_token_hash: string }>();
      const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(editToken));
      const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
      expect(row!.edit_token_hash).toBe(hex);
      expect(JSON.stringify(row)).not.toContain(editToken);
    });

    it.each([[undefined], [{}], [{ name: "" }], [{ name: "   " }], [{ name: null }]])(
      "names an author %j Guest",
      async (author) => {
        const res = await post({ thread: uniqueThread(), author });
        expect(res.json.comment.author).toEqual({ name: "Guest", verified: false, owner: false });
      },
    );

    it("stores a subscription when notify is set, with the email", async () => {
      const thread = uniqueThread();
      const res = await post({ thread, author: { name: "jo", email: "Jo@Example.org" }, notify: "replies" });
      expect(res.status).toBe(201);
      const row = await env.DB.prepare("SELECT email, kind, comment_id, confirmed FROM subscriptions WHERE thread = ?1")
        .bind(thread)
        .first();
      expect(row).toEqual({ email: "Jo@Example.org", kind: "replies", comment_id: res.json.comment.id, confirmed: 0 });
    });

    it("never returns the author's email or IP from public endpoints", async () => {
      const thread = uniqueThread();
      const email = "secret-person@example.org";
      const headers = { "CF-Connecting-IP": "203.0.113.77" };
      const created = await post({ thread, author: { name: "jo", email }, notify: "thread" }, headers);
      await post({ thread, parentId: created.json.comment.id, author: { email } });
      const texts = [
        JSON.stringify(created.json),
        JSON.stringify((await list(thread)).json),
        JSON.stringify((await call("GET", `/api/v1/embed?thread=${encodeURIComponent(thread)}`)).json),
      ];
      for (const text of texts) {
        expect(text).not.toContain("secret-person");
        expect(text).not.toContain("203.0.113.77");
      }
      const row = await env.DB.prepare("SELECT ip_hash FROM comments WHERE id = ?1")
        .bind(created.json.comment.id)
        .first<{ ip_hash: string }>();
      expect(row!.ip_hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  describe("replies", () => {
    it("returns 404 for an unknown parent and stores nothing", async () => {
      const thread = uniqueThread();
      const res = await post({ thread, parentId: "c_doesnotexist" });
      expect(res.status).toBe(404);
      expect(errorOf(res).code).toBe("not_found");
      expect(await stored(thread)).toMatchObject({ comments: 0 });
    });

    it("returns 409 when the parent belongs to another thread", async () => {
      const other = await posted({ thread: uniqueThread() });
      const thread = uniqueThread();
      const res = await post({ thread, parentId: other.id });
      expect(res.status).toBe(409);
      expect(errorOf(res).code).toBe("conflict");
      expect(await stored(thread)).toMatchObject({ comments: 0 });
    });

    it("returns 409 when the parent is a deleted placeholder", async () => {
      const thread = uniqueThread();
      const root = await posted({ thread });
      await posted({ thread, parentId: root.id });
      const del = await call("DELETE", `/api/v1/comments/${root.id}`, {
        headers: { Authorization: `Bearer ${root.editToken}` },
      });
      expect(del.status).toBe(204);
      const res = await post({ thread, parentId: root.id });
      expect(res.status).toBe(409);
      expect(await stored(thread)).toMatchObject({ comments: 2 });
    });

    it.each(["pending", "spam"])("returns 404 when the parent is %s", async (status) => {
      const thread = uniqueThread();
      const root = await posted({ thread });
      await moderate(root.id, { status });
      const res = await post({ thread, parentId: root.id });
      expect(res.status).toBe(404);
      expect(await stored(thread)).toMatchObject({ comments: 1 });
    });
  });

  describe("bad input", () => {
    const cases: [string, unknown, string[]][] = [
      ["an empty body", { body: "   " }, ["body"]],
      ["a body over 10,000 chars", { body: "x".repeat(10_001) }, ["body"]],
      ["a name over 64 chars", { author: { name: "n".repeat(65) } }, ["author.name"]],
      ["an invalid email", { author: { email: "not-an-email" } }, ["author.email"]],
      ["notify without email", { notify: "replies" }, ["author.email"]],
      ["an unknown notify", { notify: "sometimes" }, ["notify"]],
      ["a thread over 512 chars", { thread: "t".repeat(513) }, ["thread"]],
      [
        "several bad fields at once",
        { body: "", author: { name: "n".repeat(65) }, notify: "x" },
        ["body", "author.name", "notify"],
      ],
    ];

    it.each(cases)("answers 400 validation_failed for %s and stores nothing", async (_, override, paths) => {
      const thread = uniqueThread();
      const res = await post({
        thread,
        ...(override as object),
        ...(override && "thread" in (override as object) ? {} : { thread }),
      });
      expect(res.status).toBe(400);
      const error = errorOf(res);
      expect(error.code).toBe("validation_failed");
      expect(error.issues!.map((issue) => issue.path)).toEqual(expect.arrayContaining(paths));
      expect(await stored(thread)).toEqual({ comments: 0, votes: 0, subscriptions: 0 });
    });

    it("answers 400 invalid_json for a body that is not JSON", async () => {
      const res = await call("POST", "/api/v1/comments", {
        raw: "{nope",
        headers: { "Content-Type": "application/json" },
      });
      expect(res.status).toBe(400);
      expect(errorOf(res).code).toBe("invalid_json");
    });

    it("answers 415 for a form body", async () => {
      const thread = uniqueThread();
      const res = await call("POST", "/api/v1/comments", {
        raw: `thread=${thread}&body=x`,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
      expect(res.status).toBe(415);
      expect(errorOf(res).code).toBe("unsupported_media_type");
      expect(await stored(thread)).toMatchObject({ comments: 0 });
    });

    it("answers 413 for a body over 64 KiB", async () => {
      const thread = uniqueThread();
      const res = await post({ thread, body: "x".repeat(70_000) });
      expect(res.status).toBe(413);
      expect(await stored(thread)).toMatchObject({ comments: 0 });
    });
  });
});
