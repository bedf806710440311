import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { anchorsStatement } from "../../src/db/comment-anchors";
import { pageStatements } from "../../src/db/comment-pages";

// The statements of a public read must cost what their thread holds, never what the site
// holds: each one searches an index by thread (or root), and none walks the site's comments
// by status or date. SQLite plans without table statistics (D1 keeps none unless ANALYZE
// runs), so the plan on this empty database is the plan a large site gets.

type Captured = { sql: string; binds: unknown[] };

/** A stand-in for D1 that records what a statement builder prepares and binds. */
const recorder = () => {
  const captured: Captured[] = [];
  const db = {
    prepare: (sql: string) => ({
      bind: (...binds: unknown[]) => {
        captured.push({ sql, binds });
        return {};
      },
    }),
  } as unknown as D1Database;
  return { db, captured };
};

async function planOf({ sql, binds }: Captured): Promise<string> {
  const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...binds)
    .all<{ detail: string }>();
  return plan.results.map((row) => row.detail).join("\n");
}

const SITE_WIDE = /comments_status_created|SCAN comments\b|SCAN c\b|SCAN r\b|SCAN q\b/;

describe("query plans of the embed's statements", () => {
  it("the anchors statement searches the thread's anchored comments, not every approved comment", async () => {
    const { db, captured } = recorder();
    anchorsStatement(db, "/a/thread");
    const plan = await planOf(captured[0]!);
    expect(plan).toMatch(/USING INDEX comments_anchored \(thread=\? AND status=\?\)/);
    expect(plan).not.toMatch(SITE_WIDE);
  });

  it.each(["oldest", "newest", "top"] as const)("the page statements (%s) search by thread and root", async (sort) => {
    const { db, captured } = recorder();
    pageStatements(db, { thread: "/a/thread", sort, limit: 20 });
    expect(captured).toHaveLength(2);
    for (const statement of captured) {
      const plan = await planOf(statement);
      expect(plan).toMatch(/comments_roots_/);
      expect(plan).not.toMatch(SITE_WIDE);
    }
  });
});
