import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { list, moderate, posted, stored, uniqueIp, uniqueThread } from "./comments-helpers";
import { call, errorOf } from "./helpers";

const voter = (n: number) => `voter-${String(n).padStart(12, "0")}`;
// Each voter from its own network: at most 3 voters of one network count (abuse-votes.test.ts).
const networks = new Map<string, string>();
const vote = (id: string, who: string, value: unknown) => {
  if (!networks.has(who)) networks.set(who, uniqueIp());
  return call("POST", `/api/v1/comments/${id}/votes`, {
    body: { voter: who, value },
    headers: { "CF-Connecting-IP": networks.get(who)! },
  });
};

describe("POST /api/v1/comments/:id/votes", () => {
  it("counts an upvote and reports the voter's vote", async () => {
    const { id } = await posted({ thread: uniqueThread() });
    const res = await vote(id, voter(1), 1);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ upvotes: 1, downvotes: 0, score: 1, myVote: 1 });
  });

  it("replaces an earlier vote by the same voter", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    await vote(id, voter(1), 1);
    await vote(id, voter(2), 1);
    const res = await vote(id, voter(1), -1);
    expect(res.json).toEqual({ upvotes: 1, downvotes: 1, score: 0, myVote: -1 });
    expect((await vote(id, voter(1), -1)).json).toEqual({ upvotes: 1, downvotes: 1, score: 0, myVote: -1 });
    expect(await stored(thread)).toMatchObject({ votes: 2 });
  });

  it("withdraws a vote with 0", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    await vote(id, voter(1), -1);
    expect((await vote(id, voter(1), 0)).json).toEqual({ upvotes: 0, downvotes: 0, score: 0, myVote: 0 });
    expect((await vote(id, voter(9), 0)).json).toEqual({ upvotes: 0, downvotes: 0, score: 0, myVote: 0 });
    expect(await stored(thread)).toMatchObject({ votes: 0 });
  });

  it("loses and doubles nothing under 100 concurrent voters", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    const results = await Promise.all(Array.from({ length: 100 }, (_, n) => vote(id, voter(n), n % 4 === 0 ? -1 : 1)));
    expect(results.every((res) => res.status === 200)).toBe(true);
    // And the same 100 voters again, all at once, changing their minds: still one vote each.
    await Promise.all(Array.from({ length: 100 }, (_, n) => vote(id, voter(n), n % 4 === 0 ? 1 : -1)));
    const [comment] = (await list(thread)).json.comments;
    expect(comment).toMatchObject({ upvotes: 25, downvotes: 75, score: -50 });
    const ledger = await env.DB.prepare(
      "SELECT SUM(value = 1) AS up, SUM(value = -1) AS down FROM votes WHERE comment_id = ?1",
    )
      .bind(id)
      .first();
    expect(ledger).toEqual({ up: 25, down: 75 });
  }, 30_000);

  it.each(["pending", "spam", "deleted"])("answers 404 for a %s comment and stores nothing", async (status) => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    await moderate(id, { status });
    const res = await vote(id, voter(1), 1);
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe("not_found");
    expect(await stored(thread)).toMatchObject({ votes: 0 });
  });

  it("answers 404 for an unknown comment", async () => {
    expect((await vote("c_nope", voter(1), 1)).status).toBe(404);
  });

  it.each([
    ["voter", { voter: "short", value: 1 }],
    ["voter", { voter: "x".repeat(65), value: 1 }],
    ["voter", { voter: "has spaces in it!!", value: 1 }],
    ["value", { voter: voter(1), value: 2 }],
    ["value", { voter: voter(1), value: "1" }],
    ["value", { voter: voter(1) }],
  ])("answers 400 naming %s and stores nothing", async (path, body) => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    const res = await call("POST", `/api/v1/comments/${id}/votes`, { body });
    expect(res.status).toBe(400);
    expect(errorOf(res).issues?.map((issue) => issue.path)).toContain(path);
    expect(await stored(thread)).toMatchObject({ votes: 0 });
  });
});
