/** The page of a thread: SITE_URL + the thread key when the key is a path; the key itself when it is a URL. */
export function threadUrl(siteUrl: string | undefined, thread: string, commentId: string): string | null {
  const anchor = `#${encodeURIComponent(commentId)}`;
  if (/^https?:\/\//i.test(thread)) return URL.canParse(thread) ? new URL(thread).href.split("#")[0] + anchor : null;
  if (!siteUrl || !thread.startsWith("/") || !URL.canParse(siteUrl)) return null;
  const base = new URL(siteUrl);
  // Keep SITE_URL's own path (a blog under /blog) and append the key to it.
  const url = new URL(base.origin + base.pathname.replace(/\/+$/, "") + thread);
  return url.protocol === "https:" || url.protocol === "http:" ? url.href + anchor : null;
}

/** A link to one of our own endpoints, at the origin the comment was posted to. */
export const apiLink = (origin: string, path: string, token: string) =>
  `${origin}/api/v1/${path}?token=${encodeURIComponent(token)}`;
