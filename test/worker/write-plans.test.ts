import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { replayComment } from "../../src/db/comment-idempotency";
import { listForAdmin, type StoredComment, softDeleteComment } from "../../src/db/comments";
import { claimDelivery } from "../../src/db/notify-deliveries";
import { planPublished } from "../../src/db/notify-plan";
import { applyPaymentChange } from "../../src/db/payments";
import { erasePersonalData, exportPersonalData } from "../../src/db/privacy";
import { learnStatements, modelStatement, trainingPage } from "../../src/db/spam-model";
import { confirmSubscription, unsubscribe } from "../../src/db/subscriptions";
import { castVote } from "../../src/db/votes";
import { planOf, recorder, siteWide, statementWith } from "./plan-helpers";

// What a writer, a webhook, the notifier and the owner's lists do must cost what they touch
// (a comment, a payment, a mailbox, a page), never what the site holds. See plan-helpers.ts.

const plansOf = async (captured: { sql: string; binds: unknown[] }[]) =>
  Promise.all(captured.map(async (statement) => ({ sql: statement.sql, plan: await planOf(statement) })));

/** The statements whose plans walk a big table, with the offending lines. */
const walkers = async (captured: { sql: string; binds: unknown[] }[]) =>
  (await plansOf(captured))
    .map(({ sql, plan }) => ({ sql: sql.replace(/\s+/g, " ").slice(0, 120), lines: siteWide(plan) }))
    .filter((entry) => entry.lines.length > 0);

describe("query plans of the writes", () => {
  it("the spam model read that rides in every comment post reads one row while the cached model is current", async () => {
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO spam_model (id, spam_docs, ham_docs, version) VALUES (1, 3, 4, 7) ON CONFLICT (id) DO UPDATE SET version = 7",
      ),
      env.DB.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
         INSERT INTO spam_features (feature, spam, ham) SELECT 'plan-' || i, 1, 1 FROM n WHERE true
         ON CONFLICT (feature) DO NOTHING`,
      ),
    ]);
    const current = await modelStatement(env.DB, 7).all();
    expect(current.results).toHaveLength(1);
    expect(current.meta.rows_read).toBeLessThanOrEqual(2);
    // A stale worker still gets every feature.
    const stale = await modelStatement(env.DB, 6).all<{ feature: string | null }>();
    expect(stale.results.filter((row) => row.feature?.startsWith("plan-"))).toHaveLength(2000);
  });

  it("a payment webhook finds the payment's donation by its campaign, not by walking every donation", async () => {
    const { db, captured } = recorder();
    const event = { id: "evt", type: "refund", created: 1, change: { kind: "ignore", reason: "", paymentKey: null } };
    await applyPaymentChange(
      db,
      "stripe",
      event as never,
      { kind: "refund", paymentKey: "pi_1", refundKey: "re_1", amount: 100 },
      null,
      "donation-id",
      1_000,
    );
    const remove = await planOf(statementWith(captured, "DELETE FROM donations"));
    expect(remove).toMatch(/SEARCH donations USING INDEX \w+ \(campaign_id=\? AND idempotency_key=\?\)/);
    const touch = await planOf(statementWith(captured, "UPDATE campaigns SET updated_at"));
    expect(touch).toMatch(/SEARCH campaigns USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(await walkers(captured)).toEqual([]);
  });

  it("a vote, an idempotent replay, a delete, confirm and unsubscribe touch one comment, key or mailbox", async () => {
    const { db, captured } = recorder({ recipient: "a@example.com", kind: "thread", thread: "/t" });
    await castVote(db, "comment-id", "voter", 1, 1_000, "network");
    await castVote(db, "comment-id", "voter", 0, 1_000, "network");
    await replayComment(db, "key-hash", "fingerprint", 1_000);
    const stored = { id: "comment-id", path: "root/comment-id" } as StoredComment;
    await softDeleteComment(db, stored);
    await confirmSubscription(db, "token-hash", 1_000);
    await unsubscribe(db, "token-hash", 1_000);
    await unsubscribe(db, "token-hash", 1_000, true);
    expect(captured.length).toBeGreaterThan(10);
    expect(await walkers(captured)).toEqual([]);
  });

  it("planning and claiming a notification search by comment, thread and mailbox; the housekeeping by hour", async () => {
    const comment = {
      id: "c1",
      thread: "/t",
      parent_id: "p1",
      email_key: "a@example.com",
      ip_hash: "ip",
      status: "approved",
    };
    const { db, captured } = recorder(comment);
    await planPublished(db, "c1", 1_000);
    await claimDelivery(db, 1, 1_000, { unsubscribeHash: "u", confirmHash: "c" });
    expect(await planOf(statementWith(captured, "DELETE FROM notify_rate"))).toMatch(/notify_rate_hour \(hour<\?\)/);
    expect(await walkers(captured)).toEqual([]);
  });
});

describe("query plans of the owner's reads", () => {
  it("the privacy view and erase search the mailbox's notifications, not every one ever sent", async () => {
    const { db, captured } = recorder();
    await exportPersonalData(db, "a@example.com");
    await erasePersonalData(db, "a@example.com");
    const messages = captured.filter((statement) => statement.sql.includes("notification_deliveries"));
    expect(messages).toHaveLength(2);
    for (const statement of messages) {
      expect(await planOf(statement)).toMatch(/notification_deliveries_recipient \(recipient=\?\)/);
    }
    expect(await walkers(captured)).toEqual([]);
  });

  it("the moderation queue seeks its cursor; one thread's queue searches that thread, not the site's", async () => {
    const { db, captured } = recorder();
    const after = { at: 5, id: "x" };
    await listForAdmin(db, { status: "pending", thread: null, limit: 20, after });
    await listForAdmin(db, { status: "approved", thread: "/t", limit: 20, after: null });
    const [site, thread] = await plansOf(captured);
    expect(site?.plan).toMatch(/comments_status_created \(status=\? AND \(created_at,id\)<\(\?,\?\)\)/);
    expect(site?.plan).not.toMatch(/TEMP B-TREE/);
    expect(thread?.plan).toMatch(/comments_thread_status \(thread=\? AND status=\?\)/);
    expect(thread?.plan).not.toMatch(/comments_status_created/);
  });

  it("a retrain's page seeks the id index instead of sorting every approved and spam comment", async () => {
    const { db, captured } = recorder();
    await trainingPage(db, "last-id", 200);
    const plan = await planOf(captured[0]!);
    expect(plan).toMatch(/SEARCH comments USING INDEX sqlite_autoindex_comments_1 \(id>\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE|comments_status_created/);
  });

  it("learning from a decision looks up the decision's features, not the whole vocabulary, to drop the emptied ones", async () => {
    const { db, captured } = recorder();
    learnStatements(db, [{ id: "c1", label: "spam", features: ["w:cheap"] }], 1_000);
    const drop = await planOf(statementWith(captured, "spam = 0 AND ham = 0"));
    expect(drop).toMatch(/SEARCH spam_features USING PRIMARY KEY \(feature=\?\)/);
    expect(siteWide(drop)).toEqual([]);
  });
});
