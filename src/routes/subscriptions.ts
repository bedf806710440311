import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { database } from "../db/counted";
import { confirmAddress, unsubscribe } from "../db/subscriptions";
import { hashToken } from "../domain/edit-token";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { errorResponses } from "../schemas/common";
import { createRouter } from "../validation";

/** Confirmation and one-click unsubscribe links of notification messages, mounted at /api/v1. */
export const subscriptions = createRouter();

const tags = ["Notifications"];

const TokenQuery = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "must be the token from the link")
    .openapi({ param: { name: "token", in: "query" }, example: "q2JX0d0Jb8s1b8gq7S6lPZ0v1pDq6nHn0YxkQH4b9yQ" }),
});

const Confirmed = z.object({ confirmed: z.literal(true) }).openapi("SubscriptionConfirmed");
const Unsubscribed = z
  .object({
    unsubscribed: z.literal(true),
    scope: z.enum(["thread", "address", "moderation"]).openapi({
      description:
        "thread: no more mail about this thread; address: no mail at all to this address; moderation: no more moderation notices",
    }),
    thread: z.string(),
  })
  .openapi("Unsubscribed");

const page = z.string().openapi({ description: "A small confirmation page, for browsers (Accept: text/html)" });
const answers = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema }, "text/html": { schema: page } });

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

const wantsHtml = (c: Context<AppEnv>) => /\btext\/html\b/i.test(c.req.header("accept") ?? "");

/** The answer as a tiny self-contained HTML page (no scripts) for someone who clicked a link. */
function htmlPage(c: Context<AppEnv>, status: 200 | 404, title: string, text: string) {
  c.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
  c.header("Cache-Control", "no-store");
  return c.html(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<title>${escapeHtml(title)}</title><body style="font-family:system-ui,sans-serif;max-width:32em;margin:3em auto">` +
      `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`,
    status,
  );
}

subscriptions.openapi(
  createRoute({
    method: "get",
    path: "/subscriptions/confirm",
    tags,
    summary: "Confirm an email address from the link of a confirmation message (double opt-in)",
    description:
      "Confirms the address for every subscription it made and will make. Links work for 7 days; a second click still answers 200.",
    request: { query: TokenQuery },
    responses: { 200: { description: "Confirmed", content: answers(Confirmed) }, ...errorResponses(400, 404) },
  }),
  async (c) => {
    const confirmed = await confirmAddress(
      database(c),
      await hashToken(c.req.valid("query").token),
      c.get("now").getTime(),
    );
    if (wantsHtml(c)) {
      return confirmed
        ? htmlPage(c, 200, "Email confirmed", "Thank you. You will get the comment notifications you asked for.")
        : htmlPage(
            c,
            404,
            "Link not valid",
            "This confirmation link is unknown, expired or was replaced by a newer one.",
          );
    }
    if (!confirmed) throw notFound("Confirmation link");
    return c.json({ confirmed: true as const }, 200);
  },
);

const unsubscribeRoute = (method: "get" | "post") =>
  createRoute({
    method,
    path: "/unsubscribe",
    tags,
    summary:
      method === "get"
        ? "Unsubscribe with the link of a notification message"
        : "One-click unsubscribe (RFC 8058: mail clients POST `List-Unsubscribe=One-Click` to the List-Unsubscribe URL)",
    description: "Repeating it answers 200 again. The body of the POST, if any, is ignored.",
    request: { query: TokenQuery },
    responses: { 200: { description: "Unsubscribed", content: answers(Unsubscribed) }, ...errorResponses(400, 404) },
  });

const MESSAGES = {
  thread: "You will get no more notifications about this thread.",
  address: "This address is removed from every subscription and will not be written to again.",
  moderation: "You will get no more moderation notices.",
} as const;

async function handleUnsubscribe(c: Context<AppEnv>, token: string) {
  const done = await unsubscribe(database(c), await hashToken(token), c.get("now").getTime());
  if (wantsHtml(c)) {
    return done
      ? htmlPage(c, 200, "Unsubscribed", MESSAGES[done.scope])
      : htmlPage(c, 404, "Link not valid", "This unsubscribe link is unknown.");
  }
  if (!done) throw notFound("Unsubscribe link");
  return c.json({ unsubscribed: true as const, scope: done.scope, thread: done.thread }, 200);
}

subscriptions.openapi(unsubscribeRoute("get"), (c) => handleUnsubscribe(c, c.req.valid("query").token));
subscriptions.openapi(unsubscribeRoute("post"), (c) => handleUnsubscribe(c, c.req.valid("query").token));
