import type { Context } from "hono";
import type { AppEnv } from "../env";
import { liveOn } from "./config";
import { deliver } from "./deliver";
import type { LiveEvent } from "./messages";

/**
 * Tells the live objects about a successful write, after the answer (`waitUntil`): the
 * request never waits for a push, and a push that fails is logged, never turned into a
 * failed write. Routes call it once, after success; `LIVE=off` (or a null event) makes it
 * do nothing.
 */
export function notifyLive(c: Context<AppEnv>, event: LiveEvent | null): void {
  if (!event || !liveOn(c.env) || !c.env.LIVE_THREAD || !c.env.LIVE_CAMPAIGN) return;
  const requestId = c.get("requestId");
  const work = deliver(c.env, event, Date.now()).catch((err: unknown) => {
    const reason = err instanceof Error ? err.message : "unknown error";
    console.error(`[${requestId}] live ${event.type} update not pushed: ${reason}`);
  });
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // No execution context (app.request() without one): the promise still runs.
  }
}
