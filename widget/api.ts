// The first paint's one API call, `embed()`: every part that connects in the same task is
// batched in one microtask into one GET /api/v1/embed per API origin (more only when one
// page asks for several campaigns or threads: one request carries one of each). Every other
// call comes with the interactions chunk (widget/interactions/call.ts).
import type { Embed } from "./types";

// The D1 bookmark of this tab's last write (kept by the interactions chunk's `call`, in
// sessionStorage under this prefix + the API origin): sent back so the writer's next read,
// even after a reload, even on a read replica, sees their own write.
export const BOOKMARK = "goalpost-bookmark:";

/** The host page's signed reader identity (data-sso) per API origin, sent on writes (by the chunk). */
export const sso: Record<string, string> = {};

/** The name in an SSO payload (for "is this verified comment mine?"); the server has the last word. */
export function ssoName(base: string): string | undefined {
  try {
    // base64url → the UTF-8 bytes as a binary string → text (escape + decodeURIComponent:
    // shorter than a TextDecoder; invalid UTF-8 throws, as an unreadable payload should).
    const bytes = atob(sso[base]!.split(".")[0]!.replace(/-/g, "+").replace(/_/g, "/"));
    return JSON.parse(decodeURIComponent(escape(bytes))).name;
  } catch {}
}

/** One part's wish: a campaign ("campaign=<slug>") or a thread page ("thread=…&sort=…&limit=…"), as query parameters. */
type Wish = {
  _base: string;
  _key: string;
  _resolve: (e: Embed) => void;
  _reject: (e: unknown) => void;
  _signal?: AbortSignal | undefined;
};

/** One request: a campaign (`c`) and a thread (`t`) of one API origin, and the wishes it serves. */
type Request = { _base: string; c?: string; t?: string; _wishes: Wish[] };

let queue: Wish[] = [];

/** The first-paint data for a campaign or a thread (`key`, see Wish); batched with the other parts. */
export function embed(base: string, key: string, signal?: AbortSignal): Promise<Embed> {
  return new Promise((resolve, reject) => {
    if (!queue.length) parsed(flush);
    queue.push({ _base: base, _key: key, _resolve: resolve, _reject: reject, _signal: signal });
  });
}

/**
 * Runs `run` in a microtask once the page is parsed. An async loader can run before the rest
 * of the page is parsed: elements placed further down then join the same request.
 */
export function parsed(run: () => void) {
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", () => queueMicrotask(run), { once: true });
  else queueMicrotask(run);
}

function flush() {
  const requests: Request[] = [];
  // A wish given up before its request left (the element's settings changed) costs nothing.
  // Each wish joins the first request of its origin whose slot of its kind is free or holds
  // the same key: as many requests as the most campaigns or threads asked of one origin.
  for (const wish of queue.filter((w) => !w._signal?.aborted)) {
    const kind = wish._key[0] as "c" | "t";
    let request = requests.find((r) => r._base === wish._base && (r[kind] ?? wish._key) === wish._key);
    if (!request) {
      request = { _base: wish._base, _wishes: [] };
      requests.push(request);
    }
    request[kind] = wish._key;
    request._wishes.push(wish);
  }
  queue = [];
  for (const { _base: base, c, t, _wishes: served } of requests) {
    let query = [c, t].filter(Boolean).join("&");
    // The request is aborted once every part waiting for it has given up.
    const ctrl = new AbortController();
    for (const wish of served)
      wish._signal?.addEventListener("abort", () => served.every((w) => w._signal?.aborted) && ctrl.abort());
    try {
      const mark = sessionStorage.getItem(BOOKMARK + base);
      // In the query: a custom header would cost a CORS preflight.
      if (mark) query += `&bookmark=${encodeURIComponent(mark)}`;
    } catch {}
    // A failure rejects with a `status` (0: unreachable or slower than 8 s); anything else is a bug.
    const request = fetch(`${base}/api/v1/embed?${query}`, {
      signal: AbortSignal.any([AbortSignal.timeout(8000), ctrl.signal]),
    }).then(
      (res) => (res.ok ? res.json() : Promise.reject(res)),
      () => Promise.reject({ status: 0 }),
    );
    for (const wish of served) request.then(wish._resolve, wish._reject);
  }
}
