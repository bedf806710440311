import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN } from "./config";
import { api, article, campaign, comment, open, sharedBrowser, uniqueThread } from "./helpers";

const browser = sharedBrowser();

/** Waits until the page's live client has an open socket. */
const liveOpen = (page: Page) => page.locator('[data-goalpost-live="open"]').waitFor({ state: "attached" });

/** Makes the page hidden or visible, as a switch of tabs does (its socket closes while hidden). */
const visibility = (page: Page, state: "hidden" | "visible") =>
  page.evaluate((value) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => value });
    document.dispatchEvent(new Event("visibilitychange"));
  }, state);

async function post(page: Page, text: string) {
  const comments = page.locator("goalpost-comments");
  await comments.locator("textarea").first().fill(text);
  await comments.getByRole("button", { name: "Post comment" }).first().click();
}

describe("live updates between two pages", () => {
  it("a comment posted on one page shows '1 new comment' on the other, and the reader's view stays put", async () => {
    const thread = uniqueThread("live");
    const url = article({ thread });
    const reader = await open(browser(), url);
    const writer = await open(browser(), url);
    await Promise.all([liveOpen(reader.page), liveOpen(writer.page)]);
    await post(writer.page, "Hello from the other page");
    const button = reader.page.locator("goalpost-comments [part=new-comments]");
    await button.waitFor();
    expect(await button.innerText()).toBe("1 new comment");
    // Nothing was inserted into the feed while the reader did not ask.
    expect(await reader.page.locator("goalpost-comments article").count()).toBe(0);
    expect(await reader.page.locator("[data-goalpost-live]").textContent()).toBe("1 new comment");
    // The writer's page showed its own comment once and offers no button for it.
    expect(await writer.page.locator("goalpost-comments article").count()).toBe(1);
    expect(await writer.page.locator("goalpost-comments [part=new-comments]").isVisible()).toBe(false);
    await button.click();
    await reader.page.locator("goalpost-comments article").waitFor();
    expect(await reader.page.locator("goalpost-comments [part=body]").innerText()).toBe("Hello from the other page");
    expect(await reader.page.locator("goalpost-comments h2").innerText()).toBe("1 comment");
    expect(await button.isVisible()).toBe(false);
    expect(reader.errors).toEqual([]);
    expect(writer.errors).toEqual([]);
  });

  it("a donation moves the bar on an open page, announced politely", async () => {
    const slug = await campaign(
      `live-${Date.now().toString(36)}`,
      { tiers: [{ amount: 10000 }], period: { kind: "open" } },
      [1000],
    );
    const { page, errors } = await open(browser(), article({ campaign: slug, thread: uniqueThread("live-goal") }));
    await liveOpen(page);
    const goal = page.locator("goalpost-goal");
    expect(await goal.locator("[part=raised]").innerText()).toBe("$10");
    const res = await fetch(`${api}/api/v1/admin/campaigns/${slug}/donations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ amount: 4000 }),
    });
    expect(res.status).toBe(201);
    await page.waitForFunction(
      () => document.querySelector("goalpost-goal")?.shadowRoot?.querySelector("[part=raised]")?.textContent === "$50",
    );
    expect(await goal.locator("[part=percent]").innerText()).toBe("50%");
    // The fill glides to the new width.
    expect(await goal.locator("[part=fill]").evaluate((el) => el.style.transition)).toContain("width");
    await page.waitForFunction(
      () =>
        getComputedStyle(document.querySelector("goalpost-goal")!.shadowRoot!.querySelector("[part=fill]")!).width !==
        "0px",
    );
    expect(await page.locator("[data-goalpost-live]").getAttribute("aria-live")).toBe("polite");
    expect(await page.locator("[data-goalpost-live]").textContent()).toBe("Goal updated: $50 of $100, 50%");
    expect(errors).toEqual([]);
  });

  it("a page that was hidden catches up when shown again: the comment and the donation it missed", async () => {
    const slug = await campaign(
      `live-back-${Date.now().toString(36)}`,
      { tiers: [{ amount: 10000 }], period: { kind: "open" } },
      [1000],
    );
    const url = article({ campaign: slug, thread: uniqueThread("live-back") });
    const reader = await open(browser(), url);
    const writer = await open(browser(), url);
    await Promise.all([liveOpen(reader.page), liveOpen(writer.page)]);
    // The tab goes to the background: its socket closes.
    await visibility(reader.page, "hidden");
    await post(writer.page, "Written while you were away");
    await writer.page.locator("goalpost-comments article").waitFor();
    const res = await fetch(`${api}/api/v1/admin/campaigns/${slug}/donations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ amount: 4000 }),
    });
    expect(res.status).toBe(201);
    const button = reader.page.locator("goalpost-comments [part=new-comments]");
    expect(await button.isVisible()).toBe(false);
    expect(await reader.page.locator("goalpost-goal [part=raised]").innerText()).toBe("$10");

    await visibility(reader.page, "visible");
    await button.waitFor();
    expect(await button.innerText()).toBe("1 new comment");
    await reader.page.waitForFunction(
      () => document.querySelector("goalpost-goal")?.shadowRoot?.querySelector("[part=raised]")?.textContent === "$50",
    );
    await button.click();
    await reader.page.locator("goalpost-comments article").waitFor();
    expect(await reader.page.locator("goalpost-comments [part=body]").innerText()).toBe("Written while you were away");
    expect(reader.errors).toEqual([]);
    expect(writer.errors).toEqual([]);
  });

  it("a page that was hidden catches up with the edits and removals it missed", async () => {
    const thread = uniqueThread("live-edits");
    const kept = await comment(thread, "First words", null, "Ana");
    const gone = await comment(thread, "Changed my mind", null, "Bo");
    const moderated = await comment(thread, "Buy cheap pills", null, "Cy");
    const answered = await comment(thread, "Has an answer", null, "Di");
    await comment(thread, "The answer", answered.id, "Ed");
    const { page, errors } = await open(browser(), article({ thread }));
    await liveOpen(page);
    const bodies = () => page.locator("goalpost-comments [part=body]").allInnerTexts();
    expect(await bodies()).toEqual([
      "First words",
      "Changed my mind",
      "Buy cheap pills",
      "Has an answer",
      "The answer",
    ]);
    await visibility(page, "hidden");
    const call = async (method: string, path: string, token: string, body?: unknown) => {
      const res = await fetch(`${api}/api/v1${path}`, {
        method,
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(res.ok).toBe(true);
    };
    await call("PATCH", `/comments/${kept.id}`, kept.editToken, { body: "First words, *edited*" });
    await call("DELETE", `/comments/${gone.id}`, gone.editToken);
    await call("DELETE", `/admin/comments/${moderated.id}`, ADMIN_TOKEN);
    await call("DELETE", `/comments/${answered.id}`, answered.editToken);
    expect(await bodies()).toHaveLength(5);

    await visibility(page, "visible");
    await page.waitForFunction(
      () => document.querySelector("goalpost-comments")?.shadowRoot?.querySelectorAll("[part=body]").length === 2,
    );
    expect(await bodies()).toEqual(["First words, edited", "The answer"]);
    expect(await page.locator("goalpost-comments [part=body] em").innerText()).toBe("edited");
    const first = page.locator(`goalpost-comments article[data-id="${kept.id}"]`);
    expect(await first.getByText("· edited").isVisible()).toBe(true);
    // The answered comment stays as a placeholder over its reply, as the server lists it.
    expect(await page.locator(`goalpost-comments article[data-id="${answered.id}"] .del`).innerText()).toBe(
      "This comment was deleted.",
    );
    // The count a fresh page view would show.
    const listed = await (await fetch(`${api}/api/v1/comments?thread=${encodeURIComponent(thread)}`)).json();
    expect(listed.total).toBe(2);
    expect(await page.locator("goalpost-comments h2").innerText()).toBe("2 comments");
    expect(await page.locator("goalpost-comments [part=new-comments]").isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it("a catch-up read that lags behind a push it just had does not take that comment away", async () => {
    const thread = uniqueThread("live-lag");
    const url = article({ thread });
    const reader = await open(browser(), url);
    const writer = await open(browser(), url);
    await Promise.all([liveOpen(reader.page), liveOpen(writer.page)]);
    // The reader's catch-up reads answer as a replica that has not seen the new comment yet.
    await reader.page.route(/\/api\/v1\/embed\?.*bookmark=/, async (route) => {
      const res = await route.fetch();
      const embed = await res.json();
      embed.comments = { ...embed.comments, comments: [], total: 0 };
      await route.fulfill({ response: res, json: embed });
    });
    await post(writer.page, "Just now");
    const button = reader.page.locator("goalpost-comments [part=new-comments]");
    await button.waitFor();
    await visibility(reader.page, "hidden");
    const read = reader.page.waitForResponse(/\/api\/v1\/embed\?.*bookmark=/);
    await visibility(reader.page, "visible");
    await read;
    await liveOpen(reader.page);
    expect(await button.innerText()).toBe("1 new comment");
    await button.click();
    expect(await reader.page.locator("goalpost-comments [part=body]").innerText()).toBe("Just now");
    expect(reader.errors).toEqual([]);
  });

  it("jumps without a transition under prefers-reduced-motion", async () => {
    const slug = await campaign(`live-rm-${Date.now().toString(36)}`, {
      tiers: [{ amount: 10000 }],
      period: { kind: "open" },
    });
    const { page } = await open(browser(), article({ campaign: slug }), { reducedMotion: "reduce" });
    await liveOpen(page);
    await fetch(`${api}/api/v1/admin/campaigns/${slug}/donations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ amount: 2500 }),
    });
    const goal = page.locator("goalpost-goal");
    await page.waitForFunction(
      () => document.querySelector("goalpost-goal")?.shadowRoot?.querySelector("[part=raised]")?.textContent === "$25",
    );
    expect(await goal.locator("[part=fill]").evaluate((el) => [el.style.width, el.style.transition])).toEqual([
      "25%",
      "",
    ]);
  });
});
