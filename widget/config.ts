// Configuration from the loader's data-* attributes and the elements' own attributes.
// Bad config is reported loudly in the console (prefixed, as remark42 does) and quietly
// on the page.

import { threadKey } from "./thread-key";

export type Theme = "auto" | "light" | "dark";

/** Logs a configuration problem without throwing into the host page. */
export const warn = (message: string) => console.error(`Goalpost: ${message}`);

/** The page's canonical path (link rel=canonical, else the location) as a thread key. */
export function pageThread(): string {
  const link = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  let path = location.pathname;
  try {
    if (link?.href) path = new URL(link.href, location.href).pathname;
  } catch {
    // An unparsable canonical link falls back to the location.
  }
  return threadKey(path);
}

/** A usable BCP 47 locale: `wanted` if valid, else the page's lang, else English. */
export function pickLocale(wanted: string | null | undefined): string {
  for (const tag of [wanted, document.documentElement.lang, "en"]) {
    if (!tag) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0]!;
    } catch {
      warn(`bad locale "${tag}"`);
    }
  }
  return "en";
}

/**
 * An http(s) URL from attribute `name`, or null with a console error: a `javascript:` URL
 * must never become the donate link.
 */
export function httpUrl(value: string | null, name: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, location.href);
    if (/^https?:$/.test(url.protocol)) return url.href;
  } catch {
    // Reported below.
  }
  warn(`${name} "${value}" is not an http(s) URL`);
  return null;
}

export function theme(value: string | null): Theme {
  if (/^(auto|light|dark|)$/.test(value ?? "")) return (value || "auto") as Theme;
  warn(`data-theme "${value}" must be auto, light or dark`);
  return "auto";
}

/** The defaults the loader script gives every element of the page (its data-* attributes). */
export const defaults: Record<string, string> = {};

/** Reads an element attribute, falling back to the loader's data-* value. */
export function attr(el: Element, name: string): string | null {
  return el.getAttribute(name) ?? el.getAttribute(`data-${name}`) ?? defaults[name] ?? null;
}
