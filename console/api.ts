// The admin API client: same origin, bearer token, the error envelope of API.md turned
// into an ApiError whose `issues` the forms place next to their fields.
import type { Campaign, Donation } from "../src/schemas/campaigns";
import type { AdminComment } from "../src/schemas/comments";
import { ApiError } from "../widget/api-error";
import type { Issue } from "../widget/types";

export type { AdminComment, Campaign, Donation, Issue };
export { ApiError };

type Options = { body?: unknown; headers?: Record<string, string>; onStatus?: (status: number) => void };

/** Called when the token stops working mid-session (rotated secret): the shell signs out. */
let onUnauthorized: (error: ApiError) => void = () => {};
export const whenUnauthorized = (handler: (error: ApiError) => void) => (onUnauthorized = handler);

/** Calls `/api/v1{path}` with the token; resolves to the JSON body (null for 204). */
export async function request<T>(token: string, method: string, path: string, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: "no-store",
    });
  } catch {
    throw new ApiError(0, "network", "The Worker could not be reached. Check your connection and try again.");
  }
  options.onStatus?.(res.status);
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const error = data?.error ?? {};
    const failure = new ApiError(
      res.status,
      error.code ?? "http",
      error.message ?? `HTTP ${res.status}`,
      error.issues ?? [],
    );
    if (res.status === 401) onUnauthorized(failure);
    throw failure;
  }
  return data as T;
}

/** A sentence for an error the owner can act on, for codes that need more than the message. */
export function explain(error: unknown): string {
  if (!(error instanceof ApiError)) return "Something went wrong in the console. Reload the page and try again.";
  switch (error.code) {
    case "unauthorized":
      return "That token is not the ADMIN_TOKEN of this Worker. Check it and paste it again.";
    case "admin_disabled":
      return "The admin API is switched off: this Worker has no ADMIN_TOKEN secret. Set one with `wrangler secret put ADMIN_TOKEN` (locally: ADMIN_TOKEN=… in .dev.vars) and reload.";
    case "rate_limited":
      return "Too many requests; wait a moment and try again.";
    case "internal":
      return `The Worker failed: ${error.message}`;
    default:
      return error.message;
  }
}

/** A key for one form submission: a double click sends the same key, so it counts once. */
export const idempotencyKey = () => crypto.randomUUID();
