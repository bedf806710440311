import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { encodeCursor } from "../../src/domain/cursor";
import { list, moderate, posted, uniqueThread } from "./comments-helpers";
import { call, errorOf } from "./helpers";
import { snapshot } from "./storage";
import { seedReplies } from "./thread-seed";

let seeds = 0;
/** A top-level comment with `count` direct replies stored through D1, oldest first. */
async function rootWith(count: number) {
  const thread = uniqueThread("/paging");
  const root = await posted({ thread, body: "root" });
  const at = Date.now() + 1000;
  const ids = await seedReplies(thread, root.id, `p${seeds++}-${Date.now().toString(36)}-`, count, at);
  return { thread, rootId: root.id, ids };
}

const replies = (id: string, cursor?: string) =>
  call("GET", `/api/v1/comments/${encodeURIComponent(id)}/replies${cursor === undefined ? "" : `?cursor=${cursor}`}`);

describe("reply paging", () => {
  it("a page lists the 50 oldest replies of each root and a moreReplies cursor", async () => {
    const { thread, rootId, ids } = await rootWith(120);
    const page = (await list(thread)).json;
    expect(page.total).toBe(121);
    const [root] = page.comments;
    expect(root.replies.map((c: any) => c.id)).toEqual(ids.slice(0, 50));
    expect(root.replyCount).toBe(120);
    expect(typeof root.moreReplies).toBe("string");
    expect(root.id).toBe(rootId);
  });

  it("GET /comments/:id/replies serves the rest 50 at a time, oldest first, none twice, none missed", async () => {
    const { thread, rootId, ids } = await rootWith(120);
    const first = (await list(thread)).json.comments[0];
    const second = await replies(rootId, first.moreReplies);
    expect(second.status).toBe(200);
    expect(second.json.replies.map((c: any) => c.id)).toEqual(ids.slice(50, 100));
    const third = await replies(rootId, second.json.moreReplies);
    expect(third.json.replies.map((c: any) => c.id)).toEqual(ids.slice(100));
    expect(third.json.moreReplies).toBeNull();
  });

  it("without a cursor answers the first slice, as the page lists it", async () => {
    const { thread, rootId } = await rootWith(60);
    const page = (await list(thread)).json.comments[0];
    const res = await replies(rootId);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ replies: page.replies, moreReplies: page.moreReplies });
  });

  it("a root with 50 replies or fewer has moreReplies null", async () => {
    const { thread } = await rootWith(50);
    const root = (await list(thread)).json.comments[0];
    expect(root.replies).toHaveLength(50);
    expect(root.moreReplies).toBeNull();
  });

  it("counts replies of every depth and nests a continuation by parentId", async () => {
    const thread = uniqueThread("/paging");
    const root = await posted({ thread, body: "root" });
    const a = await posted({ thread, parentId: root.id, body: "a" });
    const aIds = await seedReplies(thread, root.id, `n${seeds++}-${Date.now().toString(36)}-`, 49, Date.now() + 1000);
    // One more reply under `a`, created after the 49 others: it is the 51st reply of the root.
    await env.DB.prepare(
      `INSERT INTO comments (id, thread, parent_id, root_id, path, depth, author_name, body, html, status, edit_token_hash, created_at)
       VALUES (?1, ?2, ?3, ?4, ?4 || '/' || ?3 || '/' || ?1, 2, 'late', 'late', '<p>late</p>', 'approved', 'x', ?5)`,
    )
      .bind(`${a.id}-late`, thread, a.id, root.id, Date.now() + 5000)
      .run();
    await env.DB.prepare("UPDATE comments SET reply_count = 1 WHERE id = ?1").bind(a.id).run();
    const page = (await list(thread)).json.comments[0];
    expect(page.replies.map((c: any) => c.id)).toEqual([a.id, ...aIds]);
    expect(page.replies[0].replies).toEqual([]);
    expect(page.replies[0].replyCount).toBe(1);
    const next = await replies(root.id, page.moreReplies);
    expect(next.json.replies).toHaveLength(1);
    expect(next.json.replies[0]).toMatchObject({ id: `${a.id}-late`, parentId: a.id, depth: 2 });
    expect(next.json.moreReplies).toBeNull();
  });

  it("GET /api/v1/embed lists the same slice and cursor", async () => {
    const { thread } = await rootWith(51);
    const embed = (await call("GET", `/api/v1/embed?thread=${encodeURIComponent(thread)}`)).json;
    const page = (await list(thread)).json;
    expect(embed.comments.comments[0].replies).toEqual(page.comments[0].replies);
    expect(embed.comments.comments[0].moreReplies).toBe(page.comments[0].moreReplies);
    expect(page.comments[0].moreReplies).not.toBeNull();
  });

  describe("rejections", () => {
    it("400 validation_failed for cursors we did not issue for this comment, storage unchanged", async () => {
      const one = await rootWith(51);
      const two = await rootWith(51);
      const foreign = (await list(two.thread)).json.comments[0].moreReplies;
      const pageCursor = encodeCursor(["o.abc", 1, 1, "c_x"]);
      const before = await snapshot();
      for (const cursor of [foreign, pageCursor, "not a cursor", "%00", encodeCursor(["r.0", "x", "y"]), "W10"]) {
        const res = await replies(one.rootId, encodeURIComponent(cursor));
        expect(res.status, cursor).toBe(400);
        expect(errorOf(res).code).toBe("validation_failed");
      }
      expect(await snapshot()).toEqual(before);
    });

    it("404 not_found for an unknown id, a reply's id and a held comment", async () => {
      const { thread, ids } = await rootWith(2);
      const held = await posted({ thread, body: "soon held" });
      await moderate(held.id, { status: "pending" });
      for (const id of ["c_nope", ids[0]!, held.id]) {
        const res = await replies(id);
        expect(res.status, id).toBe(404);
        expect(errorOf(res).code).toBe("not_found");
      }
    });
  });
});
