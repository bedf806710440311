// Attack: edit an approved comment into spam, live, past moderation.
import { describe, expect, it } from "vitest";
import { authorKey, callWith, postWith, row } from "./abuse-helpers";
import { moderate, uniqueThread } from "./comments-helpers";

const read = async (vars: Record<string, string>, thread: string) =>
  (await callWith(vars, "GET", `/api/v1/comments?thread=${encodeURIComponent(thread)}`)).json;
const patch = (vars: Record<string, string>, id: string, token: string, headers: Record<string, string> = {}) =>
  callWith(
    vars,
    "PATCH",
    `/api/v1/comments/${id}`,
    { body: "BUY CHEAP PILLS http://spam.example" },
    {
      Authorization: `Bearer ${token}`,
      ...headers,
    },
  );

describe("moderation of edits", () => {
  it("all: an author's edit of an approved comment goes back to pending and readers never see it", async () => {
    const vars = { MODERATION: "all" };
    const thread = uniqueThread();
    const posted = await postWith(vars, { thread, body: "an honest comment" });
    await moderate(posted.json.comment.id, { status: "approved" });
    expect((await read(vars, thread)).total).toBe(1);
    const res = await patch(vars, posted.json.comment.id, posted.json.editToken);
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("pending");
    const page = await read(vars, thread);
    expect(page.total).toBe(0);
    expect(JSON.stringify(page)).not.toContain("PILLS");
    expect((await row(posted.json.comment.id))!.status).toBe("pending");
  });

  it("all: an edited comment with replies shows only as a placeholder", async () => {
    const vars = { MODERATION: "all" };
    const thread = uniqueThread();
    const root = await postWith(vars, { thread, body: "root" });
    await moderate(root.json.comment.id, { status: "approved" });
    const reply = await postWith(vars, { thread, parentId: root.json.comment.id, body: "reply" });
    await moderate(reply.json.comment.id, { status: "approved" });
    await patch(vars, root.json.comment.id, root.json.editToken);
    const [shown] = (await read(vars, thread)).comments;
    expect(shown).toMatchObject({ deleted: true, body: "", author: null, replyCount: 1 });
    expect(JSON.stringify(shown)).not.toContain("PILLS");
  });

  it("first: an edit by an untrusted author (no trusted key) goes back to pending", async () => {
    const vars = { MODERATION: "first" };
    const thread = uniqueThread();
    const posted = await postWith(vars, { thread, body: "honest" });
    await moderate(posted.json.comment.id, { status: "approved" });
    // The edit token alone (say, a leaked one) earns no trust.
    const res = await patch(vars, posted.json.comment.id, posted.json.editToken, { "X-Goalpost-Author": authorKey() });
    expect(res.json.status).toBe("pending");
    expect((await read(vars, thread)).total).toBe(0);
  });

  it("first: an edit by a trusted author key stays published", async () => {
    const vars = { MODERATION: "first" };
    const thread = uniqueThread();
    const key = { "X-Goalpost-Author": authorKey() };
    const posted = await postWith(vars, { thread, body: "honest" }, key);
    await moderate(posted.json.comment.id, { status: "approved" });
    const res = await callWith(
      vars,
      "PATCH",
      `/api/v1/comments/${posted.json.comment.id}`,
      { body: "typo fixed" },
      {
        Authorization: `Bearer ${posted.json.editToken}`,
        ...key,
      },
    );
    expect(res.json.status).toBe("approved");
    expect((await read(vars, thread)).comments[0].body).toBe("typo fixed");
  });

  it("off: an edit stays published", async () => {
    const thread = uniqueThread();
    const posted = await postWith({}, { thread, body: "honest" });
    expect((await patch({}, posted.json.comment.id, posted.json.editToken)).json.status).toBe("approved");
  });

  it("never holds the owner's edits", async () => {
    const vars = { MODERATION: "all" };
    const thread = uniqueThread();
    const posted = await postWith(vars, { thread, body: "honest" });
    await moderate(posted.json.comment.id, { status: "approved" });
    const res = await callWith(
      vars,
      "PATCH",
      `/api/v1/comments/${posted.json.comment.id}`,
      { body: "staff note" },
      {
        Authorization: "Bearer test-admin-token",
      },
    );
    expect(res.json.status).toBe("approved");
    expect((await read(vars, thread)).comments[0].body).toBe("staff note");
  });
});
