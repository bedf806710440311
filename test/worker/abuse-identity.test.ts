// Attacks on identity: skipping MODERATION=first with someone else's e-mail, probing whether an
// address has commented, forging or replaying SSO identities, posting as the owner.
import { afterEach, describe, expect, it, vi } from "vitest";
import { authorKey, callWith, postWith, row, SSO_SECRET, ssoToken } from "./abuse-helpers";
import { moderate, stored, uniqueThread } from "./comments-helpers";
import { errorOf } from "./helpers";
import { snapshot } from "./storage";

const FIRST = { MODERATION: "first" };
const SSO = { SSO_SECRET };
afterEach(() => vi.useRealTimers());

describe("X-Goalpost-Author", () => {
  it.each([
    ["too short", "abc"],
    ["too long", "a".repeat(129)],
    ["outside the alphabet", `${"a".repeat(40)}.+/`],
  ])("rejects a key %s with 400 validation_failed and stores nothing", async (_, key) => {
    const thread = uniqueThread();
    const before = await snapshot();
    const res = await postWith({}, { thread }, { "X-Goalpost-Author": key });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe("validation_failed");
    expect(errorOf(res).issues!.map((issue) => issue.path)).toEqual(["x-goalpost-author"]);
    expect(await snapshot()).toEqual(before);
  });

  it("stores only the key's hash", async () => {
    const key = authorKey();
    const res = await postWith({}, { thread: uniqueThread() }, { "X-Goalpost-Author": key });
    const stored = await row(res.json.comment.id);
    expect(stored!.author_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(key);
  });
});

describe("MODERATION=first trust", () => {
  it("holds a stranger who types an approved commenter's e-mail and name", async () => {
    const thread = uniqueThread();
    const email = `${crypto.randomUUID()}@example.org`;
    const victim = authorKey();
    const first = await postWith(FIRST, { thread, author: { name: "jorge", email } }, { "X-Goalpost-Author": victim });
    await moderate(first.json.comment.id, { status: "approved" });
    // The real author is trusted now …
    const trusted = await postWith(
      FIRST,
      { thread, author: { name: "jorge", email } },
      { "X-Goalpost-Author": victim },
    );
    expect(trusted.status).toBe(201);
    // … the impersonator, with the same e-mail and name (any case), is not.
    for (const typed of [email, email.toUpperCase()]) {
      const attack = await postWith(
        FIRST,
        { thread, body: "buy now", author: { name: "jorge", email: typed } },
        { "X-Goalpost-Author": authorKey() },
      );
      expect(attack.status).toBe(202);
      expect(attack.json.comment.status).toBe("pending");
      expect((await row(attack.json.comment.id))!.status).toBe("pending");
    }
    const withoutKey = await postWith(FIRST, { thread, author: { name: "jorge", email } });
    expect(withoutKey.status).toBe(202);
  });

  it("answers the same for an address that has commented and one that never has", async () => {
    const thread = uniqueThread();
    const known = `${crypto.randomUUID()}@example.org`;
    const key = authorKey();
    const first = await postWith(FIRST, { thread, author: { email: known } }, { "X-Goalpost-Author": key });
    await moderate(first.json.comment.id, { status: "approved" });
    const probe = (email: string) => postWith(FIRST, { thread, author: { email } });
    const a = await probe(known);
    const b = await probe(`${crypto.randomUUID()}@example.org`);
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(Object.keys(a.json).sort()).toEqual(Object.keys(b.json).sort());
    expect(a.json.comment.status).toBe(b.json.comment.status);
  });

  it("trusts an author key once the owner approved one of its comments", async () => {
    const thread = uniqueThread();
    const key = { "X-Goalpost-Author": authorKey() };
    const held = await postWith(FIRST, { thread }, key);
    expect(held.status).toBe(202);
    expect((await postWith(FIRST, { thread }, key)).status).toBe(202);
    await moderate(held.json.comment.id, { status: "approved" });
    expect((await postWith(FIRST, { thread }, key)).status).toBe(201);
  });
});

describe("X-Goalpost-SSO", () => {
  it("makes the author verified with the payload's name; the body's name is ignored", async () => {
    const thread = uniqueThread();
    const sso = await ssoToken({ id: `user-${crypto.randomUUID()}`, name: "Jorge Verified" });
    const res = await postWith(SSO, { thread, author: { name: "admin" } }, { "X-Goalpost-SSO": sso });
    expect(res.status).toBe(201);
    expect(res.json.comment.author).toEqual({ name: "Jorge Verified", verified: true, owner: false });
    const listed = await callWith(SSO, "GET", `/api/v1/comments?thread=${encodeURIComponent(thread)}`);
    expect(listed.json.comments[0].author).toEqual({ name: "Jorge Verified", verified: true, owner: false });
  });

  it("trusts a verified id under MODERATION=first once one of its comments is approved", async () => {
    const thread = uniqueThread();
    const sso = await ssoToken({ id: `user-${crypto.randomUUID()}`, name: "Ann" });
    const vars = { ...FIRST, ...SSO };
    const held = await postWith(vars, { thread }, { "X-Goalpost-SSO": sso });
    expect(held.status).toBe(202);
    await moderate(held.json.comment.id, { status: "approved" });
    // Trusted by id, from any browser (another author key).
    expect((await postWith(vars, { thread }, { "X-Goalpost-SSO": sso, "X-Goalpost-Author": authorKey() })).status).toBe(
      201,
    );
  });

  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ["expired", async () => ssoToken({ id: "u1", name: "Ann", exp: now() - 1 })],
    ["more than 24 h ahead", async () => ssoToken({ id: "u1", name: "Ann", exp: now() + 25 * 3600 })],
    ["signed with another secret", async () => ssoToken({ id: "u1", name: "Ann" }, "not-the-secret")],
    ["without a signature", async () => (await ssoToken({ id: "u1", name: "Ann" })).split(".")[0]!],
    [
      "with a tampered payload",
      async () => {
        const [, sig] = (await ssoToken({ id: "u1", name: "Ann" })).split(".");
        const forged = btoa(JSON.stringify({ id: "u1", name: "Owner", exp: now() + 60 })).replace(/=+$/, "");
        return `${forged}.${sig}`;
      },
    ],
    ["without an id", async () => ssoToken({ name: "Ann" })],
    ["without exp", async () => ssoToken({ id: "u1", name: "Ann", exp: null })],
    ["not JSON", async () => "bm90IGpzb24.c2ln"],
    ["empty of dots", async () => "garbage"],
  ])("answers an identity %s with 401 invalid_sso and stores nothing", async (_, make) => {
    const thread = uniqueThread();
    const header = await make();
    const before = await snapshot();
    const res = await postWith(
      SSO,
      { thread, author: { email: "x@example.org" }, notify: "replies" },
      { "X-Goalpost-SSO": header },
    );
    expect(res.status).toBe(401);
    expect(errorOf(res).code).toBe("invalid_sso");
    expect(res.headers.get("www-authenticate")).toMatch(/^Goalpost-SSO /);
    expect(await snapshot()).toEqual(before);
  });

  it("ignores the header without SSO_SECRET", async () => {
    const res = await postWith({}, { thread: uniqueThread(), author: { name: "Ann" } }, { "X-Goalpost-SSO": "junk" });
    expect(res.status).toBe(201);
    expect(res.json.comment.author).toEqual({ name: "Ann", verified: false, owner: false });
  });

  it("lets a verified author edit and delete their comment with the header instead of the edit token", async () => {
    const thread = uniqueThread();
    const sso = await ssoToken({ id: `user-${crypto.randomUUID()}`, name: "Ann" });
    const { json } = await postWith(SSO, { thread, body: "first words" }, { "X-Goalpost-SSO": sso });
    const id = json.comment.id;
    const edit = await callWith(
      SSO,
      "PATCH",
      `/api/v1/comments/${id}`,
      { body: "better words" },
      { "X-Goalpost-SSO": sso },
    );
    expect(edit.status).toBe(200);
    expect(edit.json).toMatchObject({ body: "better words", author: { name: "Ann", verified: true } });
    expect((await callWith(SSO, "DELETE", `/api/v1/comments/${id}`, undefined, { "X-Goalpost-SSO": sso })).status).toBe(
      204,
    );
    expect((await stored(thread)).comments).toBe(1);
    expect((await row(id))!.status).toBe("deleted");
  });

  it("refuses another verified identity, and an unverified comment, the SSO edit", async () => {
    const thread = uniqueThread();
    const ann = await ssoToken({ id: `ann-${crypto.randomUUID()}`, name: "Ann" });
    const eve = await ssoToken({ id: `eve-${crypto.randomUUID()}`, name: "Eve" });
    const verified = await postWith(SSO, { thread, body: "Ann's" }, { "X-Goalpost-SSO": ann });
    const guest = await postWith(SSO, { thread, body: "a guest's" });
    const before = await snapshot();
    for (const id of [verified.json.comment.id, guest.json.comment.id]) {
      const res = await callWith(
        SSO,
        "PATCH",
        `/api/v1/comments/${id}`,
        { body: "Eve was here" },
        { "X-Goalpost-SSO": eve },
      );
      expect(res.status).toBe(401);
      expect(errorOf(res).code).toBe("unauthorized");
    }
    const bad = await callWith(SSO, "DELETE", `/api/v1/comments/${verified.json.comment.id}`, undefined, {
      "X-Goalpost-SSO": `${ann}x`,
    });
    expect(errorOf(bad).code).toBe("invalid_sso");
    expect(await snapshot()).toEqual(before);
    expect((await row(verified.json.comment.id))!.body).toBe("Ann's");
  });
});

