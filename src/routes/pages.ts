import { Hono } from "hono";
import type { AppEnv } from "../env";
import { WIDGET_ETAG, WIDGET_JS } from "../generated/assets";
import { DEMO_CSS, DEMO_HTML } from "./demo/page";

export const pages = new Hono<AppEnv>();

/** Serves a bundled script with an ETag so browsers revalidate with a cheap 304. */
function script(body: string, etag: string) {
  return (c: import("hono").Context<AppEnv>) => {
    c.header("ETag", etag);
    c.header("Cache-Control", "public, max-age=300, must-revalidate");
    c.header("Access-Control-Allow-Origin", "*");
    const match = c.req.header("if-none-match");
    if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return c.body(null, 304);
    return c.body(body, 200, { "Content-Type": "text/javascript; charset=utf-8" });
  };
}

pages.get("/widget.js", script(WIDGET_JS, WIDGET_ETAG));

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

pages.get("/demo.css", (c) => c.body(DEMO_CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=300" }));
