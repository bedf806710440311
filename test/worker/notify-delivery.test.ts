import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { uniqueIp, uniqueThread } from "./comments-helpers";
import { mockWebhook, notifyHarness, subscribed, uniqueEmail, WEBHOOK_SECRET } from "./notify-helpers";

afterEach(() => {
  vi.restoreAllMocks();
});

const hex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, "0")).join("");

/** A follower of a fresh thread, and the `deliver` message of a new comment's notification to them (not yet consumed). */
async function pendingNotification(web: ReturnType<typeof mockWebhook>) {
  const h = notifyHarness();
  const thread = uniqueThread();
  const follower = uniqueEmail("follower");
  await subscribed(h, web, thread, follower, "thread");
  await h.post({ thread, author: { name: "Carol" } });
  const published = h.queued.splice(0);
  const planned = await h.consume(published);
  expect(planned.retried).toEqual([]);
  const deliver = h.queued.splice(0);
  expect(deliver).toHaveLength(1);
  return { h, follower, published, deliver };
}

const deliveryRow = (commentTo: string) =>
  env.DB.prepare("SELECT status, attempts FROM notification_deliveries WHERE recipient = ?1 AND kind = 'thread'")
    .bind(commentTo)
    .first();

describe("the webhook transport", () => {
  it("signs each call so the receiver can verify it with the shared secret", async () => {
    const web = mockWebhook();
    const { h, follower, deliver } = await pendingNotification(web);
    await h.consume(deliver);
    const [hook] = web.to(follower);
    const header = hook!.headers.get("X-Goalpost-Signature")!;
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
    expect(match).not.toBeNull();
    const [, t, v1] = match!;
    expect(Math.abs(Number(t) - Date.now() / 1000)).toBeLessThan(60);

    const key = await crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(WEBHOOK_SECRET),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    const expected = hex(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${t}.${hook!.raw}`)));
    expect(v1).toBe(expected);
    expect(hook!.headers.get("Content-Type")).toBe("application/json");
    expect(hook!.headers.get("X-Goalpost-Delivery")).toBe(hook!.body.id);
  });

  it("retries a failed delivery with exponential backoff, then delivers it once", async () => {
    const web = mockWebhook();
    const { h, follower, deliver } = await pendingNotification(web);
    const before = web.state.calls;
    web.state.respond = (call) =>
      new Response(call - before <= 2 ? "down" : "ok", { status: call - before <= 2 ? 503 : 200 });

    expect((await h.consume(deliver, 1)).retried).toEqual([{ body: deliver[0], delaySeconds: 30 }]);
    expect(await deliveryRow(follower)).toEqual({ status: "queued", attempts: 1 });
    expect((await h.consume(deliver, 2)).retried).toEqual([{ body: deliver[0], delaySeconds: 60 }]);
    const third = await h.consume(deliver, 3);
    expect(third.retried).toEqual([]);
    expect(third.explicitAcks).toHaveLength(1);

    expect(web.to(follower)).toHaveLength(1);
    expect(await deliveryRow(follower)).toEqual({ status: "sent", attempts: 3 });
    expect(web.state.calls - before).toBe(3);
  });

  it("sends nothing twice when the same messages are processed again", async () => {
    const web = mockWebhook();
    const { h, follower, published, deliver } = await pendingNotification(web);
    const before = web.state.calls;
    await h.consume(deliver);
    await h.consume(deliver);
    // The publication replayed plans nothing new.
    await h.consume(published);
    await h.run();
    expect(web.to(follower)).toHaveLength(1);
    expect(web.state.calls - before).toBe(1);
  });

  it("lets only one of two simultaneous attempts send; the other waits out the claim", async () => {
    const web = mockWebhook();
    const { h, follower, deliver } = await pendingNotification(web);
    const result = await h.consume([deliver[0], deliver[0]]);
    expect(web.to(follower)).toHaveLength(1);
    expect(result.retried).toEqual([{ body: deliver[0], delaySeconds: 300 }]);
    expect((await h.consume(deliver)).retried).toEqual([]);
    expect(web.to(follower)).toHaveLength(1);
  });

  it("drops malformed queue messages instead of retrying them forever", async () => {
    mockWebhook();
    const h = notifyHarness();
    const result = await h.consume([{ type: "deliver", delivery: "x" }, { hello: 1 }]);
    expect(result.retried).toEqual([]);
    expect(result.explicitAcks).toHaveLength(2);
  });
});

describe("the send_email transport", () => {
  it("hands the binding a MIME message with List-Unsubscribe, text and HTML", async () => {
    const web = mockWebhook();
    const sent: { from: string; to: string; raw: string }[] = [];
    const EMAIL = {
      send: async (message: any) =>
        void sent.push({ from: message.from, to: message.to, raw: message["EmailMessage::raw"] }),
    };
    const h = notifyHarness({ NOTIFY_WEBHOOK_URL: undefined, EMAIL, NOTIFY_FROM: "comments@blog.example" });
    const thread = uniqueThread();
    const reader = uniqueEmail("reader");
    await h.post({ thread, author: { name: "Zoë", email: reader }, notify: "thread", body: "Grüße" });
    await h.run();

    expect(web.state.calls).toBe(0);
    expect(sent).toHaveLength(1);
    const { from, to, raw } = sent[0]!;
    expect([from, to]).toEqual(["comments@blog.example", reader]);
    const headers = raw.slice(0, raw.indexOf("\r\n\r\n"));
    expect(headers).toMatch(
      /^List-Unsubscribe: <http:\/\/goalpost\.test\/api\/v1\/unsubscribe\?token=[A-Za-z0-9_-]{43}>$/m,
    );
    expect(headers).toContain("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
    expect(headers).toContain(`\r\nTo: ${reader}\r\n`);
    expect(headers).toContain("Subject: Confirm your email to get comment notifications");
    expect(headers).toMatch(/^Content-Type: multipart\/alternative; boundary="goalpost-/m);
    const parts = [...raw.matchAll(/Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+)/g)].map((m) =>
      new TextDecoder().decode(Uint8Array.from(atob(m[1]!.replace(/\r\n/g, "")), (ch) => ch.charCodeAt(0))),
    );
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain("/api/v1/subscriptions/confirm?token=");
    expect(parts[1]).toContain('<a href="http://goalpost.test/api/v1/subscriptions/confirm?token=');
  });
});

describe("publishing", () => {
  it("never fails the comment when the queue is unavailable, and logs it", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const NOTIFICATIONS = { send: () => Promise.reject(new Error("queue down")) };
    const h = notifyHarness({ NOTIFICATIONS });
    const res = await h.post({ thread: uniqueThread(), author: { email: uniqueEmail() }, notify: "thread" });
    expect(res.status).toBe(201);
    expect(errors.mock.calls.map((args) => String(args[0])).join("\n")).toMatch(
      /could not queue the published notification of c_.*queue down/,
    );
  });

  it("queues nothing while no transport is configured", async () => {
    const h = notifyHarness({ NOTIFY_WEBHOOK_URL: undefined });
    const res = await h.post({ thread: uniqueThread(), author: { email: uniqueEmail() }, notify: "thread" });
    expect(res.status).toBe(201);
    expect(h.queued).toEqual([]);
  });

  it("sends through the real local queue binding of wrangler.toml", async () => {
    const ctx = createExecutionContext();
    const bindings = { ...env, NOTIFY_WEBHOOK_URL: "https://hooks.goalpost.test/notify", NOTIFY_WEBHOOK_SECRET: "s" };
    const res = await worker.fetch(
      new Request("http://goalpost.test/api/v1/comments", {
        method: "POST",
        headers: { "Content-Type": "application/json", "CF-Connecting-IP": uniqueIp() },
        body: JSON.stringify({ thread: uniqueThread(), body: "queued for real" }),
      }),
      bindings as never,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(201);
    expect(typeof env.NOTIFICATIONS.send).toBe("function");
  });
});
