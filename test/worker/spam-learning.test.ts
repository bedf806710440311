import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { moderate, post, posted, uniqueThread } from "./comments-helpers";
import { admin, errorOf } from "./helpers";
import { callWith, featureCounts, modelNow, storedSpam, teach, uniqueWord } from "./spam-helpers";

describe("the spam model learns from imports", () => {
  it("judges the very next comment with what an import taught, stores it as spam and answers like a held one", async () => {
    const [a, b, c] = [uniqueWord("s"), uniqueWord("s"), uniqueWord("s")];
    const before = await modelNow();
    await teach([a, b, c], [uniqueWord("h"), uniqueWord("h")]);
    const after = await modelNow();
    expect(after.spamExamples - before.spamExamples).toBe(12);
    expect(after.hamExamples - before.hamExamples).toBe(12);
    expect(after.version).toBeGreaterThan(before.version);

    const thread = uniqueThread();
    const res = await post({ thread, body: `${a} ${b} ${c} visit http://deals-${a}.example now` });
    expect(res.status).toBe(202);
    expect(res.json.comment.status).toBe("pending");
    expect(res.json.editToken).toEqual(expect.any(String));
    expect((await storedSpam(res.json.comment.id))?.status).toBe("spam");

    const queue = await admin("GET", `/api/v1/admin/comments?status=spam&thread=${encodeURIComponent(thread)}`);
    const item = queue.json.comments[0];
    expect(item.spam.score).toBeGreaterThan(0.5);
    expect(item.spam.reasons.join(" ")).toContain(a);
  });

  it("lets an ordinary comment through once trained", async () => {
    await teach([uniqueWord("s"), uniqueWord("s")], [uniqueWord("h")]);
    const res = await post({ thread: uniqueThread(), body: "I think the part of the article about rivers was good" });
    expect(res.status).toBe(201);
  });
});

describe("PATCH /api/v1/admin/comments/:id teaches the model", () => {
  it("learns a spam example when the owner marks a comment spam, in the same request", async () => {
    const word = uniqueWord();
    const { id } = await posted({ thread: uniqueThread(), body: `buy ${word} today` });
    const before = await modelNow();
    await moderate(id, { status: "spam" });
    expect(await featureCounts(`w:${word}`)).toEqual([1, 0]);
    expect((await modelNow()).spamExamples).toBe(before.spamExamples + 1);
    expect((await storedSpam(id))?.spam_label).toBe("spam");
  });

  it("moves the example to ham when the owner approves a spam comment, counting it once", async () => {
    const word = uniqueWord();
    const { id } = await posted({ thread: uniqueThread(), body: `what about ${word}` });
    await moderate(id, { status: "spam" });
    const before = await modelNow();
    await moderate(id, { status: "approved" });
    expect(await featureCounts(`w:${word}`)).toEqual([0, 1]);
    const after = await modelNow();
    expect(after.spamExamples).toBe(before.spamExamples - 1);
    expect(after.hamExamples).toBe(before.hamExamples + 1);
    await moderate(id, { pinned: true });
    expect(await featureCounts(`w:${word}`)).toEqual([0, 1]);
  });

  it("learns a ham example when the owner approves a pending comment", async () => {
    const word = uniqueWord();
    const { id } = await posted({ thread: uniqueThread(), body: `lovely ${word}` });
    await moderate(id, { status: "pending" });
    expect(await featureCounts(`w:${word}`)).toBeNull();
    await moderate(id, { status: "approved" });
    expect(await featureCounts(`w:${word}`)).toEqual([0, 1]);
  });
});

describe("POST /api/v1/admin/spam/retrain", () => {
  it("rebuilds the model from every stored approved and spam comment", async () => {
    await teach([uniqueWord("s")], [uniqueWord("h")]);
    const first = await admin("POST", "/api/v1/admin/spam/retrain", { body: {} });
    expect(first.status).toBe(200);
    let learned = first.json.learned;
    let cursor = first.json.nextCursor;
    while (cursor) {
      const next = await admin("POST", "/api/v1/admin/spam/retrain", { body: { cursor } });
      learned += next.json.learned;
      cursor = next.json.nextCursor;
    }
    const counts = await env.DB.prepare(
      "SELECT SUM(status = 'spam') AS spam, SUM(status = 'approved') AS ham FROM comments",
    ).first<{ spam: number; ham: number }>();
    const model = await modelNow();
    expect(learned).toBe((counts?.spam ?? 0) + (counts?.ham ?? 0));
    expect(model.spamExamples).toBe(counts?.spam);
    expect(model.hamExamples).toBe(counts?.ham);
    expect(model.trainedAt).not.toBeNull();
  });

  it("ends cleanly when the cursor is past the last comment (the count a multiple of the page size)", async () => {
    await teach([uniqueWord("s")], [uniqueWord("h")]);
    const before = await modelNow();
    const res = await admin("POST", "/api/v1/admin/spam/retrain", { body: { cursor: "c_zzzzzzzzzzzzzzzzzzzzzzzzzz" } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ learned: 0, nextCursor: null });
    const after = await modelNow();
    expect([after.spamExamples, after.hamExamples]).toEqual([before.spamExamples, before.hamExamples]);
  });

  it("rejects bad input with the JSON error and changes nothing", async () => {
    const before = await modelNow();
    for (const body of [{ cursor: 5 }, { cursor: "" }, { extra: true }]) {
      const res = await admin("POST", "/api/v1/admin/spam/retrain", { body });
      expect(res.status).toBe(400);
      expect(errorOf(res).code).toBe("validation_failed");
    }
    const raw = await admin("POST", "/api/v1/admin/spam/retrain", {
      raw: "{",
      headers: { "Content-Type": "application/json" },
    });
    expect(errorOf(raw).code).toBe("invalid_json");
    expect(await modelNow()).toEqual(before);
  });
});

describe("SPAM_FILTER=off", () => {
  it("stores what the model would judge spam as an ordinary comment", async () => {
    const [a, b] = [uniqueWord("s"), uniqueWord("s")];
    await teach([a, b], [uniqueWord("h")]);
    const body = { thread: uniqueThread(), body: `${a} ${b} visit http://deals-${a}.example now` };
    const off = await callWith({ SPAM_FILTER: "off" }, "POST", "/api/v1/comments", body);
    expect(off.status).toBe(201);
    const on = await callWith({}, "POST", "/api/v1/comments", body);
    expect(on.status).toBe(202);
  });
});
