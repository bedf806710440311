import {
  createExecutionContext,
  createMessageBatch,
  env,
  getQueueResult,
  waitOnExecutionContext,
} from "cloudflare:test";
import { vi } from "vitest";
import worker from "../../src/index";
import { uniqueIp } from "./comments-helpers";
import { ADMIN } from "./helpers";

export const WEBHOOK_URL = "https://hooks.goalpost.test/notify";
export const WEBHOOK_SECRET = "test-notify-webhook-secret";
const BASE = "http://goalpost.test";

let counter = 0;
/** An address no other test uses. */
export const uniqueEmail = (name = "p") => `${name}-${Date.now().toString(36)}-${(counter++).toString(36)}@example.org`;

const authorKeys = new Map<string, string>();
/** The author key (X-Goalpost-Author) of the browser that `email`'s owner writes from: one per mailbox. */
export function authorKeyOf(email: string): string {
  const mailbox = email.trim().toLowerCase();
  let key = authorKeys.get(mailbox);
  if (!key) {
    key = Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => b.toString(16).padStart(2, "0")).join("");
    authorKeys.set(mailbox, key);
  }
  return key;
}

/** A notification webhook call as the receiver sees it. */
export type Hook = { headers: Headers; raw: string; body: any };

type Responder = (call: number) => Response | Promise<Response>;

/**
 * The outbound webhook: `fetch` to WEBHOOK_URL is answered by `respond` (200 by default) and
 * recorded; the worker runs in the test's isolate, so the spy sees its calls.
 */
export function mockWebhook(respond: Responder = () => new Response("ok")) {
  const hooks: Hook[] = [];
  const original = globalThis.fetch;
  const state = { respond, calls: 0 };
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (request.url !== WEBHOOK_URL) return original(input, init);
    const raw = await request.text();
    state.calls++;
    const res = await state.respond(state.calls);
    if (res.ok) hooks.push({ headers: request.headers, raw, body: JSON.parse(raw) });
    return res;
  });
  return { hooks, state, to: (email: string) => hooks.filter((hook) => hook.body.to === email) };
}

type Options = { body?: unknown; headers?: Record<string, string>; raw?: BodyInit };

/**
 * The worker with notifications on (the webhook transport, SITE_URL) and a recording
 * NOTIFICATIONS queue whose messages the test hands to the consumer with `run()`.
 */
export function notifyHarness(vars: Record<string, unknown> = {}) {
  const queued: unknown[] = [];
  const queue = {
    send: async (body: unknown) => void queued.push(structuredClone(body)),
    sendBatch: async (messages: Iterable<{ body: unknown }>) => {
      for (const message of messages) queued.push(structuredClone(message.body));
    },
  };
  const bindings: Record<string, unknown> = {
    ...env,
    NOTIFY_WEBHOOK_URL: WEBHOOK_URL,
    NOTIFY_WEBHOOK_SECRET: WEBHOOK_SECRET,
    SITE_URL: "https://blog.example",
    NOTIFICATIONS: queue,
    ...vars,
  };
  let ids = 0;

  /** Sends a request to the worker and waits for its waitUntil work (the queue send). */
  async function call(method: string, path: string, options: Options = {}) {
    const headers: Record<string, string> = { ...options.headers };
    let body = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers["Content-Type"] ??= "application/json";
    }
    const ctx = createExecutionContext();
    const res = await worker.fetch(new Request(`${BASE}${path}`, { method, headers, body }), bindings as never, ctx);
    await waitOnExecutionContext(ctx);
    const text = await res.text();
    let json: any = text;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: res.status, headers: res.headers, json, text };
  }

  /** Hands messages to the consumer as one batch and returns the queue's verdict. */
  async function consume(bodies: unknown[], attempts = 1) {
    const names = bodies.map(() => `m${ids++}`);
    const batch = createMessageBatch(
      "goalpost-notifications",
      bodies.map((body, i) => ({ id: names[i]!, timestamp: new Date(), attempts, body })),
    );
    // getQueueResult reports which messages were retried but not their delay: record it here.
    const delays = new Map<string, number | undefined>();
    for (const message of batch.messages) {
      const retry = message.retry.bind(message);
      Object.defineProperty(message, "retry", {
        value: (options?: QueueRetryOptions) => {
          delays.set(message.id, options?.delaySeconds);
          retry(options);
        },
      });
    }
    const ctx = createExecutionContext();
    await worker.queue(batch, bindings as never, ctx);
    const result = await getQueueResult(batch, ctx);
    const bodyOf = new Map(names.map((name, i) => [name, bodies[i]]));
    const retried = result.retryMessages.map((retry: { msgId: string }) => ({
      body: bodyOf.get(retry.msgId),
      delaySeconds: delays.get(retry.msgId),
    }));
    return { ...result, retried };
  }

  /** Consumes everything queued, and what that queues, until the queue is empty; returns the retried messages. */
  async function run() {
    const retried: { body: unknown; delaySeconds?: number }[] = [];
    while (queued.length > 0) {
      const bodies = queued.splice(0);
      retried.push(...(await consume(bodies)).retried);
    }
    return retried;
  }

  return {
    bindings,
    queued,
    call,
    consume,
    run,
    admin: (method: string, path: string, options: Options = {}) =>
      call(method, path, { ...options, headers: { ...ADMIN, ...options.headers } }),
    /** Posts a comment from a fresh IP unless one is given. */
    post: (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      call("POST", "/api/v1/comments", {
        body: { body: "hello", ...body },
        headers: { "CF-Connecting-IP": uniqueIp(), ...headers },
      }),
  };
}

export type Harness = ReturnType<typeof notifyHarness>;

/** The path and query of a link in a message's text (`/api/v1/…?token=…`). */
export function linkIn(hook: Hook, path: "subscriptions/confirm" | "unsubscribe"): string {
  const match = new RegExp(`/api/v1/${path}\\?token=[A-Za-z0-9_-]+`).exec(hook.body.text);
  if (!match) throw new Error(`no ${path} link in ${hook.body.text}`);
  return match[0];
}

/**
 * Posts a comment that subscribes `email` from its owner's browser (author key) and confirms it
 * through its confirmation message, as a reader would (the page's button POSTs to the link). Returns the comment's id; the confirmation is not left in `hooks`.
 */
export async function subscribed(
  h: Harness,
  web: ReturnType<typeof mockWebhook>,
  thread: string,
  email: string,
  notify: "replies" | "thread",
  parentId?: string,
) {
  const res = await h.post(
    { thread, parentId, author: { name: email.split("@")[0], email }, notify },
    { "X-Goalpost-Author": authorKeyOf(email) },
  );
  if (res.status !== 201) throw new Error(`not published: ${res.status} ${res.text}`);
  await h.run();
  const confirmation = web.to(email).find((hook) => hook.body.kind === "confirm");
  if (confirmation) {
    const confirmed = await h.call("POST", linkIn(confirmation, "subscriptions/confirm"));
    if (confirmed.status !== 200) throw new Error(`not confirmed: ${confirmed.status} ${confirmed.text}`);
  }
  web.hooks.length = 0;
  return res.json.comment.id as string;
}

/** `email` subscribed to `thread` and sent one notification of it (Carol's comment): that message's unsubscribe link. */
export async function notifiedUnsubscribeLink(
  h: Harness,
  web: ReturnType<typeof mockWebhook>,
  thread: string,
  email: string,
): Promise<string> {
  await subscribed(h, web, thread, email, "thread");
  await h.post({ thread, author: { name: "Carol" } });
  await h.run();
  return linkIn(web.to(email)[0]!, "unsubscribe");
}
