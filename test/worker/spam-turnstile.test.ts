import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { uniqueThread } from "./comments-helpers";
import { errorOf } from "./helpers";
import { callWith } from "./spam-helpers";

const SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify";
const ON = { TURNSTILE_SECRET: "test-turnstile-secret", TURNSTILE_SITE_KEY: "0x4AAAAAAAtestsitekey" };

/** Answers Siteverify with `success` and records what the worker sent it. */
function stubSiteverify(success: boolean | "down") {
  const calls: FormData[] = [];
  const original = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (request.url !== SITEVERIFY) return original(input, init);
    calls.push(await request.formData());
    if (success === "down") return new Response("bad gateway", { status: 502 });
    return Response.json({ success, "error-codes": success ? [] : ["invalid-input-response"] });
  });
  return calls;
}

const countIn = async (thread: string) =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM comments WHERE thread = ?1").bind(thread).first<{ n: number }>())
    ?.n ?? 0;

afterEach(() => vi.restoreAllMocks());

describe("POST /api/v1/comments with Turnstile on", () => {
  it("verifies the token server-side with the secret and publishes on success", async () => {
    const calls = stubSiteverify(true);
    const thread = uniqueThread();
    const res = await callWith(ON, "POST", "/api/v1/comments", { thread, body: "hi", turnstileToken: "tok-pass" });
    expect(res.status).toBe(201);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.get("secret")).toBe(ON.TURNSTILE_SECRET);
    expect(calls[0]?.get("response")).toBe("tok-pass");
    expect(await countIn(thread)).toBe(1);
  });

  it.each([
    ["a rejected token", false as const, "tok-fail"],
    ["Siteverify failing", "down" as const, "tok-any"],
    ["no token", true as const, undefined],
  ])("answers 400 challenge_failed for %s and stores nothing", async (_, success, token) => {
    stubSiteverify(success);
    const thread = uniqueThread();
    const res = await callWith(ON, "POST", "/api/v1/comments", { thread, body: "hi", turnstileToken: token });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe("challenge_failed");
    expect(await countIn(thread)).toBe(0);
  });
});

describe("POST /api/v1/comments by the owner with Turnstile on", () => {
  it("needs no challenge: the admin token proves more than Turnstile does", async () => {
    const calls = stubSiteverify(false);
    const thread = uniqueThread();
    const res = await callWith(
      ON,
      "POST",
      "/api/v1/comments",
      { thread, body: "from the owner" },
      { Authorization: "Bearer test-admin-token" },
    );
    expect(res.status).toBe(201);
    expect(res.json.comment.author.owner).toBe(true);
    expect(calls).toHaveLength(0);
    expect(await countIn(thread)).toBe(1);
  });
});

describe("POST /api/v1/comments with Turnstile off", () => {
  it("never calls Siteverify when only one of the two settings is set", async () => {
    const calls = stubSiteverify(false);
    const settings: Record<string, string>[] = [{}, { TURNSTILE_SECRET: "s" }, { TURNSTILE_SITE_KEY: "k" }];
    for (const vars of settings) {
      const res = await callWith(vars, "POST", "/api/v1/comments", { thread: uniqueThread(), body: "hi" });
      expect(res.status).toBe(201);
    }
    expect(calls).toHaveLength(0);
  });
});

describe("GET /api/v1/embed", () => {
  it("tells the widget the site key only when Turnstile is on", async () => {
    // Each call its own thread: the embed answer is edge-cached per URL.
    const on = await callWith(ON, "GET", `/api/v1/embed?thread=${encodeURIComponent(uniqueThread())}`);
    expect(on.json.turnstile).toBe(ON.TURNSTILE_SITE_KEY);
    const path = `/api/v1/embed?thread=${encodeURIComponent(uniqueThread())}`;
    const half = await callWith({ TURNSTILE_SITE_KEY: "k" }, "GET", path);
    expect(half.json.turnstile).toBeNull();
  });
});
