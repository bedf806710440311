import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { posted, uniqueIp, uniqueThread } from "./comments-helpers";
import { call } from "./helpers";

// A reader's or writer's request must read as many rows on a large site as on a small one
// (X-D1-Rows-Read: the rows D1 read for the request's statements). See docs/caching.md
// "Plans without statistics".

const OTHER = 3_000;

/** A site around the thread: comments on other threads, votes, a spam vocabulary, another campaign's donations. */
async function growSite(tag: string) {
  const n = `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${OTHER - 1})`;
  await env.DB.batch([
    env.DB.prepare(
      `${n} INSERT INTO comments (id, thread, root_id, path, depth, author_name, body, html, status, edit_token_hash, created_at, author_hash)
       SELECT '${tag}-' || i, '/${tag}/' || (i / 10), '${tag}-' || i, '${tag}-' || i, 0, 'R', 'b', '<p>b</p>',
              CASE WHEN i % 10 = 3 THEN 'pending' ELSE 'approved' END, 'x', i, 'author-' || i FROM n`,
    ),
    env.DB.prepare(
      `${n} INSERT INTO votes (comment_id, voter, value, created_at, updated_at, network_hash)
       SELECT '${tag}-' || i, 'v', 1, 0, 0, 'net' FROM n`,
    ),
    // The model's version is unchanged, so a worker's cached model stays current.
    env.DB.prepare(`${n} INSERT INTO spam_features (feature, spam, ham) SELECT 'w:${tag}' || i, 1, 1 FROM n`),
  ]);
}

const rowsRead = (res: { headers: Headers }) => Number(res.headers.get("x-d1-rows-read"));

describe("cost at site scale", () => {
  it("a comment POST and a first paint read as many rows after the site grew by thousands of rows", async () => {
    const thread = uniqueThread("/scale");
    for (let i = 0; i < 3; i++) await posted({ thread, body: `comment ${i}` });
    const write = () =>
      call("POST", "/api/v1/comments", {
        body: { thread: uniqueThread("/scale-w"), body: "a new comment" },
        headers: { "CF-Connecting-IP": uniqueIp() },
      });
    const paint = () => call("GET", `/api/v1/embed?thread=${encodeURIComponent(thread)}&bookmark=first-primary`);

    await write(); // loads the spam model into this isolate
    const before = { write: rowsRead(await write()), paint: rowsRead(await paint()) };
    expect(before.write).toBeGreaterThan(0);
    expect(before.paint).toBeGreaterThan(0);

    await growSite(`grown-${Date.now().toString(36)}`);
    const after = { write: rowsRead(await write()), paint: rowsRead(await paint()) };
    expect(after).toEqual(before);
  });

  it("a reply, a vote, an edit and the replies route read as many rows after the site grew", async () => {
    const thread = uniqueThread("/scale");
    const root = await posted({ thread, body: "the root" });
    let n = 0;
    const actions = async () => {
      n++;
      const reply = await call("POST", "/api/v1/comments", {
        body: { thread, parentId: root.id, body: `reply ${n}` },
        headers: { "CF-Connecting-IP": uniqueIp() },
      });
      const vote = await call("POST", `/api/v1/comments/${root.id}/votes`, {
        body: { voter: `voter-${String(n).padStart(12, "0")}`, value: 1 },
        headers: { "CF-Connecting-IP": uniqueIp() },
      });
      const edit = await call("PATCH", `/api/v1/comments/${root.id}`, {
        body: { body: `the root, edit ${n}` },
        headers: { Authorization: `Bearer ${root.editToken}` },
      });
      const replies = await call("GET", `/api/v1/comments/${root.id}/replies?bookmark=first-primary`);
      expect([reply.status, vote.status, edit.status, replies.status]).toEqual([201, 200, 200, 200]);
      return [reply, vote, edit, replies].map(rowsRead);
    };
    await actions(); // loads the spam model into this isolate
    const before = await actions();
    for (const rows of before) expect(rows).toBeGreaterThan(0);
    await growSite(`more-${Date.now().toString(36)}`);
    const after = await actions();
    // One reply and one vote more than before on this comment; a few rows of slack for that,
    // while a walk of the grown site would read thousands.
    for (const [i, rows] of after.entries()) expect(rows).toBeLessThanOrEqual(before[i]! + 4);
  });
});
