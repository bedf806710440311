import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import app from "../../src/index";
import { post, stored, uniqueThread } from "./comments-helpers";
import { call, errorOf } from "./helpers";

const key = () => `k-${crypto.randomUUID()}`;

describe("POST /api/v1/comments with Idempotency-Key", () => {
  it("returns the first comment for a retry, stores it once and keeps the first edit token working", async () => {
    const thread = uniqueThread();
    const headers = { "Idempotency-Key": key() };
    const first = await post({ thread, body: "posted once" }, headers);
    const retry = await post({ thread, body: "posted once" }, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.json.comment.id).toBe(first.json.comment.id);
    expect(retry.json.editToken).toBeNull();
    expect((await stored(thread)).comments).toBe(1);
    const edit = call("PATCH", `/api/v1/comments/${first.json.comment.id}`, {
      body: { body: "edited" },
      headers: { Authorization: `Bearer ${first.json.editToken}` },
    });
    expect((await edit).status).toBe(200);
  });

  it("stores one comment when ten retries race", async () => {
    const thread = uniqueThread();
    const headers = { "Idempotency-Key": key() };
    const answers = await Promise.all(Array.from({ length: 10 }, () => post({ thread, body: "racing" }, headers)));
    expect(answers.map((res) => res.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((res) => res.json.comment.id)).size).toBe(1);
    expect((await stored(thread)).comments).toBe(1);
  });

  it("keeps different keys apart", async () => {
    const thread = uniqueThread();
    await post({ thread, body: "one" }, { "Idempotency-Key": key() });
    await post({ thread, body: "two" }, { "Idempotency-Key": key() });
    expect((await stored(thread)).comments).toBe(2);
  });

  it("answers a retry of a held comment with 202 again", async () => {
    const thread = uniqueThread();
    const headers = { "Content-Type": "application/json", "Idempotency-Key": key(), "CF-Connecting-IP": "10.77.0.1" };
    const send = () =>
      app.fetch(
        new Request("http://goalpost.test/api/v1/comments", {
          method: "POST",
          headers,
          body: JSON.stringify({ thread, body: "held" }),
        }),
        { ...env, MODERATION: "all" },
        createExecutionContext(),
      );
    const first = await send();
    const retry = await send();
    expect([first.status, retry.status]).toEqual([202, 202]);
    expect(((await retry.json()) as { comment: { status: string } }).comment.status).toBe("pending");
    expect((await stored(thread)).comments).toBe(1);
  });

  it.each([
    ["longer than 128 characters", "k".repeat(129)],
    ["with a space", "retry 1"],
  ])("rejects a key %s with 400 and stores nothing", async (_, key) => {
    const thread = uniqueThread();
    const res = await post({ thread, body: "x" }, { "Idempotency-Key": key });
    expect(res.status).toBe(400);
    expect(errorOf(res).issues!.map((issue) => issue.path)).toEqual(["idempotency-key"]);
    expect((await stored(thread)).comments).toBe(0);
  });

  it("takes a short key as well as a long one", async () => {
    const thread = uniqueThread();
    const first = await post({ thread, body: "once" }, { "Idempotency-Key": "retry-1" });
    const retry = await post({ thread, body: "once" }, { "Idempotency-Key": "retry-1" });
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.json.comment.id).toBe(first.json.comment.id);
    expect((await stored(thread)).comments).toBe(1);
  });
});

describe("POST /api/v1/comments editableUntil", () => {
  it("tells the author when the edit window closes", async () => {
    const send = (vars: Record<string, string>) =>
      app.fetch(
        new Request("http://goalpost.test/api/v1/comments", {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            "CF-Connecting-IP": `10.78.0.${Math.floor(Math.random() * 250)}`,
          },
          body: JSON.stringify({ thread: uniqueThread(), body: "window" }),
        }),
        { ...env, ...vars },
        createExecutionContext(),
      );
    const window = async (vars: Record<string, string>) => {
      const json = (await (await send(vars)).json()) as { comment: { createdAt: string }; editableUntil: string };
      return (Date.parse(json.editableUntil) - Date.parse(json.comment.createdAt)) / 1000;
    };
    expect(await window({})).toBe(900);
    expect(await window({ EDIT_WINDOW_SECONDS: "60" })).toBe(60);
  });
});
