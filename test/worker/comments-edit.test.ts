import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { list, posted, stored, uniqueThread } from "./comments-helpers";
import { ADMIN, call, errorOf } from "./helpers";

let now = Date.UTC(2026, 0, 20, 8);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  now += 3_600_000;
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const edit = (id: string, body: unknown, headers: Record<string, string>) =>
  call("PATCH", `/api/v1/comments/${id}`, { body, headers });
const remove = (id: string, headers: Record<string, string>) => call("DELETE", `/api/v1/comments/${id}`, { headers });

describe("PATCH /api/v1/comments/:id", () => {
  it("lets the author edit within the window and re-renders the html", async () => {
    const thread = uniqueThread();
    const { id, editToken } = await posted({ thread, body: "first" });
    vi.setSystemTime(now + 899_000);
    const res = await edit(id, { body: "now *better*" }, bearer(editToken));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id,
      body: "now *better*",
      html: "<p>now <em>better</em></p>\n",
      editedAt: new Date(now + 899_000).toISOString(),
    });
    expect((await list(thread)).json.comments[0].body).toBe("now *better*");
  });

  it("answers 403 edit_window_closed after EDIT_WINDOW_SECONDS and changes nothing", async () => {
    const thread = uniqueThread();
    const { id, editToken } = await posted({ thread, body: "first" });
    vi.setSystemTime(now + 901_000);
    const res = await edit(id, { body: "late" }, bearer(editToken));
    expect(res.status).toBe(403);
    expect(errorOf(res).code).toBe("edit_window_closed");
    expect((await list(thread)).json.comments[0]).toMatchObject({ body: "first", editedAt: null });
  });

  it("answers 401 with WWW-Authenticate for a missing or wrong token", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread, body: "first" });
    const other = await posted({ thread });
    for (const headers of [{}, bearer("wrong"), bearer(other.editToken), { Authorization: `Basic ${btoa("a:b")}` }]) {
      const res = await edit(id, { body: "hijack" }, headers);
      expect(res.status).toBe(401);
      expect(errorOf(res).code).toBe("unauthorized");
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    const page = (await list(thread)).json;
    expect(page.comments.find((c: any) => c.id === id).body).toBe("first");
  });

  it("lets the admin token edit after the window", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    vi.setSystemTime(now + 86_400_000);
    const res = await edit(id, { body: "admin fix" }, ADMIN);
    expect(res.status).toBe(200);
    expect(res.json.body).toBe("admin fix");
  });

  it("answers 404 for an unknown comment and 400 for an empty body", async () => {
    const { id, editToken } = await posted({ thread: uniqueThread() });
    expect((await edit("c_missing", { body: "x" }, ADMIN)).status).toBe(404);
    const res = await edit(id, { body: " " }, bearer(editToken));
    expect(res.status).toBe(400);
    expect(errorOf(res).issues?.[0]?.path).toBe("body");
  });
});

describe("DELETE /api/v1/comments/:id", () => {
  it("removes a leaf entirely and decrements the parent's replyCount", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread });
    const leaf = await posted({ thread, parentId: root.id });
    expect((await list(thread)).json.comments[0].replyCount).toBe(1);
    const res = await remove(leaf.id, bearer(leaf.editToken));
    expect(res.status).toBe(204);
    const page = (await list(thread)).json;
    expect(page.total).toBe(1);
    expect(page.comments[0]).toMatchObject({ id: root.id, replyCount: 0, replies: [] });
  });

  it("leaves a placeholder while the comment has replies, not counted in total", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread, author: { name: "jo" }, body: "secret words" });
    const reply = await posted({ thread, parentId: root.id });
    expect((await remove(root.id, bearer(root.editToken))).status).toBe(204);
    const page = (await list(thread)).json;
    expect(page.total).toBe(1);
    expect(page.comments[0]).toMatchObject({
      id: root.id,
      deleted: true,
      body: "",
      html: "",
      author: null,
      replyCount: 1,
    });
    expect(page.comments[0].replies[0].id).toBe(reply.id);
    expect(JSON.stringify(page)).not.toContain("secret words");
  });

  it("drops the placeholder when its last reply is deleted", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread });
    const middle = await posted({ thread, parentId: root.id });
    const leaf = await posted({ thread, parentId: middle.id });
    await remove(middle.id, bearer(middle.editToken));
    expect((await list(thread)).json.comments[0].replies[0]).toMatchObject({ id: middle.id, deleted: true });
    await remove(leaf.id, bearer(leaf.editToken));
    const page = (await list(thread)).json;
    expect(page.total).toBe(1);
    expect(page.comments[0]).toMatchObject({ id: root.id, replyCount: 0, replies: [] });
  });

  it("drops a top-level placeholder from the page when its subtree is gone", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread });
    const reply = await posted({ thread, parentId: root.id });
    await remove(root.id, bearer(root.editToken));
    await remove(reply.id, bearer(reply.editToken));
    expect((await list(thread)).json).toMatchObject({ total: 0, comments: [] });
  });

  it("answers 404 for a comment already deleted, 401 without token, 403 after the window", async () => {
    const thread = uniqueThread();
    const a = await posted({ thread });
    const b = await posted({ thread });
    expect((await remove(a.id, bearer(a.editToken))).status).toBe(204);
    expect((await remove(a.id, bearer(a.editToken))).status).toBe(404);
    expect((await remove(b.id, {})).status).toBe(401);
    vi.setSystemTime(now + 901_000);
    expect(errorOf(await remove(b.id, bearer(b.editToken))).code).toBe("edit_window_closed");
    expect((await list(thread)).json.total).toBe(1);
    expect((await remove(b.id, ADMIN)).status).toBe(204);
    expect(await stored(thread)).toMatchObject({ comments: 2 });
  });
});
