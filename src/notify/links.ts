// Characters a path keeps as they are; everything else is percent-encoded, so a thread key can
// add no query, fragment, backslash or scheme (":") to a link. A "%" already starting an
// escape is kept, so keys that are encoded paths stay as they were.
const UNSAFE_IN_PATH = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=@/%]/gu;

/**
 * The page of a thread in a message: SITE_URL (or, without it, the worker's own `origin`)
 * followed by the thread key as a path. A thread key never becomes the link's scheme or host
 * (`https://evil.example/x` and `//evil.example` stay paths under our origin); null when no
 * safe link can be made.
 */
export function threadUrl(
  siteUrl: string | undefined,
  origin: string,
  thread: string,
  commentId: string,
): string | null {
  const baseText = siteUrl && URL.canParse(siteUrl) ? siteUrl : origin;
  if (!URL.canParse(baseText)) return null;
  const base = new URL(baseText);
  if (base.protocol !== "https:" && base.protocol !== "http:") return null;
  let path: string;
  try {
    path = (thread.startsWith("/") ? thread : `/${thread}`).replace(UNSAFE_IN_PATH, (ch) => encodeURIComponent(ch));
  } catch {
    return null; // a lone surrogate cannot be encoded
  }
  // Keep SITE_URL's own path (a blog under /blog) and append the key to it.
  const text = `${base.origin}${base.pathname.replace(/\/+$/, "")}${path}#${encodeURIComponent(commentId)}`;
  if (!URL.canParse(text) || new URL(text).origin !== base.origin) return null;
  return text;
}

/** A link to one of our own endpoints, at the origin the comment was posted to. */
export const apiLink = (origin: string, path: string, token: string) =>
  `${origin}/api/v1/${path}?token=${encodeURIComponent(token)}`;
