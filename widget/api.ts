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
    const bytes = Uint8Array.from(atob(sso[base]!.split(".")[0]!.replace(/-/g, "+").replace(/_/g, "/")), (c) =>
      c.charCodeAt(0),
    );
    return JSON.parse(new TextDecoder().decode(bytes)).name;
  } catch {}
}

/** One part's wish: a campaign ("campaign=<slug>") or a thread page ("thread=…&sort=…&limit=…"), as query parameters. */
type Wish = {
  base: string;
  key: string;
  resolve: (e: Embed) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal | undefined;
};

let queue: Wish[] = [];

/** The first-paint data for a campaign or a thread (`key`, see Wish); batched with the other parts. */
export function embed(base: string, key: string, signal?: AbortSignal): Promise<Embed> {
  return new Promise((resolve, reject) => {
    if (!queue.length) schedule(flush);
    queue.push({ base, key, resolve, reject, signal });
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
    const keys = (kind: string) => [...new Set(mine.map((w) => w.key).filter((key) => key.startsWith(kind)))];
    const campaigns = keys("campaign=");
    const threads = keys("thread=");
    for (let i = 0; i < Math.max(campaigns.length, threads.length); i++) {
      const pair = [campaigns[i], threads[i]];
      const served = mine.filter((w) => pair.includes(w.key));
      let query = pair.filter(Boolean).join("&");
      // The request is aborted once every part waiting for it has given up.
      const ctrl = new AbortController();
      for (const wish of served)
        wish.signal?.addEventListener("abort", () => served.every((w) => w.signal?.aborted) && ctrl.abort());
      let mark: string | null = null;
      try {
        mark = sessionStorage.getItem(BOOKMARK + base);
      } catch {}
      // In the query: a custom header would cost a CORS preflight.
      if (mark) query += `&bookmark=${encodeURIComponent(mark)}`;
      // A failure rejects with a `status` (0: unreachable or slower than 8 s); anything else is a bug.
      const request = fetch(`${base}/api/v1/embed?${query}`, {
        signal: AbortSignal.any([AbortSignal.timeout(8000), ctrl.signal]),
      }).then(
        (res) => (res.ok ? res.json() : Promise.reject(res)),
        () => Promise.reject({ status: 0 }),
      );
      for (const wish of served) request.then(wish.resolve, wish.reject);
    }
  }
}
