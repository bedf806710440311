import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { LiveThread } from "../../src/live/thread-object";
import { posted, uniqueThread } from "./comments-helpers";
import { ADMIN, admin, call, createCampaign, errorOf } from "./helpers";
import { connect, settled, upgrade } from "./live-helpers";

const openSockets = (thread: string) =>
  runInDurableObject(env.LIVE_THREAD.getByName(thread), (_, state) => state.getWebSockets().length);

describe("GET /api/v1/live", () => {
  it("answers 426 upgrade_required JSON to a request that is not a WebSocket upgrade", async () => {
    const res = await call("GET", `/api/v1/live?thread=${encodeURIComponent(uniqueThread())}`);
    expect(res.status).toBe(426);
    expect(errorOf(res).code).toBe("upgrade_required");
  });

  it("answers 400 validation_failed without a thread and a campaign, or with a malformed slug", async () => {
    for (const query of ["", "?campaign=NOT%20A%20SLUG", `?thread=${"x".repeat(513)}`]) {
      const res = await SELF_fetch(`/api/v1/live${query}`);
      expect(res.status).toBe(400);
      expect(errorOf(res).code).toBe("validation_failed");
    }
  });

  it("opens a socket for a thread, and the object holds it with its attachment", async () => {
    const thread = uniqueThread();
    const socket = await connect({ thread });
    const held = await runInDurableObject(env.LIVE_THREAD.getByName(thread), (_, state) =>
      state.getWebSockets().map((ws) => ws.deserializeAttachment()),
    );
    expect(held).toEqual([{ since: expect.any(Number), campaign: null }]);
    socket.close();
  });

  it("answers 429 rate_limited JSON beyond LIVE_MAX_CONNECTIONS sockets per object", async () => {
    const thread = uniqueThread();
    const first = await connect({ thread }, { LIVE_MAX_CONNECTIONS: "2" });
    const second = await connect({ thread }, { LIVE_MAX_CONNECTIONS: "2" });
    const third = await upgrade({ thread }, { LIVE_MAX_CONNECTIONS: "2" });
    expect(third.status).toBe(429);
    expect(((await third.json()) as any).error.code).toBe("rate_limited");
    expect(await openSockets(thread)).toBe(2);
    first.close();
    second.close();
  });

  it("answers 503 live_disabled with LIVE=off", async () => {
    const res = await upgrade({ thread: uniqueThread() }, { LIVE: "off" });
    expect(res.status).toBe(503);
    expect(((await res.json()) as any).error.code).toBe("live_disabled");
  });
});

// A path through SELF with the JSON parsed, for the validation cases.
async function SELF_fetch(path: string) {
  const res = await upgrade(Object.fromEntries(new URLSearchParams(path.split("?")[1] ?? "")), undefined, {
    Upgrade: "websocket",
  });
  return { status: res.status, json: await res.json() };
}

describe("pushes to a thread's readers", () => {
  it("pushes a new visible comment with its rendered html", async () => {
    const thread = uniqueThread();
    const socket = await connect({ thread });
    const { id } = await posted({ thread, body: "Good job **SAA**!" });
    const message = await socket.next();
    expect(message).toMatchObject({ type: "comment", comment: { id, thread, body: "Good job **SAA**!" } });
    expect(message.comment.html.trim()).toBe("<p>Good job <strong>SAA</strong>!</p>");
    expect(JSON.stringify(message)).not.toMatch(/email|tokenHash|path/);
    socket.close();
  });

  it("never pushes a spam (honeypot) comment or a held one", async () => {
    const thread = uniqueThread();
    const socket = await connect({ thread });
    expect((await settled("POST", "/api/v1/comments", { thread, body: "spam", website: "x" })).status).toBe(202);
    expect((await settled("POST", "/api/v1/comments", { thread, body: "held" }, { MODERATION: "all" })).status).toBe(
      202,
    );
    const { id } = await posted({ thread, body: "visible" });
    // Pushes of one thread arrive in order: the first one is the visible comment.
    expect(await socket.next()).toMatchObject({ type: "comment", comment: { id, body: "visible" } });
    expect(socket.queued()).toEqual([]);
    socket.close();
  });

  it("pushes an edit, then a removal on delete", async () => {
    const thread = uniqueThread();
    const { id, editToken } = await posted({ thread, body: "first" });
    const socket = await connect({ thread });
    const auth = { Authorization: `Bearer ${editToken}` };
    expect((await call("PATCH", `/api/v1/comments/${id}`, { body: { body: "*second*" }, headers: auth })).status).toBe(
      200,
    );
    const edit = await socket.next();
    expect(edit).toMatchObject({ type: "comment", comment: { id, body: "*second*" } });
    expect(edit.comment.html.trim()).toBe("<p><em>second</em></p>");
    expect((await call("DELETE", `/api/v1/comments/${id}`, { headers: auth })).status).toBe(204);
    expect(await socket.next()).toEqual({ type: "removed", id });
    socket.close();
  });

  it("coalesces vote tallies to one message per comment per second, the last with the final tally", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    const socket = await connect({ thread });
    for (const voter of ["voter-aaaaaaaaaaaa1", "voter-aaaaaaaaaaaa2", "voter-aaaaaaaaaaaa3"]) {
      expect((await settled("POST", `/api/v1/comments/${id}/votes`, { voter, value: 1 })).status).toBe(200);
    }
    // The first vote goes out at once; the other two wait for the object's alarm.
    expect(await socket.next()).toEqual({ type: "votes", id, upvotes: 1, downvotes: 0, score: 1 });
    expect(socket.queued()).toEqual([]);
    expect(await runDurableObjectAlarm(env.LIVE_THREAD.getByName(thread))).toBe(true);
    expect(await socket.next()).toEqual({ type: "votes", id, upvotes: 3, downvotes: 0, score: 3 });
    const sentinel = await posted({ thread });
    expect(await socket.next()).toMatchObject({ type: "comment", comment: { id: sentinel.id } });
    socket.close();
  });

  it("sends nothing with LIVE=off", async () => {
    const thread = uniqueThread();
    const socket = await connect({ thread });
    expect((await settled("POST", "/api/v1/comments", { thread, body: "quiet" }, { LIVE: "off" })).status).toBe(201);
    const { id } = await posted({ thread, body: "loud" });
    expect(await socket.next()).toMatchObject({ type: "comment", comment: { id } });
    socket.close();
  });
});