describe("X-Goalpost-SSO on votes", () => {
  it("answers a vote carrying a wrongly signed or expired identity with 401 invalid_sso and counts nothing", async () => {
    const { json } = await postWith(SSO, { thread: uniqueThread(), body: "vote on me" });
    const id = json.comment.id;
    const expired = await ssoToken({ id: "u1", name: "Ann", exp: Math.floor(Date.now() / 1000) - 1 });
    const forged = await ssoToken({ id: "u1", name: "Ann" }, "not-the-secret");
    const before = await snapshot();
    for (const header of [expired, forged, "garbage"]) {
      const res = await callWith(
        SSO,
        "POST",
        `/api/v1/comments/${id}/votes`,
        { voter: `voter-${crypto.randomUUID()}`, value: 1 },
        { "X-Goalpost-SSO": header },
      );
      expect(res.status).toBe(401);
      expect(errorOf(res).code).toBe("invalid_sso");
      expect(res.headers.get("www-authenticate")).toMatch(/^Goalpost-SSO /);
    }
    expect(await snapshot()).toEqual(before);
    const good = await ssoToken({ id: `user-${crypto.randomUUID()}`, name: "Ann" });
    const counted = await callWith(
      SSO,
      "POST",
      `/api/v1/comments/${id}/votes`,
      { voter: `voter-${crypto.randomUUID()}`, value: 1 },
      { "X-Goalpost-SSO": good },
    );
    expect(counted.json).toMatchObject({ upvotes: 1, myVote: 1 });
  });
});

