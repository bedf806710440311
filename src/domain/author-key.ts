import { hashToken } from "./edit-token";

// The widget's per-browser secret (X-Goalpost-Author): 32–128 characters of [A-Za-z0-9_-].
const AUTHOR_KEY = /^[A-Za-z0-9_-]{32,128}$/;

/**
 * SHA-256 (hex) of a well-formed `X-Goalpost-Author` key, the only form in which it is
 * stored; null without one. Rejecting a malformed key (400) is the comment route's job.
 */
export async function authorKeyHash(header: string | undefined | null): Promise<string | null> {
  const key = header?.trim();
  return key && AUTHOR_KEY.test(key) ? hashToken(key) : null;
}