describe("moderation and privacy", () => {
  it("pushes a held comment when the owner approves it, and removes it when marked spam", async () => {
    const thread = uniqueThread();
    const socket = await connect({ thread });
    const held = await settled("POST", "/api/v1/comments", { thread, body: "wait" }, { MODERATION: "all" });
    const id = held.json.comment.id;
    expect((await settled("PATCH", `/api/v1/admin/comments/${id}`, { status: "approved" }, {}, ADMIN)).status).toBe(
      200,
    );
    expect(await socket.next()).toMatchObject({ type: "comment", comment: { id, body: "wait" } });
    expect((await settled("PATCH", `/api/v1/admin/comments/${id}`, { status: "spam" }, {}, ADMIN)).status).toBe(200);
    expect(await socket.next()).toEqual({ type: "removed", id });
    socket.close();
  });

  it("removes a hard-deleted comment with its replies", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    await posted({ thread, parentId: id });
    const socket = await connect({ thread });
    expect((await admin("DELETE", `/api/v1/admin/comments/${id}`)).status).toBe(204);
    expect(await socket.next()).toEqual({ type: "removed", id, hard: true });
    socket.close();
  });

  it("removes the visible comments of an erased address, and nothing for its held ones", async () => {
    const thread = uniqueThread();
    const email = `erase-${crypto.randomUUID()}@example.org`;
    const held = await settled(
      "POST",
      "/api/v1/comments",
      { thread, body: "h", author: { name: "e", email } },
      { MODERATION: "all" },
    );
    const { id } = await posted({ thread, author: { name: "e", email } });
    const socket = await connect({ thread });
    const res = await admin("DELETE", `/api/v1/admin/privacy?email=${encodeURIComponent(email)}`);
    expect(res.json.erased.comments).toBe(2);
    expect(res.json.erased).not.toHaveProperty("removed");
    expect(await socket.next()).toEqual({ type: "removed", id });
    const sentinel = await posted({ thread });
    expect(await socket.next()).toMatchObject({ type: "comment", comment: { id: sentinel.id } });
    expect(held.json.comment.id).not.toBe(id);
    socket.close();
  });
});

describe("campaign progress", () => {
  const donate = (slug: string, amount: number) =>
    admin("POST", `/api/v1/admin/campaigns/${slug}/donations`, { body: { amount } });

  it("pushes the new progress after a donation to a page that shows only the bar", async () => {
    const slug = await createCampaign();
    const socket = await connect({ campaign: slug });
    expect((await donate(slug, 1500)).status).toBe(201);
    expect(await socket.next()).toMatchObject({ type: "campaign", campaign: { slug, raised: 1500, donorCount: 1 } });
    socket.close();
  });

  it("relays progress over the thread socket of a page with both, and the thread's comments too", async () => {
    const slug = await createCampaign();
    const thread = uniqueThread();
    const socket = await connect({ thread, campaign: slug });
    const other = await connect({ thread });
    expect((await donate(slug, 700)).status).toBe(201);
    expect(await socket.next()).toMatchObject({ type: "campaign", campaign: { slug, raised: 700 } });
    const { id } = await posted({ thread });
    expect(await socket.next()).toMatchObject({ type: "comment", comment: { id } });
    // The socket that did not ask for the campaign got only the comment.
    expect(await other.next()).toMatchObject({ type: "comment", comment: { id } });
    socket.close();
    other.close();
  });

  it("pushes a removed donation (a refund) too", async () => {
    const slug = await createCampaign();
    const gift = await donate(slug, 900);
    const socket = await connect({ campaign: slug });
    expect((await admin("DELETE", `/api/v1/admin/campaigns/${slug}/donations/${gift.json.id}`)).status).toBe(204);
    expect(await socket.next()).toMatchObject({ type: "campaign", campaign: { slug, raised: 0 } });
    socket.close();
  });
});

describe("hibernation", () => {
  it("a fresh instance (as after waking from hibernation) reaches the sockets through state alone", async () => {
    const thread = uniqueThread();
    const socket = await connect({ thread });
    await runInDurableObject(env.LIVE_THREAD.getByName(thread), async (_, state) => {
      // Nothing from the old instance: a new one, built on the same state, as the runtime does on wake.
      const woken = new LiveThread(state, env);
      await woken.publish({ type: "removed", id: "c_woken" });
    });
    expect(await socket.next()).toEqual({ type: "removed", id: "c_woken" });
    socket.close();
  });

  it("answers ping with pong without a handler, and a reader can reconnect after closing", async () => {
    const thread = uniqueThread();
    const socket = await connect({ thread });
    socket.ws.send("ping");
    expect(await socket.next()).toBe("pong");
    socket.close();
    const again = await connect({ thread });
    const { id } = await posted({ thread });
    expect(await again.next()).toMatchObject({ type: "comment", comment: { id } });
    again.close();
  });
});
