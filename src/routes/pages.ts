import { Hono } from "hono";
import type { AppEnv } from "../env";
import { DEMO_CSS, DEMO_HTML } from "./demo/page";
import { fromAssets } from "./static-assets";

export const pages = new Hono<AppEnv>();

// The widget's files are static assets (scripts/build-assets.mjs): /widget.js, the second
// file /widget-inline.js (inline feedback, questions, counts, bubble), the language packs
// /widget/i18n/<lang>.json (English is in widget.js) and the content-hashed copies under
// /assets/ that widget.js loads. The asset router answers them before the worker.
pages.get("/widget.js", fromAssets);
pages.get("/widget-inline.js", fromAssets);
// The live client (docs/live.md), loaded by widget.js after first paint.
pages.get("/widget-live.js", fromAssets);
pages.get("/widget/i18n/*", fromAssets);
pages.get("/assets/*", fromAssets);

// Nothing inline is allowed: the widget styles itself with a constructed stylesheet,
// which CSP does not block, so the demo proves the widget runs under a strict policy.
const DEMO_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pages.get("/", (c) => {
  c.header("Content-Security-Policy", DEMO_CSP);
  c.header("Cache-Control", "no-cache");
  return c.html(DEMO_HTML);
});

pages.get("/demo.css", (c) =>
  c.body(DEMO_CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=300" }),
);
