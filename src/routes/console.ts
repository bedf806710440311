// The owner's console: one HTML shell at /admin plus its script and stylesheet. The page
// holds the admin token, so it gets the strictest policy the console can live with: no
// inline script or style (everything comes from /admin/* and /widget.js), Trusted Types so
// no string can become markup or a script URL, no framing, and connections to this origin only.
import { type Context, Hono } from "hono";
import { CONSOLE_CSS } from "../../console/styles";
import type { AppEnv } from "../env";
import { CONSOLE_ETAG, CONSOLE_JS } from "../generated/assets";

export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // One policy, in console/preview.ts, which lets only /widget.js become a script URL.
  "trusted-types goalpost-console",
].join("; ");

const SHELL = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>Goalpost console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/admin/console.css">
<script src="/admin/console.js" defer></script>
</head>
<body>
<div id="app"><noscript>The Goalpost console needs JavaScript.</noscript></div>
</body>
</html>
`;

/** A short strong ETag of `text`, computed once per isolate. */
async function etagOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  const bytes = String.fromCharCode(...new Uint8Array(digest).slice(0, 16));
  return `"${btoa(bytes).replace(/[+/=]/g, (c) => ({ "+": "-", "/": "_", "=": "" })[c]!)}"`;
}

let cssEtag: Promise<string> | undefined;

function lockDown(c: Context<AppEnv>) {
  c.header("Content-Security-Policy", CONSOLE_CSP);
  c.header("X-Frame-Options", "DENY");
  c.header("Cross-Origin-Opener-Policy", "same-origin");
  c.header("Cross-Origin-Resource-Policy", "same-origin");
}

/** Serves an asset with its ETag; revalidated on every load so a deploy shows at once. */
function asset(c: Context<AppEnv>, body: string, etag: string, type: string) {
  lockDown(c);
  c.header("ETag", etag);
  c.header("Cache-Control", "no-cache");
  const match = c.req.header("if-none-match");
  if (match?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return c.body(null, 304);
  return c.body(body, 200, { "Content-Type": type });
}

export const consolePages = new Hono<AppEnv>();

consolePages.get("/", (c) => {
  lockDown(c);
  // The shell is tiny and names no secrets, but it must never be served stale after a deploy.
  c.header("Cache-Control", "no-store");
  return c.html(SHELL);
});

consolePages.get("/console.js", (c) => asset(c, CONSOLE_JS, CONSOLE_ETAG, "text/javascript; charset=utf-8"));

consolePages.get("/console.css", async (c) => {
  cssEtag ??= etagOf(CONSOLE_CSS);
  return asset(c, CONSOLE_CSS, await cssEtag, "text/css; charset=utf-8");
});
