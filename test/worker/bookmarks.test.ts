import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import app from "../../src/index";
import { post, posted, uniqueIp, uniqueThread } from "./comments-helpers";
import { call } from "./helpers";

// A D1 bookmark is whatever a client sends back (X-D1-Bookmark, or `bookmark=` on reads).
// One D1 rejects must never cost a 500: the request falls back to an unconstrained session.

const FORGED = "00000000-ffffffff-ffffffff-00000000000000000000000000000000";

/** env.DB whose sessions record their constraint; a session opened with `rejected` fails every statement as D1 does. */
function recordingDb(rejected: string) {
  const constraints: string[] = [];
  const fail = () => Promise.reject(new Error("D1_ERROR: bookmark is not valid for this database"));
  const DB = new Proxy(env.DB, {
    get(target, property) {
      if (property !== "withSession") return Reflect.get(target, property, target);
      return (constraint: string) => {
        constraints.push(constraint);
        if (constraint !== rejected) return target.withSession(constraint);
        const broken = {
          bind: () => broken,
          first: fail,
          all: fail,
          run: fail,
          raw: fail,
        };
        return { prepare: () => broken, batch: fail, getBookmark: () => null };
      };
    },
  });
  return { DB, constraints };
}

async function send(
  db: D1Database,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: unknown } = {},
) {
  const ctx = createExecutionContext();
  const headers = { "CF-Connecting-IP": uniqueIp(), ...init.headers } as Record<string, string>;
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  const res = await app.fetch(
    new Request(`http://goalpost.test${path}`, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { ...env, DB: db, EDGE_CACHE_SECONDS: "0" },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { status: res.status, json: (await res.json().catch(() => null)) as any };
}

describe("D1 bookmarks that do not come from us", () => {
  it("a read whose bookmark D1 rejects is answered from an unconstrained session", async () => {
    const thread = uniqueThread();
    await posted({ thread, body: "visible" });
    const { DB, constraints } = recordingDb(FORGED);
    const res = await send(DB, "GET", `/api/v1/comments?thread=${encodeURIComponent(thread)}&bookmark=${FORGED}`);
    expect(res.status).toBe(200);
    expect(res.json.comments.map((c: any) => c.body)).toEqual(["visible"]);
    expect(constraints).toEqual([FORGED, "first-unconstrained"]);
  });

  it("a write whose bookmark D1 rejects is stored once, on the primary", async () => {
    const thread = uniqueThread();
    const { DB, constraints } = recordingDb(FORGED);
    const res = await send(DB, "POST", "/api/v1/comments", {
      headers: { "X-D1-Bookmark": FORGED },
      body: { thread, body: "written despite the bookmark" },
    });
    expect(res.status).toBe(201);
    expect(constraints).toEqual([FORGED, "first-primary"]);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM comments WHERE thread = ?1").bind(thread).first();
    expect(rows).toEqual({ n: 1 });
  });

  it("the embed (goal bar and thread) survives a rejected bookmark", async () => {
    const { DB } = recordingDb(FORGED);
    const res = await send(DB, "GET", `/api/v1/embed?thread=${encodeURIComponent(uniqueThread())}&bookmark=${FORGED}`);
    expect(res.status).toBe(200);
    expect(res.json.comments.total).toBe(0);
  });

  it("a client cannot choose D1's own constraints (first-primary) through the bookmark", async () => {
    const { DB, constraints } = recordingDb("never");
    const res = await send(
      DB,
      "GET",
      `/api/v1/comments?thread=${encodeURIComponent(uniqueThread())}&bookmark=first-primary`,
    );
    expect(res.status).toBe(200);
    expect(constraints).toEqual(["first-unconstrained"]);
  });

  it("a real bookmark is used as the session's constraint", async () => {
    const write = await post({ thread: uniqueThread() });
    const bookmark = write.headers.get("x-d1-bookmark")!;
    const { DB, constraints } = recordingDb("never");
    const res = await send(DB, "GET", `/api/v1/comments?thread=x&bookmark=${bookmark}`);
    expect(res.status).toBe(200);
    expect(constraints).toEqual([bookmark]);
  });

  it("garbage bookmarks in the query and the header never produce a 5xx", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread });
    const junk = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.stringMatching(/^[0-9a-f-]{1,80}$/),
      fc.constantFrom("first-primary", "first-unconstrained", "-", "0", "a".repeat(256), FORGED),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (bookmark) => {
        const q = encodeURIComponent(bookmark);
        const header = /^[\x20-\x7e]*$/.test(bookmark) ? { "X-D1-Bookmark": bookmark } : undefined;
        for (const path of [
          `/api/v1/comments?thread=${encodeURIComponent(thread)}&bookmark=${q}`,
          `/api/v1/embed?thread=${encodeURIComponent(thread)}&bookmark=${q}`,
          `/api/v1/comments/${root.id}/replies?bookmark=${q}`,
        ]) {
          const res = await call("GET", path, { headers: header });
          expect(res.status, path).toBe(200);
        }
        const res = await call("POST", `/api/v1/comments/${root.id}/votes`, {
          headers: header,
          body: { voter: "bookmark-fuzz-voter-0001", value: 1 },
        });
        expect(res.status).toBe(200);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
