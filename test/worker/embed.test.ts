import { describe, expect, it } from "vitest";
import { posted, uniqueThread } from "./comments-helpers";
import { call, createCampaign, errorOf } from "./helpers";

const embed = (params: Record<string, string>) => call("GET", `/api/v1/embed?${new URLSearchParams(params)}`);

describe("GET /api/v1/embed", () => {
  it("returns the campaign and the first comments page in one batch", async () => {
    const slug = await createCampaign();
    const thread = uniqueThread();
    const root = await posted({ thread });
    await posted({ thread, parentId: root.id });
    const res = await embed({ campaign: slug, thread });
    expect(res.status).toBe(200);
    expect(res.json.campaign).toMatchObject({ slug, raised: 0, goal: 500000 });
    expect(res.json.comments).toMatchObject({ thread, sort: "oldest", total: 2, nextCursor: null });
    expect(res.json.comments.comments[0].replies).toHaveLength(1);
    expect(Number(res.headers.get("x-d1-queries"))).toBeLessThanOrEqual(4);
  });

  it("answers campaign null for an unknown campaign, comments still there", async () => {
    const thread = uniqueThread();
    await posted({ thread });
    const res = await embed({ campaign: "no-such-campaign", thread });
    expect(res.status).toBe(200);
    expect(res.json.campaign).toBeNull();
    expect(res.json.comments.total).toBe(1);
  });

  it("lets either parameter be omitted", async () => {
    const slug = await createCampaign();
    expect((await embed({ campaign: slug })).json).toMatchObject({ campaign: { slug }, comments: null });
    const thread = uniqueThread();
    expect((await embed({ thread })).json).toMatchObject({ campaign: null, comments: { thread, total: 0 } });
    expect((await embed({})).json).toEqual({ campaign: null, comments: null, anchors: null, turnstile: null });
    expect((await embed({ campaign: "", thread: "" })).json).toEqual({
      campaign: null,
      comments: null,
      anchors: null,
      turnstile: null,
    });
  });

  it("answers campaign null for a slug that could never exist", async () => {
    const thread = uniqueThread();
    const res = await embed({ campaign: "HOSTILE <script>", thread });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ campaign: null, comments: { thread, total: 0 } });
  });

  it("honours sort and limit and validates them", async () => {
    const thread = uniqueThread();
    for (let i = 0; i < 3; i++) await posted({ thread });
    const res = await embed({ thread, sort: "newest", limit: "2" });
    expect(res.json.comments.comments).toHaveLength(2);
    expect(res.json.comments.nextCursor).toEqual(expect.any(String));
    const bad = await embed({ thread, sort: "best", limit: "0" });
    expect(bad.status).toBe(400);
    expect(
      errorOf(bad)
        .issues?.map((issue) => issue.path)
        .sort(),
    ).toEqual(["limit", "sort"]);
  });
});
