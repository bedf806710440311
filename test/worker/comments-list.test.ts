import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flatten, list, moderate, posted, uniqueIp, uniqueThread } from "./comments-helpers";
import { call, errorOf } from "./helpers";

let now = Date.UTC(2026, 0, 20, 8);
/** Moves the worker's clock one second on, so creation order is unambiguous. */
const tick = (ms = 1000) => {
  now += ms;
  vi.setSystemTime(now);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  tick();
});
afterEach(() => vi.useRealTimers());

const vote = (id: string, voter: string, value: number) =>
  call("POST", `/api/v1/comments/${id}/votes`, {
    body: { voter: voter.padEnd(16, "x"), value },
    headers: { "CF-Connecting-IP": uniqueIp() },
  });

describe("GET /api/v1/comments", () => {
  it("nests replies five levels deep with depth counted from 0", async () => {
    const thread = uniqueThread();
    let parentId: string | null = null;
    const ids: string[] = [];
    for (let level = 0; level <= 5; level++) {
      tick();
      const { id }: { id: string } = await posted({ thread, parentId, body: `level ${level}` });
      ids.push(id);
      parentId = id;
    }
    const res = await list(thread);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ thread, sort: "oldest", total: 6, nextCursor: null });
    expect(res.json.comments).toHaveLength(1);
    const chain = flatten(res.json.comments);
    expect(chain.map((c: any) => [c.id, c.depth, c.parentId, c.replyCount])).toEqual(
      ids.map((id, depth) => [id, depth, depth === 0 ? null : ids[depth - 1], depth < 5 ? 1 : 0]),
    );
    expect(chain[5].body).toBe("level 5");
  });

  it("lists replies oldest first under each root and counts direct replies", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread });
    const replies = [];
    for (let i = 0; i < 3; i++) {
      tick();
      replies.push((await posted({ thread, parentId: root.id, body: `r${i}` })).id);
    }
    tick();
    await posted({ thread, parentId: replies[0], body: "nested" });
    const res = await list(thread, { sort: "newest" });
    const [tree] = res.json.comments;
    expect(tree.replies.map((r: any) => r.id)).toEqual(replies);
    expect(tree.replyCount).toBe(3);
    expect(tree.replies[0].replyCount).toBe(1);
    expect(res.json.total).toBe(5);
  });

  it("answers an empty page for a thread without comments", async () => {
    const res = await list(uniqueThread());
    expect(res.json).toMatchObject({ total: 0, comments: [], nextCursor: null });
  });

  it("reads a page in at most two D1 queries", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread });
    await posted({ thread, parentId: root.id });
    const res = await list(thread);
    expect(Number(res.headers.get("x-d1-queries"))).toBeLessThanOrEqual(2);
  });

  describe("sorting", () => {
    async function seed() {
      const thread = uniqueThread();
      tick();
      const same = now;
      const a = await posted({ thread, body: "a" });
      vi.setSystemTime(same);
      const b = await posted({ thread, body: "b" });
      tick();
      const c = await posted({ thread, body: "c" });
      tick();
      const d = await posted({ thread, body: "d" });
      // a and b share a timestamp: ties fall back to the id.
      const [first, second] = [a.id, b.id].sort();
      return { thread, first: first!, second: second!, c: c.id, d: d.id };
    }

    it("sorts oldest first by default, ties by id", async () => {
      const s = await seed();
      const res = await list(s.thread);
      expect(res.json.comments.map((x: any) => x.id)).toEqual([s.first, s.second, s.c, s.d]);
    });

    it("sorts newest first, ties by id descending", async () => {
      const s = await seed();
      const res = await list(s.thread, { sort: "newest" });
      expect(res.json.sort).toBe("newest");
      expect(res.json.comments.map((x: any) => x.id)).toEqual([s.d, s.c, s.second, s.first]);
    });

    it("sorts top by score, equal scores oldest first", async () => {
      const s = await seed();
      await vote(s.d, "voter-one", 1);
      await vote(s.d, "voter-two", 1);
      await vote(s.c, "voter-one", 1);
      await vote(s.first, "voter-one", 1);
      await vote(s.second, "voter-one", -1);
      const res = await list(s.thread, { sort: "top" });
      // d: 2, then c and first tie at 1 (first is older), then second at -1.
      expect(res.json.comments.map((x: any) => [x.id, x.score])).toEqual([
        [s.d, 2],
        [s.first, 1],
        [s.c, 1],
        [s.second, -1],
      ]);
    });

    it.each(["oldest", "newest", "top"])("puts pinned comments first with sort=%s", async (sort) => {
      const s = await seed();
      await moderate(s.c, { pinned: true });
      await vote(s.d, "voter-one", 1);
      const res = await list(s.thread, { sort });
      expect(res.json.comments[0]).toMatchObject({ id: s.c, pinned: true });
      expect(res.json.comments).toHaveLength(4);
    });
  });

  describe("pagination", () => {
    it.each(["oldest", "newest", "top"])(
      "walks 45 comments with sort=%s, inserts between pages, no duplicates or gaps",
      async (sort) => {
        const thread = uniqueThread();
        const original: string[] = [];
        for (let i = 0; i < 45; i++) {
          tick();
          original.push((await posted({ thread, body: `#${i}` })).id);
        }
        const expected = sort === "newest" ? [...original].reverse() : original;
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const res = await list(thread, { sort, limit: "10", ...(cursor ? { cursor } : {}) });
          expect(res.status).toBe(200);
          seen.push(...res.json.comments.map((x: any) => x.id));
          cursor = res.json.nextCursor;
          tick();
          await posted({ thread, body: `inserted after page ${pages++}` });
        } while (cursor && pages < 20);
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.filter((id) => original.includes(id))).toEqual(expected);
        if (sort === "newest") expect(seen).toEqual(expected);
      },
      30_000,
    );
  });

  describe("bad input", () => {
    it.each([
      ["limit", { limit: "0" }],
      ["limit", { limit: "101" }],
      ["limit", { limit: "ten" }],
      ["limit", { limit: "-1" }],
      ["sort", { sort: "hot" }],
      ["cursor", { cursor: "not-a-cursor" }],
      ["cursor", { cursor: "eyJhIjoxfQ" }],
      ["thread", { thread: "" }],
    ])("answers 400 validation_failed naming %s", async (path, params) => {
      const res = await list(uniqueThread(), params as Record<string, string>);
      expect(res.status).toBe(400);
      const error = errorOf(res);
      expect(error.code).toBe("validation_failed");
      expect(error.issues?.map((issue) => issue.path)).toContain(path);
    });

    it("rejects a cursor issued for another sort", async () => {
      const thread = uniqueThread();
      for (let i = 0; i < 3; i++) await posted({ thread });
      const first = await list(thread, { limit: "1" });
      const res = await list(thread, { limit: "1", sort: "top", cursor: first.json.nextCursor });
      expect(res.status).toBe(400);
      expect(errorOf(res).code).toBe("validation_failed");
    });

    it("requires the thread", async () => {
      const res = await call("GET", "/api/v1/comments");
      expect(res.status).toBe(400);
      expect(errorOf(res).issues?.[0]?.path).toBe("thread");
    });
  });
});

describe("cursors are tied to their thread", () => {
  it("rejects a cursor issued for another thread with 400", async () => {
    const a = uniqueThread();
    const b = uniqueThread();
    for (let i = 0; i < 3; i++) await posted({ thread: a, body: `a${i}` });
    await posted({ thread: b, body: "b" });
    const first = await list(a, { limit: "1" });
    expect(first.json.nextCursor).toBeTruthy();
    expect((await list(a, { limit: "1", cursor: first.json.nextCursor })).status).toBe(200);
    const other = await list(b, { limit: "1", cursor: first.json.nextCursor });
    expect(other.status).toBe(400);
    expect(other.json.error.issues[0].path).toBe("cursor");
  });
});
