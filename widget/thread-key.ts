/**
 * The thread key of a page path: a trailing `index.html` and slash are removed so
 * `/post`, `/post/` and `/post/index.html` share one thread; the site root stays "/".
 */
export function threadKey(path: string): string {
  return path.replace(/\/index\.html?$/, "/").replace(/\/+$/, "") || "/";
}
