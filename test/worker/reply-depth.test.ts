import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flatten, list, moderate, post, posted, uniqueThread } from "./comments-helpers";
import { call, errorOf } from "./helpers";
import { commentRecord, importBatch, uniqueId } from "./import-helpers";
import { mockWebhook, notifyHarness, subscribed, uniqueEmail } from "./notify-helpers";

// wrangler.toml sets MAX_REPLY_DEPTH = "8", the default.
const CAP = 8;

/** A top-level comment and CAP replies, each answering the one before: the last is at the cap. */
async function chainToCap(thread: string) {
  const chain = [await posted({ thread, body: "root", author: { name: "root" } })];
  for (let depth = 1; depth <= CAP; depth++) {
    chain.push(
      await posted({ thread, parentId: chain[depth - 1]!.id, body: `level ${depth}`, author: { name: `u${depth}` } }),
    );
  }
  return chain.map((c) => c.comment);
}

describe("MAX_REPLY_DEPTH", () => {
  it("stores a reply to a comment at the cap one level up, naming the comment it answers", async () => {
    const thread = uniqueThread();
    const chain = await chainToCap(thread);
    expect(chain.map((c) => [c.depth, c.replyTo])).toEqual(chain.map((_, depth) => [depth, null]));
    const atCap = chain[CAP]!;

    const res = await post({ thread, parentId: atCap.id, body: "answering jorge", author: { name: "jorge's friend" } });
    expect(res.status).toBe(201);
    expect(res.json.comment).toMatchObject({
      depth: CAP,
      parentId: chain[CAP - 1]!.id,
      replyTo: { id: atCap.id, name: `u${CAP}` },
    });

    // Listed beside the comment it answers, with the same replyTo.
    const listed = flatten((await list(thread)).json.comments);
    const stored = listed.find((c: any) => c.id === res.json.comment.id);
    expect(stored).toMatchObject({
      depth: CAP,
      parentId: chain[CAP - 1]!.id,
      replyTo: { id: atCap.id, name: `u${CAP}` },
    });
    expect(listed.find((c: any) => c.id === atCap.id).replyCount).toBe(0);
  });

  it("no sequence of replies, each answering the last, goes deeper than the cap", async () => {
    const thread = uniqueThread();
    const chain = await chainToCap(thread);
    let last = chain[CAP]!;
    for (let i = 0; i < 4; i++) {
      const next = await posted({ thread, parentId: last.id, body: `deeper ${i}`, author: { name: `d${i}` } });
      expect(next.comment).toMatchObject({ depth: CAP, replyTo: { id: last.id, name: last.author.name } });
      last = next.comment;
    }
    const depths = flatten((await list(thread)).json.comments).map((c: any) => c.depth);
    expect(Math.max(...depths)).toBe(CAP);
    expect(depths).toHaveLength(CAP + 1 + 4);
  });

  it("names nobody once the answered comment is deleted, and keeps its id", async () => {
    const thread = uniqueThread();
    const chain = await chainToCap(thread);
    const atCap = chain[CAP]!;
    const reply = await posted({ thread, parentId: atCap.id, body: "capped" });
    await moderate(atCap.id, { status: "deleted" });
    const listed = flatten((await list(thread)).json.comments).find((c: any) => c.id === reply.id);
    expect(listed.replyTo).toEqual({ id: atCap.id, name: null });
  });

  it("keeps the parent rules: placeholder 409, another thread 409, unknown 404, held 404", async () => {
    const thread = uniqueThread();
    const chain = await chainToCap(thread);
    const atCap = chain[CAP]!;
    // A placeholder at the cap: deleted, but shown because a reply hangs under it.
    const under = chain[CAP - 1]!;
    await posted({ thread, parentId: chain[CAP - 2]!.id, body: "keeps the level shown" });
    await moderate(under.id, { status: "deleted" });
    const toPlaceholder = await post({ thread, parentId: under.id, body: "to a placeholder" });
    expect(toPlaceholder.status).toBe(409);
    expect(errorOf(toPlaceholder).code).toBe("conflict");

    const other = await post({ thread: uniqueThread(), parentId: atCap.id, body: "wrong thread" });
    expect(other.status).toBe(409);
    expect(errorOf(other).code).toBe("conflict");

    const unknown = await post({ thread, parentId: "c_does_not_exist", body: "nobody" });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown).code).toBe("not_found");

    // Answering the comment at the cap still works: it is stored under the placeholder.
    const beside = await post({ thread, parentId: atCap.id, body: "stored under the placeholder" });
    expect(beside.status).toBe(201);
    expect(beside.json.comment).toMatchObject({ parentId: under.id, replyTo: { id: atCap.id } });

    await moderate(atCap.id, { status: "pending" });
    const held = await post({ thread, parentId: atCap.id, body: "to a held comment" });
    expect(held.status).toBe(404);
  });

  it("a reply below the cap has replyTo null and moreReplies null", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread });
    const reply = await posted({ thread, parentId: root.id });
    expect(reply.comment).toMatchObject({ depth: 1, parentId: root.id, replyTo: null, moreReplies: null });
    const page = (await list(thread)).json;
    expect(page.comments[0]).toMatchObject({ replyTo: null, moreReplies: null });
    expect(page.comments[0].replies[0]).toMatchObject({ replyTo: null, moreReplies: null });
  });

  it("OpenAPI describes replyTo, moreReplies and the replies route", async () => {
    const doc = (await call("GET", "/openapi.json")).json;
    expect(doc.paths["/api/v1/comments/{id}/replies"].get.responses["200"]).toBeDefined();
    expect(doc.components.schemas.Comment.properties).toHaveProperty("replyTo");
    expect(doc.components.schemas.Comment.properties).toHaveProperty("moreReplies");
    expect(doc.components.schemas.ReplyPage.properties).toHaveProperty("moreReplies");
  });
});

