import { describe, expect, it } from "vitest";
import { list, moderate, post, posted, stored, uniqueThread } from "./comments-helpers";
import { ADMIN, call, errorOf } from "./helpers";

const ANCHOR = { exact: "the bridge was rebuilt", prefix: "In 2019 ", suffix: " by volunteers." };
const embed = (thread: string) => call("GET", `/api/v1/embed?${new URLSearchParams({ thread })}`);

describe("POST /api/v1/comments with an anchor", () => {
  it("stores the passage and returns it on the comment", async () => {
    const thread = uniqueThread();
    const res = await post({ thread, anchor: ANCHOR });
    expect(res.status).toBe(201);
    expect(res.json.comment.anchor).toEqual(ANCHOR);
    expect((await list(thread)).json.comments[0].anchor).toEqual(ANCHOR);
  });

  it("defaults prefix and suffix to empty strings", async () => {
    const res = await post({ thread: uniqueThread(), anchor: { exact: "a passage" } });
    expect(res.json.comment.anchor).toEqual({ exact: "a passage", prefix: "", suffix: "" });
  });

  it("returns anchor null for a comment about the whole page", async () => {
    const res = await post({ thread: uniqueThread() });
    expect(res.json.comment.anchor).toBeNull();
  });

  it("gives replies their root's anchor", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread, anchor: ANCHOR });
    const reply = await posted({ thread, parentId: root.id });
    const deeper = await posted({ thread, parentId: reply.id });
    expect(reply.comment.anchor).toEqual(ANCHOR);
    expect(deeper.comment.anchor).toEqual(ANCHOR);
    const [listed] = (await list(thread)).json.comments;
    expect(listed.replies[0].anchor).toEqual(ANCHOR);
    expect(listed.replies[0].replies[0].anchor).toEqual(ANCHOR);
  });

  it("shows the anchor to the moderator", async () => {
    const thread = uniqueThread();
    await posted({ thread, anchor: ANCHOR });
    const res = await call("GET", `/api/v1/admin/comments?status=approved&thread=${encodeURIComponent(thread)}`, {
      headers: ADMIN,
    });
    expect(res.json.comments[0].anchor).toEqual(ANCHOR);
  });

  describe("validation", () => {
    it("answers 400 naming every bad field of the anchor, and stores nothing", async () => {
      const thread = uniqueThread();
      const res = await post({
        thread,
        body: "",
        anchor: { exact: "x".repeat(501), prefix: "p".repeat(65), suffix: "s".repeat(65) },
      });
      expect(res.status).toBe(400);
      const error = errorOf(res);
      expect(error.code).toBe("validation_failed");
      expect(error.issues?.map((issue) => issue.path).sort()).toEqual([
        "anchor.exact",
        "anchor.prefix",
        "anchor.suffix",
        "body",
      ]);
      expect((await stored(thread)).comments).toBe(0);
    });

    it.each([[{ exact: "" }], [{ exact: "  \n " }], [{ prefix: "a" }], [{ exact: 5 }], ["a passage"]])(
      "rejects anchor %j",
      async (anchor) => {
        const res = await post({ thread: uniqueThread(), anchor });
        expect(res.status).toBe(400);
        expect(errorOf(res).issues?.[0]?.path).toMatch(/^anchor/);
      },
    );

    it("accepts the limits exactly: 500 chars of passage, 64 of context", async () => {
      const anchor = { exact: "x".repeat(500), prefix: "p".repeat(64), suffix: "s".repeat(64) };
      const res = await post({ thread: uniqueThread(), anchor });
      expect(res.status).toBe(201);
      expect(res.json.comment.anchor).toEqual(anchor);
    });

    it("rejects an anchor on a reply with 400 at path anchor", async () => {
      const thread = uniqueThread();
      const root = await posted({ thread });
      const res = await post({ thread, parentId: root.id, anchor: ANCHOR });
      expect(res.status).toBe(400);
      expect(errorOf(res).issues).toEqual([{ path: "anchor", message: expect.stringContaining("top-level") }]);
      expect((await stored(thread)).comments).toBe(1);
    });

    it("accepts anchor null on a reply", async () => {
      const thread = uniqueThread();
      const root = await posted({ thread, anchor: ANCHOR });
      const res = await post({ thread, parentId: root.id, anchor: null });
      expect(res.status).toBe(201);
      expect(res.json.comment.anchor).toEqual(ANCHOR);
    });
  });
});

describe("GET /api/v1/embed anchors", () => {
  it("lists each passage once with its visible comments, replies included, in the same batch", async () => {
    const thread = uniqueThread();
    const first = await posted({ thread, anchor: ANCHOR });
    const reply = await posted({ thread, parentId: first.id });
    const second = await posted({ thread, anchor: ANCHOR });
    const other = await posted({ thread, anchor: { exact: "another passage", prefix: "", suffix: "" } });
    await posted({ thread });
    const res = await embed(thread);
    expect(res.status).toBe(200);
    expect(res.json.anchors).toEqual([
      { ...ANCHOR, count: 3, commentIds: [first.id, reply.id, second.id] },
      { exact: "another passage", prefix: "", suffix: "", count: 1, commentIds: [other.id] },
    ]);
    expect(res.headers.get("x-d1-round-trips")).toBe("1");
  });

  it("tells apart the same words with different context", async () => {
    const thread = uniqueThread();
    await posted({ thread, anchor: { exact: "the", prefix: "a", suffix: "" } });
    await posted({ thread, anchor: { exact: "the", prefix: "b", suffix: "" } });
    expect((await embed(thread)).json.anchors.map((a: any) => a.prefix)).toEqual(["a", "b"]);
  });

  it("leaves out comments that are not visible", async () => {
    const thread = uniqueThread();
    const root = await posted({ thread, anchor: ANCHOR });
    const reply = await posted({ thread, parentId: root.id });
    const spam = await posted({ thread, anchor: { exact: "spam passage" } });
    await moderate(spam.id, { status: "spam" });
    await moderate(root.id, { status: "deleted" });
    expect((await embed(thread)).json.anchors).toEqual([{ ...ANCHOR, count: 1, commentIds: [reply.id] }]);
  });

  it("answers an empty list for a thread without anchors and null without a thread", async () => {
    const thread = uniqueThread();
    await posted({ thread });
    expect((await embed(thread)).json.anchors).toEqual([]);
    expect((await call("GET", "/api/v1/embed")).json.anchors).toBeNull();
  });

  it("shows a new anchored comment at once, past the edge cache", async () => {
    const thread = uniqueThread();
    expect((await embed(thread)).json.anchors).toEqual([]);
    const { id } = await posted({ thread, anchor: ANCHOR });
    expect((await embed(thread)).json.anchors).toEqual([{ ...ANCHOR, count: 1, commentIds: [id] }]);
  });
});
