import { describe, expect, it } from "vitest";
import { api, heldComment, skip, uniqueSlug, useBrowser } from "./console/harness";

// Every console test posts from 127.0.0.1, so these block by e-mail address only: a network
// block would send every later test comment to spam.
const thread = () => `/${uniqueSlug("spam")}`;
const name = (prefix: string) => uniqueSlug(prefix).replace(/-/g, "");
type Model = { spamExamples: number; hamExamples: number };
const model = async () => (await api<Model>("GET", "/admin/spam/model")).json;
const inList = async (id: string, status: string) =>
  (await api<{ comments: { id: string }[] }>("GET", `/admin/comments?status=${status}&limit=100`)).json.comments.some(
    (c) => c.id === id,
  );

describe.skipIf(skip)("console spam filter", () => {
  const { signedIn } = useBrowser();

  it("shows each comment's spam score, and Spam / Not spam teach the model shown below", async () => {
    const author = name("Learner");
    const id = await heldComment(thread(), author, "Great reporting on the river flood");
    const page = await signedIn("/admin#/moderation");
    const item = page.getByRole("article", { name: `Comment by ${author}` });
    await item.getByText(/Spam score \d+%/).waitFor();
    const state = page.locator("#spam-model");
    await state.getByText(/spam and \d+ good examples seen/).waitFor();

    const before = await model();
    await page.getByRole("button", { name: `Mark spam: comment by ${author}` }).click();
    await item.waitFor({ state: "detached" });
    await expect.poll(async () => (await model()).spamExamples).toBe(before.spamExamples + 1);
    await state.getByText(`${before.spamExamples + 1} spam and`).waitFor();

    await page.getByRole("radio", { name: "Spam" }).check();
    await page.getByRole("button", { name: `Not spam: comment by ${author}` }).click();
    await expect.poll(() => inList(id, "approved")).toBe(true);
    const after = await model();
    expect([after.spamExamples, after.hamExamples]).toEqual([before.spamExamples, before.hamExamples + 1]);
    await state.getByText(`${after.hamExamples} good examples`).waitFor();
  });

  it("blocks a comment's e-mail address from the keyboard, lists the block, and lifts it", async () => {
    const author = name("Blocked");
    await heldComment(thread(), author);
    const page = await signedIn("/admin#/moderation");
    const opener = page.getByRole("button", { name: `Block: comment by ${author}` });
    await opener.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: `Block ${author}?` });
    await dialog.waitFor();
    // Escape closes it and gives focus back to the button that opened it.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press("Enter");
    await dialog.getByRole("radio", { name: /Their e-mail address/ }).check();
    await dialog.getByLabel("How long").selectOption({ label: "7 days" });
    await dialog.getByRole("button", { name: "Block" }).click();
    await dialog.waitFor({ state: "detached" });
    const mailbox = `${author.toLowerCase()}@example.org`;
    const blocks = page.getByRole("list", { name: "Blocks" });
    await blocks.getByText(mailbox).waitFor();
    expect(await blocks.textContent()).toContain("until");
    const listed = (await api<{ blocks: { label: string; expiresAt: string | null }[] }>("GET", "/admin/blocks")).json;
    expect(listed.blocks.find((b) => b.label === mailbox)?.expiresAt).not.toBeNull();

    // The next comment from that address goes straight to spam.
    const next = await heldComment(thread(), author, "Me again");
    expect(await inList(next, "spam")).toBe(true);

    await page.getByRole("button", { name: `Lift block: ${mailbox}` }).click();
    await blocks.getByText(mailbox).waitFor({ state: "detached" });
    const third = await heldComment(thread(), author, "And once more");
    expect(await inList(third, "pending")).toBe(true);
  });

  it("fits the spam score, block dialog and blocks on a phone", async () => {
    const author = name("Phonereader");
    await heldComment(
      thread(),
      author,
      "A comment long enough to wrap on a narrow phone screen, with its score below.",
    );
    const page = await signedIn("/admin#/moderation", { viewport: { width: 360, height: 780 } });
    await page.getByRole("button", { name: `Block: comment by ${author}` }).click();
    await page.getByRole("dialog").waitFor();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    await page.keyboard.press("Escape");
    await page
      .locator("#spam-model")
      .getByText(/examples seen/)
      .waitFor();
    expect(await overflow()).toBe(0);
  });
});
