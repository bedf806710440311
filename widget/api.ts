// The API client. First paint goes through `embed()`: every part that connects in the
// same task is batched in one microtask into one GET /api/v1/embed per API origin (more
// only when one page asks for several campaigns or threads: one request carries one of each).
import type { Embed, Issue } from "./types";

/** A failed call: the API's error envelope, or status 0 when the API was unreachable. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
  }
}

// A slow API must not leave the page waiting: reads give up sooner than writes.
const TIMEOUT_MS = { read: 8000, write: 15000 };

// The D1 bookmark of this tab's last write: sent back so the writer's next read (even after
// a reload, even on a read replica) sees their own write. Kept for the tab only.
const BOOKMARK = "goalpost-bookmark:";
function bookmark(base: string, value?: string | null): string | null {
  try {
    if (value) sessionStorage.setItem(BOOKMARK + base, value);
    return sessionStorage.getItem(BOOKMARK + base);
  } catch {
    return value ?? null;
  }
}

/** The host page's signed reader identity (data-sso) per API origin, sent on writes (by the chunk). */
export const sso: Record<string, string> = {};

/** The name in an SSO payload (for "is this verified comment mine?"); the server has the last word. */
export function ssoName(base: string): string | undefined {
  try {
    const bytes = Uint8Array.from(atob(sso[base]!.split(".")[0]!.replace(/-/g, "+").replace(/_/g, "/")), (c) =>
      c.charCodeAt(0),
    );
    return JSON.parse(new TextDecoder().decode(bytes)).name;
  } catch {}
}

/**
 * Calls the API and returns its JSON; throws ApiError for any failure (status 0 when the API
 * was unreachable or too slow). Writes come from the interactions chunk with their headers
 * (widget/interactions/send.ts).
 */
export async function call<T>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  abort?: AbortSignal,
): Promise<T> {
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const read = method === "GET";
  const mark = bookmark(base);
  // On reads the bookmark travels in the query: a custom header would cost a CORS preflight.
  if (mark && read) path += `${path.includes("?") ? "&" : "?"}bookmark=${encodeURIComponent(mark)}`;
  else if (mark) headers["X-D1-Bookmark"] = mark;
  let res: Response;
  try {
    const timeout = AbortSignal.timeout(read ? TIMEOUT_MS.read : TIMEOUT_MS.write);
    const signal = abort ? AbortSignal.any([timeout, abort]) : timeout;
    res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers,
      signal,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", "offline");
  }
  // Only a write's bookmark is kept: readers who never write share the edge cache's entries.
  if (!read) bookmark(base, res.headers.get("X-D1-Bookmark"));
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const error = data?.error ?? {};
    throw new ApiError(res.status, error.code ?? "http", error.message ?? `HTTP ${res.status}`, error.issues);
  }
  return data as T;
}

/** One part's wish: a campaign, or a thread page ("thread|sort|limit"). */
type Wish = {
  base: string;
  kind: "campaign" | "thread";
  key: string;
  resolve: (e: Embed) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal | undefined;
};

let queue: Wish[] = [];

/** The first-paint data for a campaign or a thread; batched with the other parts. */
export function embed(base: string, kind: Wish["kind"], key: string, signal?: AbortSignal): Promise<Embed> {
  return new Promise((resolve, reject) => {
    if (!queue.length) schedule(flush);
    queue.push({ base, kind, key, resolve, reject, signal });
  });
}

// An async loader can run before the rest of the page is parsed: wait for the parser so
// elements placed further down join the same request, then batch in one microtask.
function schedule(run: () => void) {
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", () => queueMicrotask(run), { once: true });
  else queueMicrotask(run);
}

function flush() {
  // A wish given up before its request left (the element's settings changed) costs nothing.
  const wishes = queue.filter((w) => !w.signal?.aborted);
  queue = [];
  for (const base of new Set(wishes.map((w) => w.base))) {
    const mine = wishes.filter((w) => w.base === base);
    const keys = (kind: Wish["kind"]) => [...new Set(mine.filter((w) => w.kind === kind).map((w) => w.key))];
    const campaigns = keys("campaign");
    const threads = keys("thread");
    for (let i = 0; i < Math.max(campaigns.length, threads.length); i++) {
      const query = new URLSearchParams();
      if (campaigns[i]) query.set("campaign", campaigns[i]!);
      const [thread, sort, limit] = threads[i]?.split("\n") ?? [];
      if (thread) {
        query.set("thread", thread);
        query.set("sort", sort!);
        query.set("limit", limit!);
      }
      const served = mine.filter((w) => w.key === (w.kind === "campaign" ? campaigns[i] : threads[i]));
      // The request is aborted once every part waiting for it has given up.
      const ctrl = new AbortController();
      for (const wish of served)
        wish.signal?.addEventListener("abort", () => served.every((w) => w.signal?.aborted) && ctrl.abort());
      const request = call<Embed>(base, "GET", `/embed?${query}`, undefined, {}, ctrl.signal);
      for (const wish of served) request.then(wish.resolve, wish.reject);
    }
  }
}
