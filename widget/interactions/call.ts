// The API client of everything after first paint (paging, replies, posting, votes, edits):
// JSON in and out, the tab's D1 bookmark (widget/api.ts) read and kept, one error type.
import { BOOKMARK } from "../api";
import { ApiError } from "../api-error";

export { ApiError };

// A slow API must not leave the page waiting: reads give up sooner than writes.
const TIMEOUT_MS = { read: 8000, write: 15000 };

/** The bookmark of this tab's last write to `base`; `value` (a write's) is kept for the tab. */
function bookmark(base: string, value?: string | null): string | null {
  try {
    if (value) sessionStorage.setItem(BOOKMARK + base, value);
    return sessionStorage.getItem(BOOKMARK + base);
  } catch {
    return value ?? null;
  }
}

/**
 * Calls the API and returns its JSON; throws ApiError for any failure (status 0 when the API
 * was unreachable or too slow). Writes come with their headers (send.ts).
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
