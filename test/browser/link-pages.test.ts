// The confirmation and unsubscribe pages behind the links of notification messages, in a
// browser with JavaScript off: the one button is a plain form, and pressing it acts.
// This file runs its own wrangler dev on a fresh D1 seeded with a pending subscription and a
// sent notification, so it knows their link tokens (only hashes are stored).
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeLocalFile, freePort, migrateLocal, startDev } from "../../scripts/lib/wrangler.mjs";
import { launch } from "./helpers";

const token = () => randomBytes(32).toString("base64url");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const confirmToken = token();
const unsubscribeToken = token();

let browser: Browser;
let dev: { url: string; stop: () => Promise<void> };
let state: string;

beforeAll(async () => {
  state = mkdtempSync(join(tmpdir(), "goalpost-link-pages-"));
  migrateLocal(state);
  const now = Date.now();
  const seed = join(state, "seed.sql");
  writeFileSync(
    seed,
    `INSERT INTO subscriptions (id, email, email_key, thread, kind, comment_id, confirmed, unsubscribe_token_hash,
                               created_at, confirm_token_hash, confirm_sent_at)
     VALUES ('s_page', 'reader@example.org', 'reader@example.org', '/post', 'thread', 'c_page', 0, '${sha256(token())}',
             ${now}, '${sha256(confirmToken)}', ${now});
     INSERT INTO notification_deliveries (comment_id, recipient, email, kind, thread, status, unsubscribe_token_hash, created_at)
     VALUES ('c_other', 'reader@example.org', 'reader@example.org', 'thread', '/post', 'sent', '${sha256(unsubscribeToken)}', ${now});`,
  );
  executeLocalFile(seed, state);
  dev = await startDev({ port: await freePort(), persistTo: state });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
  if (state) rmSync(state, { recursive: true, force: true });
});

async function pageWithoutScript(url: string, locale = "en-US") {
  const context = await browser.newContext({ javaScriptEnabled: false, locale });
  const page = await context.newPage();
  const methods: string[] = [];
  page.on("request", (request) => request.isNavigationRequest() && methods.push(request.method()));
  await page.goto(url);
  return { page, methods, context };
}

describe("link pages without JavaScript", () => {
  it("confirms a subscription with the confirmation page's one button", async () => {
    const url = `${dev.url}/api/v1/subscriptions/confirm?token=${confirmToken}`;
    const { page, methods, context } = await pageWithoutScript(url);
    expect(await page.locator("h1").innerText()).toBe("Confirm your email address");
    expect(await page.locator("button").count()).toBe(1);
    expect(await page.locator("script").count()).toBe(0);

    await Promise.all([page.waitForURL(url, { waitUntil: "load" }), page.locator("button").click()]);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Email confirmed");
    expect(methods).toEqual(["GET", "POST"]);

    // Opening the link again finds it confirmed: the POST was stored.
    await page.goto(url);
    expect(await page.locator("h1").innerText()).toBe("Email confirmed");
    expect(await page.locator("button").count()).toBe(0);
    await context.close();
  });

  it("unsubscribes with the unsubscribe page's one button, in German for a German browser", async () => {
    const url = `${dev.url}/api/v1/unsubscribe?token=${unsubscribeToken}`;
    const { page, methods, context } = await pageWithoutScript(url, "de-DE");
    expect(await page.locator("h1").innerText()).toBe("Abmelden");
    expect(await page.locator("button").innerText()).toBe("Abmelden");
    await Promise.all([page.waitForURL(url, { waitUntil: "load" }), page.locator("button").click()]);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Abgemeldet");
    expect(methods).toEqual(["GET", "POST"]);
    await context.close();
  });
});
