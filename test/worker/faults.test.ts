import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import app from "../../src/index";
import { posted, uniqueThread } from "./comments-helpers";
import { createCampaign, uniqueSlug } from "./helpers";
import { snapshot } from "./storage";

// D1 failing mid-write: every batch gets a last statement that fails, so D1 rolls the
// whole batch back. The API must answer the bare 500 envelope with a request id, and
// storage must show no trace of the half-done write.
function failingLastStatement(db: D1Database): D1Database {
  return new Proxy(db, {
    get(target, property) {
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) =>
          target.batch([...statements, target.prepare("INSERT INTO no_such_table VALUES (1)")]);
      }
      if (property === "withSession") return () => failingLastStatement(target);
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

async function send(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`http://goalpost.test${path}`, {
    method,
    headers: { "Content-Type": "application/json", Authorization: "Bearer test-admin-token", ...headers },
    body: JSON.stringify(body),
  });
  const res = await app.fetch(request, { ...env, DB: failingLastStatement(env.DB) }, createExecutionContext());
  return { res, json: (await res.json()) as { error: { code: string; message: string } } };
}

describe("a D1 failure in the middle of a write", () => {
  it.each([
    [
      "records a donation",
      async () => ["POST", `/api/v1/admin/campaigns/${await createCampaign()}/donations`, { amount: 100 }],
    ],
    [
      "creates a campaign",
      async () => [
        "POST",
        "/api/v1/admin/campaigns",
        {
          slug: uniqueSlug(),
          title: "t",
          currency: "USD",
          tiers: [{ amount: 1 }, { amount: 2 }],
          period: { kind: "open" },
        },
      ],
    ],
    [
      "posts a comment",
      async () => [
        "POST",
        "/api/v1/comments",
        { thread: uniqueThread(), body: "hi", author: { email: "a@example.org" }, notify: "thread" },
      ],
    ],
    [
      "replies",
      async () => {
        const thread = uniqueThread();
        const root = await posted({ thread, body: "root" });
        return ["POST", "/api/v1/comments", { thread, parentId: root.id, body: "reply" }];
      },
    ],
    [
      "votes",
      async () => [
        "POST",
        `/api/v1/comments/${(await posted({ thread: uniqueThread(), body: "x" })).id}/votes`,
        { voter: "voter-0123456789abcdef", value: 1 },
      ],
    ],
    [
      "moderates",
      async () => [
        "PATCH",
        `/api/v1/admin/comments/${(await posted({ thread: uniqueThread(), body: "x" })).id}`,
        { status: "spam", pinned: true },
      ],
    ],
  ] as const)("%s: answers 500 with a request id and stores nothing", async (_name, setup) => {
    const [method, path, body] = (await setup()) as [string, string, unknown];
    vi.spyOn(console, "error").mockImplementation(() => {});
    const before = await snapshot();
    const { res, json } = await send(method, path, body, {
      "CF-Connecting-IP": `10.66.${Math.floor(Math.random() * 250)}.1`,
    });
    expect(res.status).toBe(500);
    expect(json.error.code).toBe("internal");
    const id = res.headers.get("x-request-id")!;
    expect(json.error.message).toContain(id);
    expect(json.error.message).not.toMatch(/no_such_table|D1_ERROR|SQL/i);
    expect(await snapshot()).toEqual(before);
  });
});