describe("owner comments", () => {
  it("marks a comment posted with the admin token as the owner's and never holds it", async () => {
    const thread = uniqueThread();
    const res = await postWith(
      { MODERATION: "all" },
      { thread, author: { name: "Editors" } },
      { Authorization: "Bearer test-admin-token" },
    );
    expect(res.status).toBe(201);
    expect(res.json.comment.author).toEqual({ name: "Editors", verified: false, owner: true });
    const listed = await callWith({}, "GET", `/api/v1/comments?thread=${encodeURIComponent(thread)}`);
    expect(listed.json.comments[0].author.owner).toBe(true);
  });

  it("is neither limited nor counted by the per-network comment limit", async () => {
    // One stopped minute, so the window cannot turn between the posts.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 2, 1, 12, 5, 15));
    const thread = uniqueThread();
    const office = { "CF-Connecting-IP": "2001:db8:77::1" };
    const limit = { RATE_LIMIT_COMMENTS: "2" };
    for (let i = 0; i < 4; i++) {
      const res = await postWith(
        limit,
        { thread, body: `owner ${i}` },
        { ...office, Authorization: "Bearer test-admin-token" },
      );
      expect(res.status).toBe(201);
    }
    // A reader on the same network still has the whole allowance, and no more.
    const reader = { "CF-Connecting-IP": "2001:db8:77::2" };
    expect((await postWith(limit, { thread, body: "reader 1" }, reader)).status).toBe(201);
    expect((await postWith(limit, { thread, body: "reader 2" }, reader)).status).toBe(201);
    expect((await postWith(limit, { thread, body: "reader 3" }, reader)).status).toBe(429);
  });

  it("answers a wrong bearer token with 401 and stores nothing", async () => {
    const before = await snapshot();
    const res = await postWith({}, { thread: uniqueThread() }, { Authorization: "Bearer not-the-admin-token" });
    expect(res.status).toBe(401);
    expect(errorOf(res).code).toBe("unauthorized");
    expect(await snapshot()).toEqual(before);
  });

  it("never marks a guest comment as the owner's, whatever its name", async () => {
    const res = await postWith({}, { thread: uniqueThread(), author: { name: "Owner" } });
    expect(res.json.comment.author).toEqual({ name: "Owner", verified: false, owner: false });
  });
});
