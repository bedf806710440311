import { Hono } from "hono";
import { KEYS } from "../../widget/i18n";
import { packTable } from "../../widget/i18n-packs";
import type { AppEnv } from "../env";
import {
  WIDGET_ETAG,
  WIDGET_INLINE_ETAG,
  WIDGET_INLINE_JS,
  WIDGET_JS,
  WIDGET_LIVE_ETAG,
  WIDGET_LIVE_JS,
} from "../generated/assets";
import { DEMO_CSS, DEMO_HTML } from "./demo/page";

export const pages = new Hono<AppEnv>();

/** Serves a bundled asset with an ETag so browsers revalidate with a cheap 304. */
function asset(body: string, etag: string, type = "text/javascript") {
  return (c: import("hono").Context<AppEnv>) => {
    c.header("ETag", etag);
    c.header("Cache-Control", "public, max-age=300, must-revalidate");
    c.header("Access-Control-Allow-Origin", "*");
    const match = c.req.header("if-none-match");
    if (match?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return c.body(null, 304);
    return c.body(body, 200, { "Content-Type": `${type}; charset=utf-8` });
  };
}

pages.get("/widget.js", asset(WIDGET_JS, WIDGET_ETAG));
// The second file (inline feedback, questions, counts, bubble), loaded by widget.js only on
// pages that use them.
pages.get("/widget-inline.js", asset(WIDGET_INLINE_JS, WIDGET_INLINE_ETAG));
// Live updates (docs/live.md), loaded by widget.js after first paint.
pages.get("/widget-live.js", asset(WIDGET_LIVE_JS, WIDGET_LIVE_ETAG));

// The widget's strings for languages other than English (English is in widget.js), loaded
// only by pages in that language: GET /widget/i18n/de.json etc. Keyed by string name, so a
// cached pack that lags a new widget.js falls back to English per key, never misaligns.
const packs = new Map<string, ReturnType<typeof asset>>();
pages.get("/widget/i18n/:file{[a-z]{2}\\.json}", async (c, next) => {
  const lang = c.req.param("file").slice(0, 2);
  let handler = packs.get(lang);
  if (!handler) {
    const table = packTable(lang, KEYS);
    if (!table) return next();
    const body = JSON.stringify(table);
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body));
    const etag = `"${btoa(String.fromCharCode(...new Uint8Array(digest).slice(0, 16))).replace(/=+$/, "")}"`;
    handler = asset(body, etag, "application/json");
    packs.set(lang, handler);
  }
  return handler(c);
});

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
