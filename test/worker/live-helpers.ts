import { createExecutionContext, env, SELF, waitOnExecutionContext } from "cloudflare:test";
import app from "../../src/index";
import { uniqueIp } from "./comments-helpers";

const BASE = "http://goalpost.test";

/** An open live socket with its messages queued, parsed, in arrival order. */
export type LiveSocket = {
  ws: WebSocket;
  /** The next message (waits for it; fails after `ms`). */
  next(ms?: number): Promise<any>;
  /** Messages received and not yet taken. */
  queued(): any[];
  close(): void;
};

/** Opens GET /api/v1/live with `params`; throws unless the server answers 101. */
export async function connect(params: Record<string, string>, vars?: Record<string, string>): Promise<LiveSocket> {
  const res = await upgrade(params, vars);
  if (res.status !== 101 || !res.webSocket) throw new Error(`no socket: ${res.status} ${await res.text()}`);
  const ws = res.webSocket;
  const inbox: any[] = [];
  let waiting: ((message: any) => void) | null = null;
  ws.addEventListener("message", (event) => {
    const text = event.data as string;
    // Everything the server pushes is JSON, except the runtime's "pong".
    const message = text === "pong" ? text : JSON.parse(text);
    if (waiting) {
      const deliver = waiting;
      waiting = null;
      deliver(message);
    } else inbox.push(message);
  });
  ws.accept();
  return {
    ws,
    queued: () => inbox,
    next(ms = 5000) {
      if (inbox.length) return Promise.resolve(inbox.shift());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no live message within the time")), ms);
        waiting = (message) => {
          clearTimeout(timer);
          resolve(message);
        };
      });
    },
    close: () => ws.close(1000, "done"),
  };
}

/** Sends the upgrade request, through SELF or (with `vars`) through the app with vars overridden. */
export async function upgrade(
  params: Record<string, string>,
  vars?: Record<string, string>,
  headers = { Upgrade: "websocket" },
) {
  const request = new Request(`${BASE}/api/v1/live?${new URLSearchParams(params)}`, { headers });
  if (!vars) return SELF.fetch(request);
  return app.fetch(request, { ...env, ...vars }, createExecutionContext());
}

/**
 * Calls the app with vars overridden and waits for its waitUntil work (the live pushes),
 * so a test knows every push of this request has been made.
 */
export async function settled(
  method: string,
  path: string,
  body?: unknown,
  vars: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  const init: RequestInit = { method, headers: { "CF-Connecting-IP": uniqueIp(), ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)["Content-Type"] = "application/json";
  }
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${BASE}${path}`, init), { ...env, ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as any) : null };
}
