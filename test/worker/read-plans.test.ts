import { describe, expect, it } from "vitest";
import { campaignStatement } from "../../src/db/campaigns";
import { anchorsStatement } from "../../src/db/comment-anchors";
import { countThreads, pageStatements } from "../../src/db/comment-pages";
import { readReplies } from "../../src/db/comment-replies";
import { planOf, recorder, siteWide } from "./plan-helpers";

// The statements of a public read must cost what their thread holds, never what the site
// holds: each one searches an index by thread (or root), and none walks the site's comments
// by status or date (see plan-helpers.ts: the plan on this empty database is a large site's).

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

describe("query plans of the other public reads", () => {
  it("the campaign read searches its donations by campaign and window", async () => {
    const { db, captured } = recorder();
    campaignStatement(db, "demo");
    const plan = await planOf(captured[0]!);
    expect(plan).toMatch(/SEARCH c USING INDEX sqlite_autoindex_campaigns_1 \(slug=\?\)/);
    expect(plan).toMatch(/donations_window \(campaign_id=\? AND at>\? AND at<\?\)/);
    expect(siteWide(plan)).toEqual([]);
  });

  it("the counts and the replies route search by thread and root", async () => {
    const { db, captured } = recorder();
    await countThreads(db, ["/a", "/b"]);
    await readReplies(db, "root-id", undefined);
    expect(captured).toHaveLength(3);
    for (const statement of captured) expect(siteWide(await planOf(statement))).toEqual([]);
    expect(await planOf(captured[0]!)).toMatch(/comments_thread_status \(thread=\? AND status=\?\)/);
    expect(await planOf(captured[2]!)).toMatch(/comments_root_replies \(root_id=\? AND shown=\?\)/);
  });
});
