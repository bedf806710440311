// The owner's console: one HTML shell at /admin plus its script and stylesheet. The page
// holds the admin token, so it gets the strictest policy the console can live with: no
// inline script or style (everything comes from /admin/* and /widget.js), Trusted Types so
// no string can become markup or a script URL, no framing, and connections to this origin only.
import { type Context, Hono } from "hono";
import type { AppEnv } from "../env";
import { CONSOLE_CSS_URL, CONSOLE_JS_URL } from "../generated/assets";
import { CONSOLE_CSP } from "./console-policy";
import { fromAssets } from "./static-assets";

export { CONSOLE_CSP };

const SHELL = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>Goalpost console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${CONSOLE_CSS_URL}">
<script src="${CONSOLE_JS_URL}" defer></script>
</head>
<body>
<div id="app"><noscript>The Goalpost console needs JavaScript.</noscript></div>
</body>
</html>
`;

function lockDown(c: Context<AppEnv>) {
  c.header("Content-Security-Policy", CONSOLE_CSP);
  c.header("X-Frame-Options", "DENY");
  c.header("Cross-Origin-Opener-Policy", "same-origin");
  c.header("Cross-Origin-Resource-Policy", "same-origin");
}

export const consolePages = new Hono<AppEnv>();

consolePages.get("/", (c) => {
  lockDown(c);
  // The shell is tiny and names no secrets, but it must never be served stale after a deploy.
  c.header("Cache-Control", "no-store");
  return c.html(SHELL);
});

// The console's script and stylesheet are static assets (dist/public/admin/, with the same
// policy headers); the asset router answers them before the worker. These forwards serve
// the same files when the worker is called directly (tests, run_worker_first).
consolePages.get("/console.js", fromAssets);
consolePages.get("/console.css", fromAssets);
consolePages.get("/assets/*", fromAssets);
