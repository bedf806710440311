// Attack: take over someone's comment by replaying its Idempotency-Key with another body.
import { describe, expect, it } from "vitest";
import { authorKey, row } from "./abuse-helpers";
import { post, uniqueIp, uniqueThread } from "./comments-helpers";
import { call, errorOf } from "./helpers";
import { snapshot } from "./storage";

const key = () => `k-${crypto.randomUUID()}`;
const edit = (id: string, token: string, body = "edited by its author") =>
  call("PATCH", `/api/v1/comments/${id}`, { body: { body }, headers: { Authorization: `Bearer ${token}` } });

describe("Idempotency-Key replays", () => {
  it.each([
    ["another body", { body: "taken over" }, {}],
    ["another name", { author: { name: "mallory" } }, {}],
    ["another parent", { parentId: "c_nonexistent" }, {}],
    ["another anchor", { anchor: { exact: "a passage" } }, {}],
    ["another author key", {}, { "X-Goalpost-Author": authorKey() }],
  ])("answers the same key with %s 422 idempotency_conflict and changes nothing", async (_, change, headers) => {
    const thread = uniqueThread();
    const idem = { "Idempotency-Key": key() };
    const author = { "X-Goalpost-Author": authorKey() };
    const first = await post({ thread, body: "mine", author: { name: "ann" } }, { ...idem, ...author });
    expect(first.status).toBe(201);
    const before = await snapshot();
    const tokenBefore = (await row(first.json.comment.id))!.edit_token_hash;
    const attack = await post(
      { thread, body: "mine", author: { name: "ann" }, ...change },
      { ...idem, ...author, ...headers },
    );
    expect(attack.status).toBe(422);
    expect(errorOf(attack).code).toBe("idempotency_conflict");
    expect(JSON.stringify(attack.json)).not.toContain(first.json.comment.id);
    expect(await snapshot()).toEqual(before);
    expect((await row(first.json.comment.id))!.edit_token_hash).toBe(tokenBefore);
    expect((await edit(first.json.comment.id, first.json.editToken)).status).toBe(200);
  });

  it("answers a same-request replay with the first comment and no token; the author's token keeps working", async () => {
    const thread = uniqueThread();
    const headers = { "Idempotency-Key": key(), "X-Goalpost-Author": authorKey() };
    const first = await post({ thread, body: "retried" }, headers);
    // The replay comes from another address: the request is what must match, not the client.
    const replay = await post({ thread, body: "retried" }, { ...headers, "CF-Connecting-IP": uniqueIp() });
    expect(replay.status).toBe(201);
    expect(replay.json.comment.id).toBe(first.json.comment.id);
    expect(replay.json.editToken).toBeNull();
    expect((await edit(first.json.comment.id, first.json.editToken)).status).toBe(200);
  });
});
