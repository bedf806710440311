// Trusted Types: on a page that enforces them (`require-trusted-types-for 'script'`), the
// widget's two sinks go through one policy named "goalpost" that the page allows with
// `trusted-types goalpost`. The policy is created once, on first use, so a second copy
// of the loader (whose elements are never upgraded by it) creates none. Only the server's
// sanitised comment html, the widget's own lazy files' URLs and Turnstile's pass through it.
import { warn } from "./config";

type Policy = { createHTML(html: string): unknown; createScriptURL(url: string): unknown };
type Factory = { createPolicy(name: string, rules: Record<string, (s: string) => string>): Policy };

let policy: Policy | null | undefined;

/** Cloudflare Turnstile's script, the one outside script the widget loads (widget/challenge.ts). */
export const TURNSTILE_SRC = "https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit";

/** A URL the widget may load as a script: http(s), on `/widget-*.js` or its hashed copy `/assets/widget-*.<hash>.js`, or Turnstile's. */
function scriptUrl(url: string): string {
  if (url === TURNSTILE_SRC || /^https?:\/\/[^/?#]+\/(assets\/)?widget-[\w-]+(\.[0-9a-f]+)?\.js$/.test(url)) return url;
  throw url;
}

function get(): Policy | null {
  if (policy === undefined) {
    policy = null;
    try {
      // API.md: comment html is sanitised by the server (an allowlist of tags and attributes).
      policy =
        (globalThis as { trustedTypes?: Factory }).trustedTypes?.createPolicy("goalpost", {
          createHTML: (html) => html,
          createScriptURL: scriptUrl,
        }) ?? null;
    } catch (error) {
      // Not allowed by the page's CSP, or the name is taken: plain strings may still work.
      warn(`trusted-types goalpost ${error}`);
    }
  }
  return policy;
}

/**
 * Shows the server's sanitised `html` in `el`; where the page refuses it (Trusted Types
 * enforced without the goalpost policy) the comment's `text` is shown instead.
 */
export function setHtml(el: Element, html: string, text: string) {
  try {
    el.innerHTML = (get()?.createHTML(html) ?? html) as string;
  } catch {
    el.textContent = text;
  }
}

/** Sets `script.src` to one of the widget's own files. */
export function setScriptSrc(script: HTMLScriptElement, url: string) {
  script.src = (get()?.createScriptURL(url) ?? url) as string;
}
