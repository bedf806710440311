import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { d1Session } from "./db/request-session";
import type { AppEnv } from "./env";
import { ApiError, errorResponse } from "./errors";
import { requireAdmin } from "./middleware/admin-auth";
import { clock, requestId, securityHeaders } from "./middleware/context";
import { publicCors } from "./middleware/cors";
import { edgeCache, invalidateOnWrite, pathParam, readsOf } from "./middleware/edge-cache";
import { limitBody, requireJsonBody } from "./middleware/json-body";
import { CountsQuery, EmbedQuery, ListQuery } from "./schemas/comments";
import { validationHook } from "./validation";

const HTTP_CODES: Record<number, string> = {
  400: "invalid_json",
  401: "unauthorized",
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type",
};

/** The Hono app with the cross-cutting middleware and the one error handler; routes are mounted by index.ts. */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use("*", requestId, securityHeaders, clock);
  app.use("/api/v1/*", async (c, next) => (c.req.path.startsWith("/api/v1/admin/") ? next() : publicCors(c, next)));
  app.use("/api/v1/*", d1Session, invalidateOnWrite);
  app.use(
    "/api/v1/campaigns/*",
    edgeCache((c) => readsOf(pathParam(c.req.path.slice(18)), undefined)),
  );
  app.use(
    "/api/v1/comments",
    edgeCache((c) => readsOf(undefined, c.req.query("thread") ?? ""), Object.keys(ListQuery.shape)),
  );
  app.use(
    "/api/v1/counts",
    edgeCache(() => ["comments", "totals"], Object.keys(CountsQuery.shape)),
  );
  app.use(
    "/api/v1/embed",
    edgeCache(
      (c) => readsOf(c.req.query("campaign") || undefined, c.req.query("thread") || undefined),
      Object.keys(EmbedQuery.shape),
    ),
  );
  app.use("/api/v1/admin/*", requireAdmin);
  app.use("/api/v1/*", limitBody);
  // Webhooks read their raw body; the link pages' buttons and one-click unsubscribe (RFC 8058) post forms.
  const rawBody = (path: string) =>
    path.startsWith("/api/v1/webhooks/") || path === "/api/v1/unsubscribe" || path === "/api/v1/subscriptions/confirm";
  app.use("/api/v1/*", async (c, next) => (rawBody(c.req.path) ? next() : requireJsonBody(c, next)));

  app.notFound((c) => errorResponse(c, new ApiError(404, "not_found", `No route for ${c.req.method} ${c.req.path}`)));

  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    if (err instanceof HTTPException && HTTP_CODES[err.status]) {
      return errorResponse(c, new ApiError(err.status as 400, HTTP_CODES[err.status]!, err.message || "Bad request"));
    }
    // Unknown errors: the detail goes to the log with the request id, never to the client.
    console.error(`[${c.get("requestId")}] unhandled error`, err);
    return errorResponse(c, new ApiError(500, "internal", `Internal error; request id ${c.get("requestId")}`));
  });

  return app;
}
