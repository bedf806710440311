import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { database } from "../db/request-session";
import { confirmLinkState, confirmSubscription, unsubscribe, unsubscribeScope } from "../db/subscriptions";
import { type PageKind, type PageScope, pageLanguage, renderLinkPage } from "../domain/link-pages";
import { wordsIn } from "../domain/locale-words";
import { hashToken } from "../domain/secret-token";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { localeTables } from "../notify/locale-assets";
import { errorResponses } from "../schemas/common";
import { createRouter } from "../validation";

/**
 * Confirmation and unsubscribe links of notification messages, mounted at /api/v1. Opening a
 * link (GET) only shows a page with one button, so mail scanners that follow links change
 * nothing; the button POSTs to the same URL, which acts (as does RFC 8058 one-click).
 */
export const subscriptions = createRouter();

const tags = ["Notifications"];

const Token = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "must be the token from the link")
  .openapi({ param: { name: "token", in: "query" }, example: "q2JX0d0Jb8s1b8gq7S6lPZ0v1pDq6nHn0YxkQH4b9yQ" });
const ConfirmQuery = z.object({ token: Token });
const UnsubscribeQuery = z.object({
  token: Token,
  scope: z
    .literal("all")
    .optional()
    .openapi({
      param: { name: "scope", in: "query" },
      description: "`all`: stop every message to the address, not only this thread's",
    }),
});

const Confirmed = z.object({ confirmed: z.literal(true) }).openapi("SubscriptionConfirmed");
const Unsubscribed = z
  .object({
    unsubscribed: z.literal(true),
    scope: z.enum(["thread", "all", "moderation"]).openapi({
      description:
        "thread: no more mail about this thread; all: no mail at all to this mailbox until its owner confirms a subscription again; moderation: no more moderation notices",
    }),
    thread: z.string(),
  })
  .openapi("Unsubscribed");

const html = { "text/html": { schema: z.string().openapi({ description: "A small page with one button" }) } };
const answers = <T extends z.ZodType>(schema: T) => ({
  "application/json": { schema },
  "text/html": { schema: z.string().openapi({ description: "The outcome as a small page, for browsers" }) },
});

const wantsHtml = (c: Context<AppEnv>) => /\btext\/html\b/i.test(c.req.header("accept") ?? "");

/** One of the link pages, never cached, framed or scripted; its form may post only to us. */
async function page(
  c: Context<AppEnv>,
  status: 200 | 404,
  kind: PageKind,
  scope: PageScope = "thread",
  action?: string,
) {
  c.header(
    "Content-Security-Policy",
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  );
  c.header("Cache-Control", "no-store");
  c.header("X-Robots-Tag", "noindex");
  const language = pageLanguage(c.req.header("accept-language"), c.env.NOTIFY_LOCALE);
  const tables = await localeTables(c.env, language);
  c.header("Content-Language", wordsIn(language, tables).language);
  return c.html(renderLinkPage(language, kind, scope, action ?? null, tables), status);
}

/** The same URL, relative: the form posts back to the link it was opened from. */
const sameUrl = (c: Context<AppEnv>, query: Record<string, string | undefined>) =>
  `${c.req.path}?${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined))}`;

const invalid = (c: Context<AppEnv>, what: string) => {
  if (wantsHtml(c)) return page(c, 404, "invalid");
  throw notFound(what);
};

subscriptions.openapi(
  createRoute({
    method: "get",
    path: "/subscriptions/confirm",
    tags,
    summary: "Show the confirmation page of a confirmation message's link (changes nothing)",
    description:
      "A page with one button that POSTs to the same URL (a page without one once confirmed). 404 for an unknown or expired link.",
    request: { query: ConfirmQuery },
    responses: { 200: { description: "The page", content: html }, ...errorResponses(400, 404) },
  }),
  async (c) => {
    const { token } = c.req.valid("query");
    const state = await confirmLinkState(database(c), await hashToken(token), c.get("now").getTime());
    if (state === "confirmed") return page(c, 200, "confirmed");
    return state ? page(c, 200, "confirm", "thread", sameUrl(c, { token })) : invalid(c, "Confirmation link");
  },
);

subscriptions.openapi(
  createRoute({
    method: "post",
    path: "/subscriptions/confirm",
    tags,
    summary: "Confirm the subscription a confirmation message was sent for (double opt-in)",
    description:
      "Confirms that one subscription (and later ones made with the same author key). Links work for 7 days; a second POST still answers 200. The body, if any, is ignored.",
    request: { query: ConfirmQuery },
    responses: { 200: { description: "Confirmed", content: answers(Confirmed) }, ...errorResponses(400, 404) },
  }),
  async (c) => {
    const { token } = c.req.valid("query");
    const confirmed = await confirmSubscription(database(c), await hashToken(token), c.get("now").getTime());
    if (!confirmed) return invalid(c, "Confirmation link");
    return wantsHtml(c) ? page(c, 200, "confirmed") : c.json({ confirmed: true as const }, 200);
  },
);

subscriptions.openapi(
  createRoute({
    method: "get",
    path: "/unsubscribe",
    tags,
    summary: "Show the unsubscribe page of a message's link (changes nothing)",
    description: "A page with one button that POSTs to the same URL. 404 for an unknown link.",
    request: { query: UnsubscribeQuery },
    responses: { 200: { description: "The page", content: html }, ...errorResponses(400, 404) },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const found = await unsubscribeScope(database(c), await hashToken(query.token), query.scope === "all");
    return found ? page(c, 200, "unsubscribe", found.scope, sameUrl(c, query)) : invalid(c, "Unsubscribe link");
  },
);

subscriptions.openapi(
  createRoute({
    method: "post",
    path: "/unsubscribe",
    tags,
    summary:
      "Unsubscribe: the page's button, and RFC 8058 one-click (mail clients POST `List-Unsubscribe=One-Click` to the List-Unsubscribe URL)",
    description: "Repeating it answers 200 again. The body, if any, is ignored.",
    request: { query: UnsubscribeQuery },
    responses: { 200: { description: "Unsubscribed", content: answers(Unsubscribed) }, ...errorResponses(400, 404) },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const done = await unsubscribe(
      database(c),
      await hashToken(query.token),
      c.get("now").getTime(),
      query.scope === "all",
    );
    if (!done) return invalid(c, "Unsubscribe link");
    if (wantsHtml(c)) return page(c, 200, "unsubscribed", done.scope);
    return c.json({ unsubscribed: true as const, scope: done.scope, thread: done.thread }, 200);
  },
);
