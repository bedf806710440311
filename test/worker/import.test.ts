import { describe, expect, it } from "vitest";
import { list, uniqueThread } from "./comments-helpers";
import { admin, call, errorOf, uniqueSlug } from "./helpers";
import { commentRecord, importBatch, uniqueId } from "./import-helpers";
import { snapshot } from "./storage";

describe("POST /api/v1/admin/import", () => {
  describe("comments", () => {
    it("stores nested replies under their parents with timestamps, names and vote tallies", async () => {
      const thread = uniqueThread();
      const [a, b, c] = [uniqueId(), uniqueId(), uniqueId()];
      const res = await importBatch("wordpress", [
        commentRecord({
          id: a,
          thread,
          author: { name: "Hrky75", email: "h@example.org" },
          body: "Good job **SAA**!",
          upvotes: 8,
          downvotes: 1,
        }),
        commentRecord({
          id: b,
          thread,
          parentId: a,
          author: { name: "jorge", email: null },
          body: "Thanks",
          createdAt: "2018-06-10T15:00:00Z",
        }),
        commentRecord({
          id: c,
          thread,
          parentId: b,
          author: { name: "", email: null },
          body: "Deeper",
          createdAt: "2018-06-10T16:30:00Z",
        }),
      ]);
      expect(res.status).toBe(200);
      expect(res.json.created.comments).toBe(3);
      const page = await list(thread);
      expect(page.json.total).toBe(3);
      const [root] = page.json.comments;
      expect(root).toMatchObject({
        author: { name: "Hrky75" },
        html: "<p>Good job <strong>SAA</strong>!</p>\n",
        createdAt: "2018-06-10T14:03:00.000Z",
        upvotes: 8,
        downvotes: 1,
        score: 7,
        replyCount: 1,
        depth: 0,
      });
      expect(root.author.email).toBeUndefined();
      const [reply] = root.replies;
      expect(reply).toMatchObject({ parentId: root.id, depth: 1, author: { name: "jorge" }, replyCount: 1 });
      expect(reply.replies[0]).toMatchObject({
        parentId: reply.id,
        depth: 2,
        author: { name: "Guest" },
        body: "Deeper",
      });
    });

    it("adds nothing when the same batch is sent again", async () => {
      const thread = uniqueThread();
      const [a, b] = [uniqueId(), uniqueId()];
      const batch = [commentRecord({ id: a, thread }), commentRecord({ id: b, thread, parentId: a })];
      expect((await importBatch("disqus", batch)).json.created.comments).toBe(2);
      const before = await snapshot();
      const again = await importBatch("disqus", batch);
      expect(again.json).toMatchObject({ created: { comments: 0 }, existing: { comments: 2 }, skipped: [] });
      expect(await snapshot()).toEqual(before);
      expect((await list(thread)).json.total).toBe(2);
    });

    it("keys comments by source: the same external id from another source is another comment", async () => {
      const thread = uniqueThread();
      const id = uniqueId();
      await importBatch("disqus", [commentRecord({ id, thread })]);
      expect((await importBatch("isso", [commentRecord({ id, thread })])).json.created.comments).toBe(1);
    });

    it("keys comments by site too: two WordPress sites' comment 1 are two comments, and each re-run adds nothing", async () => {
      const [first, second] = [uniqueThread(), uniqueThread()];
      const [one, two] = [`https://one-${uniqueId()}.example`, `https://two-${uniqueId()}.example`];
      // Every WordPress site numbers its comments from 1: the same ids, parents included.
      const batch = (thread: string, text: string) => [
        commentRecord({ id: "1", thread, body: `${text} root` }),
        commentRecord({ id: "2", thread, parentId: "1", body: `${text} reply` }),
      ];
      expect((await importBatch("wordpress", batch(first, "one"), one)).json.created.comments).toBe(2);
      const res = await importBatch("wordpress", batch(second, "two"), two);
      expect(res.json).toMatchObject({ created: { comments: 2 }, existing: { comments: 0 }, skipped: [] });
      const [root] = (await list(second)).json.comments;
      expect(root).toMatchObject({ body: "two root", replyCount: 1 });
      expect(root.replies[0]).toMatchObject({ body: "two reply", parentId: root.id });

      const before = await snapshot();
      for (const [thread, text, site] of [
        [first, "one", one],
        [second, "two", two],
      ] as const) {
        const again = await importBatch("wordpress", batch(thread, text), site);
        expect(again.json).toMatchObject({ created: { comments: 0 }, existing: { comments: 2 }, skipped: [] });
      }
      expect(await snapshot()).toEqual(before);
    });

    it("still finds comments imported before keys named their site: re-running such an import adds nothing", async () => {
      const thread = uniqueThread();
      const [a, b] = [uniqueId(), uniqueId()];
      const batch = [commentRecord({ id: a, thread }), commentRecord({ id: b, thread, parentId: a })];
      // A batch without a site is keyed with site "", as every key was before migration 0016.
      expect((await importBatch("wordpress", batch)).json.created.comments).toBe(2);
      const before = await snapshot();
      const again = await importBatch("wordpress", batch, "https://blog.example");
      expect(again.json).toMatchObject({ created: { comments: 0 }, existing: { comments: 2 }, skipped: [] });
      expect(await snapshot()).toEqual(before);
    });

    it("attaches replies to parents imported by an earlier batch and recounts them", async () => {
      const thread = uniqueThread();
      const [a, b] = [uniqueId(), uniqueId()];
      await importBatch("remark42", [commentRecord({ id: a, thread })]);
      expect(
        (await importBatch("remark42", [commentRecord({ id: b, thread, parentId: a })])).json.created.comments,
      ).toBe(1);
      const [root] = (await list(thread)).json.comments;
      expect(root.replyCount).toBe(1);
      expect(root.replies[0].parentId).toBe(root.id);
    });

    it("skips a reply whose parent was never imported, or is in another thread, saying why", async () => {
      const thread = uniqueThread();
      const elsewhere = uniqueId();
      await importBatch("disqus", [commentRecord({ id: elsewhere, thread: uniqueThread() })]);
      const [lost, moved] = [uniqueId(), uniqueId()];
      const res = await importBatch("disqus", [
        commentRecord({ id: lost, thread, parentId: "never-sent" }),
        commentRecord({ id: moved, thread, parentId: elsewhere }),
      ]);
      expect(res.json.created.comments).toBe(0);
      expect(res.json.skipped).toEqual([
        { type: "comment", id: lost, reason: expect.stringContaining("is not imported") },
        { type: "comment", id: moved, reason: expect.stringContaining("another thread") },
      ]);
    });

    it("keeps pending and spam out of the thread, in the moderation queue with their emails", async () => {
      const thread = uniqueThread();
      const [p, s] = [uniqueId(), uniqueId()];
      await importBatch("wordpress", [
        commentRecord({ id: p, thread, status: "pending", author: { name: "Wait", email: "wait@example.org" } }),
        commentRecord({ id: s, thread, status: "spam", body: "buy now" }),
      ]);
      expect((await list(thread)).json.total).toBe(0);
      const pending = await admin("GET", `/api/v1/admin/comments?status=pending&thread=${encodeURIComponent(thread)}`);
      expect(pending.json.comments).toMatchObject([
        { author: { name: "Wait", email: "wait@example.org" }, status: "pending" },
      ]);
      const spam = await admin("GET", `/api/v1/admin/comments?status=spam&thread=${encodeURIComponent(thread)}`);
      expect(spam.json.comments).toHaveLength(1);
    });

    it("shows a deleted comment with replies as a placeholder, and hides one without; the owner still sees the text", async () => {
      const thread = uniqueThread();
      const [gone, reply, alone] = [uniqueId(), uniqueId(), uniqueId()];
      await importBatch("disqus", [
        commentRecord({ id: gone, thread, status: "deleted", body: "secret words" }),
        commentRecord({ id: reply, thread, parentId: gone, body: "still here" }),
        commentRecord({ id: alone, thread, status: "deleted", body: "" }),
      ]);
      const page = (await list(thread)).json;
      expect(page.total).toBe(1);
      expect(page.comments).toHaveLength(1);
      expect(page.comments[0]).toMatchObject({ deleted: true, body: "", html: "", author: null, replyCount: 1 });
      expect(page.comments[0].replies[0].body).toBe("still here");
      const deleted = await admin("GET", `/api/v1/admin/comments?status=deleted&thread=${encodeURIComponent(thread)}`);
      expect(deleted.json.comments.map((c: any) => c.body).sort()).toEqual(["", "secret words"]);
    });

    it("renders bodies with our Markdown renderer: raw HTML escaped, unsafe links never linked", async () => {
      const thread = uniqueThread();
      await importBatch("isso", [
        commentRecord({
          id: uniqueId(),
          thread,
          body: '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror="alert(1)">',
        }),
      ]);
      const [comment] = (await list(thread)).json.comments;
      expect(comment.html).not.toMatch(/<script|<img|href="javascript/i);
      expect(comment.html).toContain("&lt;script&gt;");
    });

    it("adds new votes to imported tallies instead of recounting them away", async () => {
      const thread = uniqueThread();
      await importBatch("wordpress", [commentRecord({ id: uniqueId(), thread, upvotes: 5, downvotes: 2 })]);
      const [comment] = (await list(thread)).json.comments;
      const vote = await call("POST", `/api/v1/comments/${comment.id}/votes`, {
        body: { voter: "voter-0123456789abcdef", value: 1 },
      });
      expect(vote.json).toMatchObject({ upvotes: 6, downvotes: 2, score: 4, myVote: 1 });
      const back = await call("POST", `/api/v1/comments/${comment.id}/votes`, {
        body: { voter: "voter-0123456789abcdef", value: 0 },
      });
      expect(back.json).toMatchObject({ upvotes: 5, downvotes: 2 });
    });

    it("gives imported comments no edit token: only the admin token edits them", async () => {
      const thread = uniqueThread();
      await importBatch("wordpress", [commentRecord({ id: uniqueId(), thread })]);
      const [comment] = (await list(thread)).json.comments;
      for (const token of ["!imported", "", "x"]) {
        const res = await call("PATCH", `/api/v1/comments/${comment.id}`, {
          body: { body: "hijack" },
          headers: { Authorization: `Bearer ${token}` },
        });
        expect(res.status).toBe(401);
      }
      expect((await admin("PATCH", `/api/v1/comments/${comment.id}`, { body: { body: "fixed" } })).status).toBe(200);
    });
  });

  describe("malformed batches", () => {
    it("answers 400 naming every failing field and stores nothing, not even the good records", async () => {
      const thread = uniqueThread();
      const before = await snapshot();
      const res = await importBatch("disqus", [
        commentRecord({ id: uniqueId(), thread }),
        commentRecord({ id: uniqueId(), thread, createdAt: "yesterday" }),
        commentRecord({ id: uniqueId(), thread, body: "", status: "approved" }),
        { type: "comment", id: uniqueId() },
        { type: "vote" },
      ]);
      expect(res.status).toBe(400);
      const paths = errorOf(res).issues!.map((issue) => issue.path);
      expect(paths).toEqual(
        expect.arrayContaining(["records.1.createdAt", "records.2.body", "records.3.thread", "records.4.type"]),
      );
      expect(await snapshot()).toEqual(before);
    });

    it("answers 400 for an unknown source or an empty batch", async () => {
      expect((await importBatch("blogger", [commentRecord({ id: uniqueId(), thread: uniqueThread() })])).status).toBe(
        400,
      );
      expect(errorOf(await importBatch("disqus", [])).issues![0]!.path).toBe("records");
    });

    it("answers 401 without the admin token and stores nothing", async () => {
      const before = await snapshot();
      const res = await call("POST", "/api/v1/admin/import", {
        body: { source: "disqus", records: [commentRecord({ id: uniqueId(), thread: uniqueThread() })] },
      });
      expect(res.status).toBe(401);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe("campaigns and donations", () => {
    const campaign = (slug: string) => ({
      type: "campaign",
      slug,
      title: "January drive",
      currency: "USD",
      tiers: [
        { amount: 250000, label: "Lights on" },
        { amount: 500000, label: null },
      ],
      period: { kind: "open", timeZone: "UTC" },
      createdAt: "2020-01-01T00:00:00.000Z",
      updatedAt: "2020-02-03T04:05:06.000Z",
    });
    const donation = (slug: string, id: string, amount: number) => ({
      type: "donation",
      id,
      campaign: slug,
      amount,
      donor: "Ann",
      message: null,
      at: "2020-01-15T10:00:00.000Z",
      source: "manual",
      idempotencyKey: null,
      createdAt: "2020-01-15T10:00:01.000Z",
    });

    it("imports a campaign with tiers and its donations, keeping updatedAt, and adds nothing the second time", async () => {
      const slug = uniqueSlug();
      const batch = [campaign(slug), donation(slug, uniqueId("d"), 90000), donation(slug, uniqueId("d"), 10000)];
      expect((await importBatch("goalpost", batch)).json.created).toMatchObject({ campaigns: 1, donations: 2 });
      const again = await importBatch("goalpost", batch);
      expect(again.json).toMatchObject({
        created: { campaigns: 0, donations: 0 },
        existing: { campaigns: 1, donations: 2 },
      });
      const res = await call("GET", `/api/v1/campaigns/${slug}`);
      expect(res.json).toMatchObject({
        raised: 100000,
        donorCount: 2,
        goal: 500000,
        updatedAt: "2020-02-03T04:05:06.000Z",
      });
      expect(res.json.tiers).toEqual([
        { amount: 250000, label: "Lights on", reached: false },
        { amount: 500000, label: null, reached: false },
      ]);
    });

    it("imports a channel donation keyed by the channel and a 255-character payment id, as the export writes it", async () => {
      const slug = uniqueSlug();
      // The generic channel takes external ids up to 255 characters; the key is `<channel>:<id>`.
      const key = `github-sponsors:${"x".repeat(255)}`;
      const paid = { ...donation(slug, uniqueId("d"), 2500), source: "github-sponsors", idempotencyKey: key };
      const res = await importBatch("goalpost", [campaign(slug), paid]);
      expect(res.status).toBe(200);
      expect(res.json.created).toMatchObject({ campaigns: 1, donations: 1 });
      expect((await call("GET", `/api/v1/campaigns/${slug}`)).json.raised).toBe(2500);
    });

    it("skips donations of a campaign that does not exist", async () => {
      const id = uniqueId("d");
      const res = await importBatch("goalpost", [donation(uniqueSlug(), id, 100)]);
      expect(res.json.skipped).toEqual([{ type: "donation", id, reason: expect.stringContaining("does not exist") }]);
    });
  });

  it("is described in /openapi.json with the export", async () => {
    const doc = (await call("GET", "/openapi.json")).json;
    expect(doc.paths["/api/v1/admin/import"].post.requestBody).toBeDefined();
    expect(doc.paths["/api/v1/admin/export"].get.responses["200"].content["application/x-ndjson"]).toBeDefined();
  });
});
