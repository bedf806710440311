// A write to the API through `call` (call.ts), with the headers a write carries:
// this browser's author key, the host page's signed identity, the comment's edit token
// and the Idempotency-Key of a post.

import type { CommentsElement } from "../comments";
import { call } from "./call";
import { authorKey } from "./store";

export function send<T>(
  w: CommentsElement,
  method: string,
  path: string,
  body?: unknown,
  token?: string | null,
  key?: string,
): Promise<T> {
  const headers: Record<string, string> = { "X-Goalpost-Author": authorKey(w.kit.state) };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (key) headers["Idempotency-Key"] = key;
  const identity = w.kit.sso[w.api];
  if (identity) headers["X-Goalpost-SSO"] = identity;
  return call<T>(w.api, method, path, body, headers);
}
