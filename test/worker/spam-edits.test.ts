// Attack: post something harmless, then edit it into spam once it is published. An edit is
// new text in front of readers, so the spam filter and the owner's blocks judge it like a
// new comment (docs/spam.md).
import { beforeAll, describe, expect, it } from "vitest";
import { authorKey } from "./abuse-helpers";
import { list, moderate, post, uniqueIp, uniqueThread } from "./comments-helpers";
import { admin, call } from "./helpers";
import { callWith, storedSpam, teach, uniqueWord } from "./spam-helpers";

const SPAM = [uniqueWord("s"), uniqueWord("s"), uniqueWord("s")];
const spamText = `${SPAM.join(" ")} visit http://deals-${SPAM[0]}.example now`;

beforeAll(async () => {
  await teach(SPAM, [uniqueWord("h"), uniqueWord("h")]);
});

/** Publishes a harmless comment; returns its id, edit token and thread. */
async function harmless(headers: Record<string, string> = {}) {
  const thread = uniqueThread();
  const res = await post({ thread, body: "I think the part about rivers was good" }, headers);
  if (res.status !== 201) throw new Error(`not published: ${res.status} ${JSON.stringify(res.json)}`);
  return { id: res.json.comment.id as string, token: res.json.editToken as string, thread };
}

const edit = (id: string, token: string, body: string, headers: Record<string, string> = {}) =>
  call("PATCH", `/api/v1/comments/${id}`, {
    body: { body },
    headers: { Authorization: `Bearer ${token}`, "CF-Connecting-IP": uniqueIp(), ...headers },
  });

describe("an author's edit is judged like a new comment", () => {
  it("an edit the model judges spam is stored as spam, leaves readers and is answered like a held edit", async () => {
    const { id, token, thread } = await harmless();
    const res = await edit(id, token, spamText);
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("pending");
    expect(res.json.body).toBe(spamText);
    const stored = await storedSpam(id);
    expect(stored?.status).toBe("spam");
    expect(stored?.spam_reasons).toContain(SPAM[0]);
    const page = await list(thread);
    expect(page.json.total).toBe(0);
    expect(JSON.stringify(page.json)).not.toContain(SPAM[0]);
    const queue = await admin("GET", `/api/v1/admin/comments?status=spam&thread=${encodeURIComponent(thread)}`);
    expect(queue.json.comments.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(queue.json.comments[0].spam.score).toBeGreaterThan(0.5);
  });

  it("a reply edited into spam leaves its parent's reply count", async () => {
    const parent = await harmless();
    const reply = await post({ thread: parent.thread, parentId: parent.id, body: "agreed, the rivers part" });
    expect(reply.status).toBe(201);
    await edit(reply.json.comment.id, reply.json.editToken, spamText);
    const [root] = (await list(parent.thread)).json.comments;
    expect(root.replyCount).toBe(0);
    expect(root.replies).toEqual([]);
  });

  it("an ordinary edit stays published", async () => {
    const { id, token, thread } = await harmless();
    const res = await edit(id, token, "I think the part about rivers and lakes was good");
    expect(res.json.status).toBe("approved");
    expect((await storedSpam(id))?.status).toBe("approved");
    expect((await list(thread)).json.total).toBe(1);
  });

  it("with SPAM_FILTER=off the model judges no edit", async () => {
    const { id, token } = await harmless();
    const res = await callWith(
      { SPAM_FILTER: "off" },
      "PATCH",
      `/api/v1/comments/${id}`,
      { body: spamText },
      {
        Authorization: `Bearer ${token}`,
      },
    );
    expect(res.json.status).toBe("approved");
    expect((await storedSpam(id))?.status).toBe("approved");
  });

  it("the owner's edit is never judged", async () => {
    const { id } = await harmless();
    const res = await admin("PATCH", `/api/v1/comments/${id}`, { body: { body: spamText } });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("approved");
    expect((await storedSpam(id))?.status).toBe("approved");
  });

  it("a comment whose author key was blocked after posting turns spam when edited", async () => {
    const key = authorKey();
    const { id, token, thread } = await harmless({ "X-Goalpost-Author": key });
    expect((await admin("POST", "/api/v1/admin/blocks", { body: { commentId: id, kind: "author" } })).status).toBe(201);
    const res = await edit(id, token, "I think the part about rivers was very good", { "X-Goalpost-Author": key });
    expect(res.json.status).toBe("pending");
    const stored = await storedSpam(id);
    expect(stored?.status).toBe("spam");
    expect(stored?.spam_reasons).toContain("blocked source");
    expect((await list(thread)).json.total).toBe(0);
  });

  it("an edit sent from a blocked network turns spam, whatever network the comment came from", async () => {
    const blockedIp = uniqueIp();
    const other = await harmless({ "CF-Connecting-IP": blockedIp });
    expect(
      (await admin("POST", "/api/v1/admin/blocks", { body: { commentId: other.id, kind: "network" } })).status,
    ).toBe(201);
    const { id, token } = await harmless();
    const res = await edit(id, token, "I think the part about rivers was very good", { "CF-Connecting-IP": blockedIp });
    expect(res.json.status).toBe("pending");
    expect((await storedSpam(id))?.status).toBe("spam");
    const fromElsewhere = await harmless();
    expect((await edit(fromElsewhere.id, fromElsewhere.token, "rivers, again")).json.status).toBe("approved");
  });

  it("the owner approving an edited spam comment publishes it again", async () => {
    const { id, token, thread } = await harmless();
    await edit(id, token, spamText);
    await moderate(id, { status: "approved" });
    expect((await list(thread)).json.total).toBe(1);
  });
});
