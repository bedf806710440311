// What every console browser test needs: a Chromium page on the console with CSP
// violations and page errors collected, a signed-in shortcut, and direct API calls for
// seeding and for asserting what the Worker stored.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { CHROMIUM_ARGS } from "../config";

export const url = inject("consoleUrl");
export const token = inject("consoleToken");
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Under another browser config (the widget's vitest.browser.config.ts also matches these
// files) there is no console server with MODERATION=all: skip, saying where they run.
export const skip =
  url === undefined ? "the console tests run with `vitest run -c vitest.console.config.ts`" : inject("consoleSkip");

type View = { viewport?: { width: number; height: number }; colorScheme?: "light" | "dark"; locale?: string };

let counter = 0;
/** A slug no other test (or earlier run) uses. */
export const uniqueSlug = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Calls the Worker's API directly; admin calls carry the token. */
export async function api<T = any>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${url}/api/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/** Creates a campaign through the API (for tests about something else than creating). */
export async function seedCampaign(overrides: Record<string, unknown> = {}) {
  const slug = uniqueSlug("seed");
  const res = await api("POST", "/admin/campaigns", {
    slug,
    title: `Drive ${slug}`,
    currency: "USD",
    tiers: [{ amount: 100_000, label: "First" }, { amount: 200_000 }],
    period: { kind: "open" },
    ...overrides,
  });
  expect(res.status).toBe(201);
  return slug;
}

/**
 * One browser for the file; a fresh context (own sessionStorage) per `open()`. Every page
 * error and CSP violation fails the test during which it happened (checked after each test).
 */
export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  const servers: Server[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterEach(() => {
    expect(problems.splice(0), "CSP violations and page errors").toEqual([]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    for (const server of servers) server.close();
    await browser?.close();
  });

  async function open(path = "/admin", options: View = {}): Promise<Page> {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 900 },
      colorScheme: options.colorScheme ?? "light",
      locale: options.locale ?? "en-US",
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy|Trusted Type/i.test(message.text()))
        problems.push(`CSP: ${message.text()}`);
    });
    await page.goto(`${url}${path}`);
    return page;
  }

  /** Opens the console and signs in with the right token. */
  async function signedIn(path = "/admin", options: View = {}) {
    const page = await open(path, options);
    await page.getByLabel("Admin token").fill(token);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    return page;
  }

  /**
   * A page of another site (another loopback origin) embedding the widget as API.md tells
   * site owners to, with `data` as the script tag's data-* attributes. A real server, not
   * a Playwright route: Chromium lets only a loopback page load a script off the loopback Worker.
   */
  async function article(data: Record<string, string>) {
    const attributes = Object.entries(data)
      .map(([name, value]) => ` data-${name}="${value}"`)
      .join("");
    const html = `<!doctype html><html lang="en"><body><h1>News</h1><script src="${url}/widget.js" async${attributes}></script></body></html>`;
    const server = createServer((_req, res) =>
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    const page = await open("/admin");
    await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/article`);
    return page;
  }

  return { open, signedIn, article };
}

/** Posts a comment as a reader; with MODERATION=all it waits in the queue (202). */
export async function heldComment(thread: string, name: string, body = `Comment by ${name}`) {
  const res = await fetch(`${url}/api/v1/comments`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ thread, body, author: { name, email: `${name.toLowerCase()}@example.org` } }),
  });
  expect(res.status).toBe(202);
  return ((await res.json()) as { comment: { id: string } }).comment.id;
}

/** The public listing of a thread, as readers get it. */
export async function publicThread(thread: string) {
  const res = await fetch(`${url}/api/v1/comments?${new URLSearchParams({ thread })}`);
  return (await res.json()) as { total: number; comments: { id: string; body: string; pinned: boolean }[] };
}
