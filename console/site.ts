// Where the site's pages live. A thread key is the embedding page's path ("/2018/06/10/x"),
// and the Worker never learns the site's origin, so the owner tells the console once. Not
// a secret, so localStorage is fine: it outlives the session, unlike the token.
const KEY = "goalpost-site-origin";

export function siteOrigin(): string {
  try {
    return localStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

/** Stores an http(s) origin; returns false for anything else (never a javascript: link). */
export function setSiteOrigin(value: string): boolean {
  let origin = "";
  if (value.trim()) {
    try {
      const url = new URL(value.trim());
      if (!/^https?:$/.test(url.protocol)) return false;
      origin = url.origin;
    } catch {
      return false;
    }
  }
  try {
    if (origin) localStorage.setItem(KEY, origin);
    else localStorage.removeItem(KEY);
  } catch {
    return false;
  }
  return true;
}

/** The page of a thread: an absolute http(s) key as is, a path on the site's origin, else null. */
export function threadUrl(thread: string, origin = siteOrigin()): string | null {
  try {
    const url = new URL(thread, origin || undefined);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
