import { describe, expect, it } from "vitest";
import { list, post, uniqueThread } from "./comments-helpers";

describe("smoke", () => {
  it("posts and lists", async () => {
    const thread = uniqueThread();
    const a = await post({ thread, body: "Good job **SAA**!" });
    console.log(a.status, JSON.stringify(a.json));
    const b = await post({ thread, parentId: a.json.comment.id, body: "reply" });
    console.log(b.status, JSON.stringify(b.json));
    const page = await list(thread);
    console.log(page.status, JSON.stringify(page.json), page.headers.get("x-d1-queries"));
    expect(page.status).toBe(200);
  });
});
