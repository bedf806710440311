import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { uniqueThread } from "./comments-helpers";
import { importBatch } from "./import-helpers";
import {
  authorKeyOf,
  type Harness,
  linkIn,
  mockWebhook,
  notifiedUnsubscribeLink,
  notifyHarness,
  subscribed,
  uniqueEmail,
} from "./notify-helpers";
import { snapshot } from "./storage";

// Attacks on the mail side, performed as a stranger would over HTTP: each must send nothing
// to the victim and leave no working subscription behind.

let web: ReturnType<typeof mockWebhook>;
beforeEach(() => {
  web = mockWebhook();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const STRANGER_KEY = { "X-Goalpost-Author": "stranger-key-0123456789abcdefghijklmnopqrstuvwxyz" };

const deliveriesTo = (mailbox: string) =>
  env.DB.prepare("SELECT kind, status FROM notification_deliveries WHERE recipient = ?1 ORDER BY id")
    .bind(mailbox)
    .all()
    .then((r) => r.results);

const confirmedSubscriptions = (mailbox: string) =>
  env.DB.prepare("SELECT thread FROM subscriptions WHERE email_key = ?1 AND confirmed = 1 ORDER BY thread")
    .bind(mailbox)
    .all()
    .then((r) => r.results.map((row) => row.thread));

/** Every link target in a message's HTML and text. */
const linksIn = (hook: { body: { text: string; html: string } }) => [
  ...[...hook.body.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&")),
  ...[...hook.body.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]),
];

/** A stranger comments `times` times on `thread` with the victim's address, asking for mail. */
async function strangerSubscribes(h: Harness, thread: string, email: string, times = 1) {
  for (let i = 0; i < times; i++) {
    const res = await h.post(
      { thread, author: { name: "Stranger", email }, notify: "thread", body: `spam ${i}` },
      STRANGER_KEY,
    );
    expect(res.status).toBe(201);
  }
  await h.run();
}

describe("abuse: mailing an address that confirmed once", () => {
  it("sends nothing to a confirmed address that a stranger subscribes to their own thread, however often", async () => {
    const h = notifyHarness();
    const victim = uniqueEmail("victim");
    await subscribed(h, web, uniqueThread(), victim, "thread");
    const before = await deliveriesTo(victim);

    const evil = "https://evil.example/verify";
    await strangerSubscribes(h, evil, victim, 3);
    await h.post({ thread: evil, author: { name: "Stranger" }, body: "look at this" });
    await h.run();

    expect(web.to(victim)).toEqual([]);
    expect(await deliveriesTo(victim)).toEqual(before);
    expect(await confirmedSubscriptions(victim)).not.toContain(evil);
  });

  it("confirms with a link only the subscription it was sent for, never one a stranger made for the same address", async () => {
    const h = notifyHarness();
    const victim = uniqueEmail("victim");
    const own = uniqueThread();
    await h.post(
      { thread: own, author: { email: victim }, notify: "thread" },
      { "X-Goalpost-Author": authorKeyOf(victim) },
    );
    await h.run();
    const [confirmation] = web.to(victim);
    expect(confirmation?.body.kind).toBe("confirm");

    // Before the owner clicks, a stranger subscribes the same mailbox elsewhere (its own
    // confirmation is held back by the one-a-day limit).
    const theirs = uniqueThread();
    await strangerSubscribes(h, theirs, victim.toUpperCase());
    expect(web.to(victim)).toHaveLength(1);

    expect((await h.call("POST", linkIn(confirmation!, "subscriptions/confirm"))).json).toEqual({ confirmed: true });
    expect(await confirmedSubscriptions(victim)).toEqual([own]);

    await h.post({ thread: theirs, author: { name: "Stranger" }, body: "now you get mail" });
    await h.run();
    expect(web.to(victim)).toHaveLength(1);
  });
});

describe("abuse: thread keys as links", () => {
  for (const thread of ["https://evil.example/verify", "//evil.example", "\\\\evil.example/x"]) {
    it(`never links a message to another host for the thread key ${JSON.stringify(thread)}`, async () => {
      for (const vars of [{}, { SITE_URL: undefined }]) {
        const h = notifyHarness(vars);
        const reader = uniqueEmail("reader");
        await subscribed(h, web, thread, reader, "thread");
        await h.post({ thread, author: { name: "Carol" }, body: "a reply" });
        await h.run();
        const [mail] = web.to(reader);
        expect(mail?.body.kind).toBe("thread");
        const site = "SITE_URL" in vars ? "http://goalpost.test" : "https://blog.example";
        const links = linksIn(mail!);
        expect(links.length).toBeGreaterThan(0);
        for (const link of links)
          expect(new URL(link).origin).toMatch(/^(https:\/\/blog\.example|http:\/\/goalpost\.test)$/);
        expect(new URL(mail!.body.comment.url).origin).toBe(site);
        expect(mail!.body.unsubscribeUrl).toMatch(/^http:\/\/goalpost\.test\/api\/v1\/unsubscribe\?token=/);
        web.hooks.length = 0;
      }
    });
  }

  it("quotes nothing a stranger chose in a confirmation, and links only to the worker's own pages", async () => {
    const h = notifyHarness();
    const victim = uniqueEmail("victim");
    await h.post(
      {
        thread: "https://evil.example/verify",
        author: { name: "Security team https://evil.example", email: victim },
        body: "Your account is locked, visit https://evil.example",
        notify: "thread",
      },
      STRANGER_KEY,
    );
    await h.run();
    const [mail] = web.to(victim);
    expect(mail?.body.kind).toBe("confirm");
    expect(JSON.stringify(mail!.body)).not.toMatch(/evil|Security team|locked/);
    for (const link of linksIn(mail!)) expect(new URL(link).origin).toBe("http://goalpost.test");
  });
});

describe("abuse: re-subscribing an address that unsubscribed", () => {
  it("sends nothing to a mailbox that unsubscribed from everything, in any case or +tag, and stores no subscription", async () => {
    const h = notifyHarness();
    const victim = uniqueEmail("victim");
    await strangerSubscribes(h, uniqueThread(), victim);
    const declined = await h.call("POST", linkIn(web.to(victim)[0]!, "unsubscribe"));
    expect(declined.json).toMatchObject({ unsubscribed: true, scope: "all" });
    // A day later, when another confirmation would be allowed.
    await env.DB.prepare("UPDATE notify_addresses SET confirm_sent_at = 0 WHERE email_key = ?1").bind(victim).run();

    const [name, domain] = victim.split("@") as [string, string];
    for (const variant of [
      victim.toUpperCase(),
      `${name}+again@${domain}`,
      ` ${name[0]!.toUpperCase()}${name.slice(1)}+X@${domain.toUpperCase()} `,
    ]) {
      await strangerSubscribes(h, uniqueThread(), variant.trim());
    }
    expect(web.to(victim)).toHaveLength(1);
    expect(web.hooks.filter((hook) => hook.body.to.toLowerCase().includes(name))).toHaveLength(1);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM subscriptions WHERE email_key = ?1")
      .bind(victim)
      .first();
    expect(rows).toEqual({ n: 0 });
  });

  it("keeps a thread-notification recipient who chose scope all unsubscribed from later subscriptions", async () => {
    const h = notifyHarness();
    const thread = uniqueThread();
    const reader = uniqueEmail("reader");
    await subscribed(h, web, thread, reader, "thread");
    await h.post({ thread, author: { name: "Carol" } });
    await h.run();
    const all = /\/api\/v1\/unsubscribe\?token=[\w-]+&scope=all/.exec(web.to(reader)[0]!.body.text);
    expect(all).not.toBeNull();
    const res = await h.call("POST", all![0]);
    expect(res.json).toEqual({ unsubscribed: true, scope: "all", thread });
    web.hooks.length = 0;

    await strangerSubscribes(h, thread, reader.toUpperCase());
    await h.post({ thread, author: { name: "Carol" }, body: "again" });
    await h.run();
    expect(web.to(reader)).toEqual([]);
    expect(web.to(reader.toUpperCase())).toEqual([]);
  });

  it("lets the owner's own browser ask again, and confirming that lifts the opt-out", async () => {
    const h = notifyHarness();
    const reader = uniqueEmail("reader");
    const first = uniqueThread();
    await h.call("POST", `${await notifiedUnsubscribeLink(h, web, first, reader)}&scope=all`);
    await env.DB.prepare("UPDATE notify_addresses SET confirm_sent_at = 0 WHERE email_key = ?1").bind(reader).run();
    web.hooks.length = 0;

    const again = uniqueThread();
    await h.post(
      { thread: again, author: { email: reader }, notify: "thread" },
      { "X-Goalpost-Author": authorKeyOf(reader) },
    );
    await h.run();
    const [confirmation] = web.to(reader);
    expect(confirmation?.body.kind).toBe("confirm");
    await h.call("POST", linkIn(confirmation!, "subscriptions/confirm"));
    expect(await confirmedSubscriptions(reader)).toEqual([again]);
    const row = await env.DB.prepare("SELECT opted_out_at FROM notify_addresses WHERE email_key = ?1")
      .bind(reader)
      .first();
    expect(row).toEqual({ opted_out_at: null });
  });
});

describe("abuse: a confirmation per +tag variant", () => {
  it("sends one confirmation a day per mailbox, whatever the case or +tag", async () => {
    const h = notifyHarness({ RATE_LIMIT_COMMENTS: "100" });
    const victim = uniqueEmail("victim");
    const [name, domain] = victim.split("@") as [string, string];
    const variants = [
      victim,
      `${name}+1@${domain}`,
      `${name.toUpperCase()}+2@${domain}`,
      `${name}+a+b@${domain.toUpperCase()}`,
    ];
    for (const variant of variants) await strangerSubscribes(h, uniqueThread(), variant);

    const sent = web.hooks.filter((hook) => variants.includes(hook.body.to));
    expect(sent.map((hook) => hook.body.kind)).toEqual(["confirm"]);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM notify_addresses WHERE email_key LIKE ?1")
      .bind(`${name}%`)
      .first();
    expect(rows).toEqual({ n: 1 });
    expect(await deliveriesTo(victim)).toHaveLength(1);
  });

  it("indexes imported subscriptions by mailbox, so they are unsubscribed with it", async () => {
    const h = notifyHarness();
    const reader = uniqueEmail("reader");
    const thread = uniqueThread();
    const commentId = (await h.post({ thread, author: { name: "Ann" } })).json.comment.id as string;
    const [name, domain] = reader.split("@") as [string, string];
    const imported = await importBatch("goalpost", [
      {
        type: "subscription",
        id: `s_import_${name}`,
        email: `${name.toUpperCase()}+old@${domain}`,
        thread,
        kind: "thread",
        commentId,
        confirmed: true,
        createdAt: "2018-06-10T14:03:00.000Z",
      },
    ]);
    expect(imported.status).toBe(200);
    const row = await env.DB.prepare("SELECT email_key FROM subscriptions WHERE id = ?1")
      .bind(`s_import_${name}`)
      .first();
    expect(row).toEqual({ email_key: reader });
  });
});

describe("abuse: link scanners", () => {
  it("confirms nothing when a scanner opens the confirmation link with GET (or HEAD)", async () => {
    const h = notifyHarness();
    const victim = uniqueEmail("victim");
    const thread = uniqueThread();
    await strangerSubscribes(h, thread, victim);
    const link = linkIn(web.to(victim)[0]!, "subscriptions/confirm");
    const before = await snapshot();
    for (const accept of ["*/*", "text/html,application/xhtml+xml", "application/json"]) {
      const res = await h.call("GET", link, { headers: { Accept: accept, "User-Agent": "SafeLinks/1.0" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    }
    expect((await h.call("HEAD", link)).status).toBe(200);
    expect(await snapshot()).toEqual(before);
    expect(await confirmedSubscriptions(victim)).toEqual([]);

    await h.post({ thread, author: { name: "Stranger" }, body: "mail?" });
    await h.run();
    expect(web.to(victim)).toHaveLength(1);
  });

  it("unsubscribes nothing when a scanner opens an unsubscribe link with GET", async () => {
    const h = notifyHarness();
    const thread = uniqueThread();
    const reader = uniqueEmail("reader");
    const link = await notifiedUnsubscribeLink(h, web, thread, reader);
    const before = await snapshot();
    expect((await h.call("GET", link)).status).toBe(200);
    expect((await h.call("GET", `${link}&scope=all`)).status).toBe(200);
    expect(await snapshot()).toEqual(before);
    expect(await confirmedSubscriptions(reader)).toEqual([thread]);
  });
});
