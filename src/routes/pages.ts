import { Hono } from "hono";
import type { AppEnv } from "../env";
import { WIDGET_ETAG, WIDGET_JS } from "../generated/assets";

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
