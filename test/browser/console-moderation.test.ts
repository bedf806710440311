import { describe, expect, it } from "vitest";
import { api, heldComment, publicThread, skip, uniqueSlug, useBrowser } from "./console/harness";

const thread = () => `/${uniqueSlug("story")}`;
const name = (prefix: string) => uniqueSlug(prefix).replace(/-/g, "");
const statusOf = async (id: string, status: string) =>
  (await api<{ comments: { id: string }[] }>("GET", `/admin/comments?status=${status}&limit=100`)).json.comments.some(
    (c) => c.id === id,
  );

describe.skipIf(skip)("console moderation", () => {
  const { article, signedIn } = useBrowser();

  it("approves a pending comment, which then appears publicly, and the badge goes down", async () => {
    const key = thread();
    const author = name("Reader");
    await heldComment(key, author, "A held comment");
    const page = await signedIn("/admin#/moderation");
    const badge = page.locator("#nav-moderation .badge");
    await expect.poll(async () => Number(await badge.textContent())).toBeGreaterThan(0);
    const before = Number(await badge.textContent());
    const item = page.getByRole("article", { name: `Comment by ${author}` });
    expect(await item.textContent()).toContain(`${author.toLowerCase()}@example.org`);
    expect(await item.textContent()).toContain(key);
    expect((await publicThread(key)).total).toBe(0);

    await page.getByRole("button", { name: `Approve: comment by ${author}` }).click();
    await item.waitFor({ state: "detached" });
    expect((await publicThread(key)).comments.map((c) => c.body)).toEqual(["A held comment"]);
    // And readers see it in the widget's comments on the thread's page.
    const reader = await article({ thread: key });
    await reader.locator("goalpost-comments").getByText("A held comment").waitFor();
    await expect.poll(async () => Number((await badge.textContent()) || 0)).toBe(before - 1);
  });

  it("marks several comments as spam at once and leaves the unselected one waiting", async () => {
    const key = thread();
    const [a, b, c] = [name("Spam"), name("Spam"), name("Keep")];
    const ids = [await heldComment(key, a), await heldComment(key, b), await heldComment(key, c)];
    const page = await signedIn("/admin#/moderation");
    await page.getByRole("checkbox", { name: new RegExp(`comment by ${a}`) }).check();
    await page.getByRole("checkbox", { name: new RegExp(`comment by ${b}`) }).check();
    expect(await page.getByText("2 selected").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Mark spam selected" }).click();
    await page.getByRole("article", { name: `Comment by ${b}` }).waitFor({ state: "detached" });
    expect([
      await statusOf(ids[0]!, "spam"),
      await statusOf(ids[1]!, "spam"),
      await statusOf(ids[2]!, "pending"),
    ]).toEqual([true, true, true]);

    // The spam list shows them, and "Not spam" (approving) from there publishes.
    await page.getByRole("radio", { name: "Spam" }).check();
    await page.getByRole("button", { name: `Not spam: comment by ${a}` }).click();
    await expect.poll(async () => (await publicThread(key)).total).toBe(1);
  });

  it("pins and unpins approved comments, one by one and in bulk", async () => {
    const key = thread();
    const [a, b] = [name("Pin"), name("Pin")];
    const ids = [await heldComment(key, a), await heldComment(key, b)];
    for (const id of ids) await api("PATCH", `/admin/comments/${id}`, { status: "approved" });
    const page = await signedIn("/admin#/moderation");
    await page.getByRole("radio", { name: "Approved" }).check();
    await page.getByRole("button", { name: `Pin: comment by ${a}` }).click();
    await page.getByRole("button", { name: `Unpin: comment by ${a}` }).waitFor();
    expect((await publicThread(key)).comments.map((c) => c.pinned)).toEqual([true, false]);

    await page.getByRole("checkbox", { name: new RegExp(`comment by ${a}`) }).check();
    await page.getByRole("checkbox", { name: new RegExp(`comment by ${b}`) }).check();
    await page.getByRole("button", { name: "Unpin selected" }).click();
    await expect.poll(async () => (await publicThread(key)).comments.map((c) => c.pinned)).toEqual([false, false]);
  });

  it("deletes selected comments after confirmation", async () => {
    const key = thread();
    const author = name("Gone");
    const id = await heldComment(key, author);
    const page = await signedIn("/admin#/moderation");
    await page.getByRole("checkbox", { name: new RegExp(`comment by ${author}`) }).check();
    await page.getByRole("button", { name: "Delete selected" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    expect(await statusOf(id, "pending")).toBe(true);
    await page.getByRole("button", { name: "Delete selected" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete this comment" }).click();
    await page.getByRole("article", { name: `Comment by ${author}` }).waitFor({ state: "detached" });
    expect(await statusOf(id, "pending")).toBe(false);
  });

  it("links a thread to its page once the site's address is set", async () => {
    const key = thread();
    const author = name("Link");
    await heldComment(key, author);
    const page = await signedIn("/admin#/moderation");
    await page.getByLabel("Your site's address").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Save address" }).click();
    expect(await page.getByText("Enter an http(s) address").isVisible()).toBe(true);
    await page.getByLabel("Your site's address").fill("https://news.example/anything");
    await page.getByRole("button", { name: "Save address" }).click();
    const link = page.getByRole("article", { name: `Comment by ${author}` }).getByRole("link", { name: key });
    expect(await link.getAttribute("href")).toBe(`https://news.example${key}`);
  });
});
