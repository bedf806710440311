import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { sliceIds } from "../../src/db/comment-replies";
import { hashToken } from "../../src/domain/secret-token";
import { post, uniqueThread } from "./comments-helpers";
import { admin, call, createCampaign } from "./helpers";
import { seedChain } from "./thread-seed";

// The attack of issue 12: a chain of ~5,000 replies made GET comments and GET embed answer
// 500 (Maximum call stack size exceeded) and blanked the goal bar. The chain is stored
// straight through D1 (as a thread posted before MAX_REPLY_DEPTH would be); every read and
// write of it must answer normally and cost no more than for a shallow thread.
const DEPTH = 5000;
const thread = uniqueThread("/deep");
const rootId = "deep-root";
let ids: string[] = [];
let slug = "";

beforeAll(async () => {
  ({ ids } = await seedChain(thread, rootId, "", DEPTH));
  slug = await createCampaign();
}, 120_000);

/** The comments of a nested list and everything under them, without recursion. */
function walk(comments: any[]): any[] {
  const out: any[] = [];
  const stack = [...comments].reverse();
  while (stack.length) {
    const comment = stack.pop();
    out.push(comment);
    stack.push(...[...comment.replies].reverse());
  }
  return out;
}

describe("a 5,000-deep reply chain", () => {
  it("is stored 5,000 levels deep (the fixture is the attack)", async () => {
    const row = await env.DB.prepare("SELECT MAX(depth) AS depth, COUNT(*) AS n FROM comments WHERE thread = ?1")
      .bind(thread)
      .first<{ depth: number; n: number }>();
    expect(row).toEqual({ depth: DEPTH, n: DEPTH + 1 });
  });

  it("GET /api/v1/comments answers 200 with the root and its 50 oldest replies", async () => {
    const res = await call("GET", `/api/v1/comments?thread=${encodeURIComponent(thread)}`);
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(DEPTH + 1);
    const [root] = res.json.comments;
    expect(root.id).toBe(rootId);
    const listed = walk(root.replies);
    expect(listed.map((c) => c.id)).toEqual(ids.slice(0, 50));
    expect(typeof root.moreReplies).toBe("string");
  });

  it("GET /api/v1/embed answers 200 with the goal bar and the thread", async () => {
    const res = await call("GET", `/api/v1/embed?campaign=${slug}&thread=${encodeURIComponent(thread)}`);
    expect(res.status).toBe(200);
    expect(res.json.campaign.slug).toBe(slug);
    expect(walk(res.json.comments.comments[0].replies)).toHaveLength(50);
  });

  it("GET /api/v1/comments/:id/replies walks all 4,999 remaining replies in slices of 50, none twice", async () => {
    const page = await call("GET", `/api/v1/comments?thread=${encodeURIComponent(thread)}`);
    const seen = walk(page.json.comments[0].replies).map((c) => c.id);
    let cursor: string | null = page.json.comments[0].moreReplies;
    let slices = 0;
    while (cursor) {
      const res = await call("GET", `/api/v1/comments/${rootId}/replies?cursor=${cursor}`);
      expect(res.status).toBe(200);
      const slice = walk(res.json.replies);
      expect(slice.length).toBeLessThanOrEqual(50);
      // The continuation hangs under the last reply of the previous slice.
      expect(res.json.replies[0].parentId).toBe(seen[seen.length - 1]);
      seen.push(...slice.map((c) => c.id));
      cursor = res.json.moreReplies;
      slices++;
    }
    expect(slices).toBe(Math.ceil(DEPTH / 50) - 1);
    expect(seen).toEqual(ids);
  }, 120_000);

  it("reads one slice off the index: at most 51 rows per root, whatever the depth", async () => {
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sliceIds("?1", null)}`)
      .bind(rootId)
      .all<{ detail: string }>();
    expect(plan.results.map((row) => row.detail).join("\n")).toMatch(/USING (COVERING )?INDEX comments_root_replies/);
    expect(plan.results.map((row) => row.detail).join("\n")).not.toMatch(/TEMP B-TREE/);
    const slice = await env.DB.prepare(sliceIds("?1", null)).bind(rootId).all();
    expect(slice.results).toHaveLength(51);
  });

  it("GET /api/v1/counts answers 200", async () => {
    const res = await call("GET", `/api/v1/counts?thread=${encodeURIComponent(thread)}`);
    expect(res.status).toBe(200);
    expect(res.json.counts[thread]).toBe(DEPTH + 1);
  });

  it("a reply to the deepest comment is stored beside it, not deeper, and names it", async () => {
    const leaf = ids[DEPTH - 1]!;
    const res = await post({ thread, parentId: leaf, body: "deeper?" });
    expect(res.status).toBe(201);
    expect(res.json.comment).toMatchObject({ depth: DEPTH, parentId: ids[DEPTH - 2], replyTo: { id: leaf } });
  });

  it("the author's delete of a comment 2,500 levels down answers 204 and leaves a placeholder", async () => {
    const token = "deep-thread-edit-token-0123456789";
    const target = ids[2499]!;
    // Within the edit window: the author's token and a fresh creation time.
    await env.DB.prepare("UPDATE comments SET edit_token_hash = ?2, created_at = ?3 WHERE id = ?1")
      .bind(target, await hashToken(token), Date.now())
      .run();
    const res = await call("DELETE", `/api/v1/comments/${target}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(204);
    const row = await env.DB.prepare("SELECT status, reply_count FROM comments WHERE id = ?1").bind(target).first();
    expect(row).toEqual({ status: "deleted", reply_count: 1 });
  });

  it("GET /api/v1/admin/export answers 200 with every comment of the chain", async () => {
    const res = await admin("GET", "/api/v1/admin/export");
    expect(res.status).toBe(200);
    const lines = String(res.json)
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    const mine = lines.filter((line) => line.type === "comment" && line.thread === thread);
    expect(mine.length).toBe(DEPTH + 2);
  }, 120_000);

  it("the owner's delete answers 204 for the deepest reply, then for the root with everything under it", async () => {
    const leaf = await admin("DELETE", `/api/v1/admin/comments/${ids[DEPTH - 1]}`);
    expect(leaf.status).toBe(204);
    const root = await admin("DELETE", `/api/v1/admin/comments/${rootId}`);
    expect(root.status).toBe(204);
    const left = await env.DB.prepare("SELECT COUNT(*) AS n FROM comments WHERE thread = ?1").bind(thread).first();
    expect(left).toEqual({ n: 0 });
    const res = await call("GET", `/api/v1/comments?thread=${encodeURIComponent(thread)}`);
    expect(res.status).toBe(200);
    expect(res.json.comments).toEqual([]);
  }, 120_000);
});
