// Shared pieces of the browser tests: Chromium, pages with a log of API requests, and
// data seeded through the public and admin API (each test makes its own).
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { ADMIN_TOKEN, CHROMIUM_ARGS } from "./config";

export const api = inject("api");
export const site = inject("site");

export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });

/**
 * One Chromium for the calling test file: launched before its tests, closed after them.
 * Call at the file's top level; the getter returns the running browser.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("sharedBrowser: Chromium is not running (call it at a file's top level)");
    return browser;
  };
}

export type Opened = { page: Page; apiRequests: string[]; errors: string[] };

/** Opens `path` of the page server in a fresh context; records API requests and page errors. */
export async function open(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser.newContext({ locale: "en-US", ...options });
  const page = await context.newPage();
  const apiRequests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(`${api}/api/`) && request.method() !== "OPTIONS")
      apiRequests.push(`${request.method()} ${request.url().slice(api.length)}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(site + path);
  return { page, apiRequests, errors };
}

let counter = 0;
/** A thread key no other test uses. */
export const uniqueThread = (name: string) => `/test/${name}-${Date.now().toString(36)}-${counter++}`;

/** A fixture article URL with the script tag's data-* from `params`. */
export const article = (params: Record<string, string>) => `/article?${new URLSearchParams(params)}`;

async function json(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${api}/api/v1${path}`, {
    method,
    headers: { "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = res.status === 204 ? null : await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

export type Seeded = { id: string; editToken: string };

/** Posts a comment through the public API. */
export async function comment(
  thread: string,
  body: string,
  parentId: string | null = null,
  name = "Reader",
): Promise<Seeded> {
  const res = await json("POST", "/comments", { thread, parentId, body, author: { name } });
  return { id: res.comment.id, editToken: res.editToken };
}

export const vote = (id: string, voter: string, value: number) =>
  json("POST", `/comments/${id}/votes`, { voter, value });

/** Creates a campaign through the admin API and records `donations` (minor units). */
export async function campaign(slug: string, body: Record<string, unknown>, donations: number[] = []) {
  const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  await json("POST", "/admin/campaigns", { slug, title: "Test drive", currency: "USD", ...body }, admin);
  for (const amount of donations) await json("POST", `/admin/campaigns/${slug}/donations`, { amount }, admin);
  return slug;
}

/** The text of every element matching `selector` (shadow roots included). */
export const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();
