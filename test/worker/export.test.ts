import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { list, moderate, posted, uniqueThread } from "./comments-helpers";
import { admin, call, createCampaign } from "./helpers";
import { commentRecord, exportAll, importBatch, uniqueId } from "./import-helpers";

/** Every key of a JSON value, nested ones included. */
const keysOf = (value: unknown): string[] =>
  value && typeof value === "object" ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]) : [];

describe("GET /api/v1/admin/export", () => {
  it("streams JSON Lines: a header, every record, and an end line with the counts", async () => {
    const slug = await createCampaign();
    await admin("POST", `/api/v1/admin/campaigns/${slug}/donations`, { body: { amount: 2500, donor: "Ann" } });
    const thread = uniqueThread();
    const root = await posted({ thread, body: "root", author: { name: "Ann", email: "ann@example.org" } });
    await posted({ thread, parentId: root.id, body: "reply" });
    await moderate(root.id, { pinned: true });

    const { res, lines } = await exportAll();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="goalpost-export-\d{4}-\d\d-\d\d\.jsonl"$/,
    );
    expect(lines[0]).toEqual({ format: "goalpost-export", version: 1, exportedAt: expect.stringMatching(/Z$/) });
    const end = lines[lines.length - 1];
    const count = (type: string) => lines.filter((line) => line.type === type).length;
    expect(end).toEqual({
      type: "end",
      counts: {
        campaigns: count("campaign"),
        donations: count("donation"),
        comments: count("comment"),
        subscriptions: count("subscription"),
      },
    });

    expect(lines.find((line) => line.slug === slug)).toMatchObject({
      type: "campaign",
      currency: "USD",
      tiers: [
        { amount: 250000, label: "Keep the lights on" },
        { amount: 500000, label: null },
      ],
      period: { kind: "open", timeZone: "UTC" },
    });
    expect(lines.find((line) => line.type === "donation" && line.campaign === slug)).toMatchObject({
      amount: 2500,
      donor: "Ann",
      source: "manual",
    });
    const mine = lines.filter((line) => line.type === "comment" && line.thread === thread);
    expect(mine).toEqual([
      expect.objectContaining({
        id: root.id,
        parentId: null,
        author: { name: "Ann", email: "ann@example.org" },
        body: "root",
        status: "approved",
        pinned: true,
        upvotes: 0,
      }),
      expect.objectContaining({ parentId: root.id, body: "reply", pinned: false }),
    ]);
  });

  it("leaves every secret out: edit-token hashes, IP hashes, unsubscribe tokens", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread, author: { name: "Sub", email: "sub@example.org" }, notify: "replies" });
    const secrets = await env.DB.prepare(
      `SELECT c.edit_token_hash AS edit, c.ip_hash AS ip, s.unsubscribe_token_hash AS unsubscribe
         FROM comments AS c JOIN subscriptions AS s ON s.comment_id = c.id WHERE c.id = ?1`,
    )
      .bind(id)
      .first<{ edit: string; ip: string; unsubscribe: string }>();
    const { text, lines } = await exportAll();
    expect(lines.find((line) => line.type === "subscription" && line.commentId === id)).toMatchObject({
      email: "sub@example.org",
      kind: "replies",
      thread,
      confirmed: false,
    });
    for (const secret of Object.values(secrets!)) expect(text).not.toContain(secret);
    const keys = new Set(lines.flatMap(keysOf));
    for (const key of keys) expect(key).not.toMatch(/hash|token|^ip$|^ip_|^ipAddress$/i);
  });

  it("pages through large tables with parents always before their replies", async () => {
    const thread = uniqueThread();
    const ids = Array.from({ length: 450 }, () => uniqueId());
    const records = ids.map((id, i) =>
      commentRecord({
        id,
        thread,
        parentId: i % 3 === 0 ? null : ids[i - 1],
        createdAt: new Date(Date.UTC(2020, 0, 1, 0, i)).toISOString(),
      }),
    );
    for (let i = 0; i < records.length; i += 150)
      expect((await importBatch("wordpress", records.slice(i, i + 150))).status).toBe(200);
    const { lines } = await exportAll();
    const mine = lines.filter((line) => line.type === "comment" && line.thread === thread);
    expect(mine).toHaveLength(450);
    const seen = new Set<string>();
    for (const line of mine) {
      if (line.parentId) expect(seen.has(line.parentId)).toBe(true);
      seen.add(line.id);
    }
    expect((await list(thread)).json.total).toBe(450);
  });

  it("answers 401 without the admin token", async () => {
    const res = await call("GET", "/api/v1/admin/export");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });
});
