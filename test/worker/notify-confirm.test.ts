import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { uniqueThread } from "./comments-helpers";
import { errorOf } from "./helpers";
import { authorKeyOf, linkIn, mockWebhook, notifyHarness, subscribed, uniqueEmail } from "./notify-helpers";

let web: ReturnType<typeof mockWebhook>;
beforeEach(() => {
  web = mockWebhook();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const confirmed = (thread: string) =>
  env.DB.prepare("SELECT confirmed FROM subscriptions WHERE thread = ?1")
    .bind(thread)
    .all()
    .then((r) => r.results.map((row) => row.confirmed));

describe("double opt-in", () => {
  it("sends a new address only its confirmation until it is confirmed, then notifications", async () => {
    const h = notifyHarness();
    const thread = uniqueThread();
    const reader = uniqueEmail("reader");
    await h.post({ thread, author: { name: "Reader", email: reader }, notify: "thread" });
    await h.post({ thread, author: { name: "Carol" } });
    await h.run();

    const mails = web.to(reader);
    expect(mails.map((hook) => hook.body.kind)).toEqual(["confirm"]);
    expect(mails[0]!.body.subject).toBe("Confirm your email to get comment notifications");
    expect(await confirmed(thread)).toEqual([0]);

    const res = await h.call("POST", linkIn(mails[0]!, "subscriptions/confirm"));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ confirmed: true });
    expect(await confirmed(thread)).toEqual([1]);

    await h.post({ thread, author: { name: "Carol" }, body: "second" });
    await h.run();
    expect(web.to(reader).map((hook) => hook.body.kind)).toEqual(["confirm", "thread"]);
  });

  it("confirms at once the later subscriptions an author key makes for a mailbox it confirmed", async () => {
    const h = notifyHarness();
    const reader = uniqueEmail("reader");
    await subscribed(h, web, uniqueThread(), reader, "thread");
    const later = uniqueThread();
    await h.post(
      { thread: later, author: { name: "Reader", email: reader.toUpperCase() }, notify: "replies" },
      { "X-Goalpost-Author": authorKeyOf(reader) },
    );
    await h.run();
    expect(web.hooks).toEqual([]);
    expect(await confirmed(later)).toEqual([1]);
  });

  it("answers a second press of the button with 200 and an HTML page for browsers", async () => {
    const h = notifyHarness();
    const reader = uniqueEmail("reader");
    await h.post({ thread: uniqueThread(), author: { email: reader }, notify: "thread" });
    await h.run();
    const link = linkIn(web.to(reader)[0]!, "subscriptions/confirm");
    expect((await h.call("POST", link)).status).toBe(200);
    const page = await h.call("POST", link, { headers: { Accept: "text/html,application/xhtml+xml" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.text).toContain("Email confirmed");
    expect(page.text).not.toContain("<script");
  });

  it("answers 404 for an unknown confirmation token and 400 for a malformed one", async () => {
    const h = notifyHarness();
    for (const method of ["GET", "POST"]) {
      const unknown = await h.call(method, `/api/v1/subscriptions/confirm?token=${"A".repeat(43)}`);
      expect(unknown.status).toBe(404);
      expect(errorOf(unknown).code).toBe("not_found");
    }
    const bad = await h.call("GET", "/api/v1/subscriptions/confirm?token=short");
    expect(bad.status).toBe(400);
    expect(errorOf(bad).code).toBe("validation_failed");
  });

  it("sends one address at most one confirmation a day, however many comments subscribe it", async () => {
    const h = notifyHarness();
    const reader = uniqueEmail("reader");
    for (const thread of [uniqueThread(), uniqueThread(), uniqueThread()]) {
      await h.post(
        { thread, author: { email: reader }, notify: "thread" },
        { "X-Goalpost-Author": authorKeyOf(reader) },
      );
    }
    await h.run();
    expect(web.to(reader)).toHaveLength(1);

    // The one link confirms every subscription the same author key made for the mailbox.
    await h.call("POST", linkIn(web.to(reader)[0]!, "subscriptions/confirm"));
    const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM subscriptions WHERE email_key = ?1 AND confirmed = 1")
      .bind(reader)
      .first();
    expect(row).toEqual({ n: 3 });
  });

  it("sends at most five confirmations an hour for one client IP, so the form cannot mail-bomb strangers", async () => {
    const h = notifyHarness({ RATE_LIMIT_COMMENTS: "100" });
    const ip = { "CF-Connecting-IP": "198.51.100.23" };
    const victims = Array.from({ length: 8 }, () => uniqueEmail("victim"));
    for (const victim of victims) {
      expect((await h.post({ thread: uniqueThread(), author: { email: victim }, notify: "thread" }, ip)).status).toBe(
        201,
      );
    }
    await h.run();
    expect(web.hooks).toHaveLength(5);
    expect(web.hooks.every((hook) => hook.body.kind === "confirm")).toBe(true);

    // Another client is not held back by that one.
    const other = uniqueEmail("other");
    await h.post({ thread: uniqueThread(), author: { email: other }, notify: "thread" });
    await h.run();
    expect(web.to(other)).toHaveLength(1);
  });

  it("never writes again to an address whose owner unsubscribed from the confirmation", async () => {
    const h = notifyHarness();
    const stranger = uniqueEmail("stranger");
    await h.post({ thread: uniqueThread(), author: { email: stranger }, notify: "thread" });
    await h.run();
    const declined = await h.call("POST", linkIn(web.to(stranger)[0]!, "unsubscribe"));
    expect(declined.json).toMatchObject({ unsubscribed: true, scope: "all" });
    const left = await env.DB.prepare("SELECT COUNT(*) AS n FROM subscriptions WHERE email_key = ?1")
      .bind(stranger)
      .first();
    expect(left).toEqual({ n: 0 });

    // Even after the per-address day is over.
    await env.DB.prepare("UPDATE notify_addresses SET confirm_sent_at = 0 WHERE email_key = ?1").bind(stranger).run();
    await h.post({ thread: uniqueThread(), author: { email: stranger }, notify: "thread" });
    await h.run();
    expect(web.to(stranger)).toHaveLength(1);
    // And the old confirmation link no longer works.
    expect((await h.call("POST", linkIn(web.to(stranger)[0]!, "subscriptions/confirm"))).status).toBe(404);
  });
});