describe("MAX_REPLY_DEPTH and reply notifications", () => {
  let web: ReturnType<typeof mockWebhook>;
  beforeEach(() => {
    web = mockWebhook();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("tells the author of the answered comment, not the one it is stored under", async () => {
    const h = notifyHarness({ MAX_REPLY_DEPTH: "1" });
    const thread = uniqueThread();
    const rootAuthor = uniqueEmail("root");
    const alice = uniqueEmail("alice");
    const root = await subscribed(h, web, thread, rootAuthor, "replies");
    const aliceComment = await subscribed(h, web, thread, alice, "replies", root);
    web.hooks.length = 0;

    const reply = await h.post({ thread, parentId: aliceComment, author: { name: "Bob" }, body: "capped answer" });
    expect(reply.status).toBe(201);
    expect(reply.json.comment).toMatchObject({ depth: 1, parentId: root, replyTo: { id: aliceComment } });
    await h.run();
    expect(web.hooks.map((hook) => [hook.body.to, hook.body.kind])).toEqual([[alice, "reply"]]);
  });
});

describe("MAX_REPLY_DEPTH and imports", () => {
  it("an imported chain deeper than the cap is stored at most 8 deep, with replyTo", async () => {
    const thread = uniqueThread();
    const ids = Array.from({ length: 12 }, () => uniqueId());
    const res = await importBatch(
      "wordpress",
      ids.map((id, i) =>
        commentRecord({
          id,
          thread,
          parentId: i ? ids[i - 1] : null,
          author: { name: `n${i}`, email: null },
          body: `imported ${i}`,
          createdAt: new Date(Date.UTC(2018, 5, 10, 12, i)).toISOString(),
        }),
      ),
    );
    expect(res.status).toBe(200);
    expect(res.json.created.comments).toBe(12);
    const listed = flatten((await list(thread)).json.comments);
    expect(listed).toHaveLength(12);
    expect(Math.max(...listed.map((c: any) => c.depth))).toBe(CAP);
    const byBody = new Map(listed.map((c: any) => [c.body, c]));
    const nine = byBody.get("imported 9") as any;
    const eight = byBody.get("imported 8") as any;
    expect(nine).toMatchObject({ depth: CAP, parentId: eight.parentId, replyTo: { id: eight.id, name: "n8" } });
    expect((byBody.get("imported 11") as any).replyTo).toMatchObject({ name: "n10" });
  });
});
