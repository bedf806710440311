// SSO-verified commenting and editing from the widget, and the owner's mark.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, SSO_SECRET } from "./config";
import { api, article, open, sharedBrowser, uniqueThread } from "./helpers";

const browser = sharedBrowser();

/** A data-sso value as a host page would sign it. */
function sso(id: string, name: string) {
  const payload = Buffer.from(JSON.stringify({ id, name, exp: Math.floor(Date.now() / 1000) + 3600 })).toString(
    "base64url",
  );
  return `${payload}.${createHmac("sha256", SSO_SECRET).update(payload).digest("base64url")}`;
}

async function post(body: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(`${api}/api/v1/comments`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { comment: { id: string } };
}

describe("verified identity from data-sso", () => {
  it("posts as the signed reader with a verified mark, sending the author key and the identity", async () => {
    const key = uniqueThread("sso-post");
    const identity = sso(`reader-${Date.now()}`, "Jorge Verified");
    const { page, errors } = await open(browser(), article({ thread: key, sso: identity }));
    await page.locator("goalpost-comments h2").waitFor();
    const sent = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/v1/comments"));
    const form = page.locator("goalpost-comments form[part=form]");
    await form.getByLabel("Name").fill("admin");
    await form.getByLabel(/^Comment/).fill("Signed and sealed.");
    await form.getByRole("button", { name: "Post comment" }).click();
    const request = await sent;
    expect(request.headers()["x-goalpost-sso"]).toBe(identity);
    expect(request.headers()["x-goalpost-author"]).toMatch(/^[A-Za-z0-9_-]{32,128}$/);
    const mine = page.locator("goalpost-comments article", { hasText: "Signed and sealed." });
    await mine.locator("[part=verified]").waitFor();
    expect(await mine.locator("[part=author]").innerText()).toBe("Jorge Verified");
    expect(await mine.locator("[part=verified]").innerText()).toBe("verified");
    // The author key is kept per browser: the same one on the next write.
    const again = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/v1/comments"));
    await form.getByLabel(/^Comment/).fill("Second.");
    await form.getByRole("button", { name: "Post comment" }).click();
    expect((await again).headers()["x-goalpost-author"]).toBe(request.headers()["x-goalpost-author"]);
    expect(errors).toEqual([]);
  });

  it("edits a verified comment with the identity alone (no edit token in this browser)", async () => {
    const key = uniqueThread("sso-edit");
    const identity = sso(`editor-${Date.now()}`, "Ann Editor");
    const { comment } = await post({ thread: key, body: "Before the edit." }, { "X-Goalpost-SSO": identity });
    const { page } = await open(browser(), article({ thread: key, sso: identity }));
    const mine = page.locator("goalpost-comments article", { hasText: "Before the edit." });
    await mine.getByRole("button", { name: "Edit" }).click();
    const patch = page.waitForRequest((r) => r.method() === "PATCH");
    await mine.locator("textarea").fill("After the edit.");
    await mine.getByRole("button", { name: "Save" }).click();
    const request = await patch;
    expect(request.headers().authorization).toBeUndefined();
    expect(request.headers()["x-goalpost-sso"]).toBe(identity);
    await page.locator("goalpost-comments [part=body]", { hasText: "After the edit." }).waitFor();
    const listed = await (await fetch(`${api}/api/v1/comments?thread=${encodeURIComponent(key)}`)).json();
    expect(listed.comments.map((c: { id: string; body: string }) => [c.id, c.body])).toEqual([
      [comment.id, "After the edit."],
    ]);
  });

  it("offers no edit to another reader's identity", async () => {
    const key = uniqueThread("sso-other");
    await post({ thread: key, body: "Ann's words." }, { "X-Goalpost-SSO": sso(`ann-${Date.now()}`, "Ann") });
    const { page } = await open(browser(), article({ thread: key, sso: sso(`eve-${Date.now()}`, "Eve") }));
    const theirs = page.locator("goalpost-comments article", { hasText: "Ann's words." });
    await theirs.locator("[part=verified]").waitFor();
    expect(await theirs.getByRole("button", { name: "Edit" }).count()).toBe(0);
  });
});

describe("owner comments", () => {
  it("marks the owner's comment", async () => {
    const key = uniqueThread("owner");
    await post(
      { thread: key, body: "From the editors.", author: { name: "Editors" } },
      {
        Authorization: `Bearer ${ADMIN_TOKEN}`,
      },
    );
    const { page } = await open(browser(), article({ thread: key }));
    const theirs = page.locator("goalpost-comments article", { hasText: "From the editors." });
    expect(await theirs.locator("[part=owner]").innerText()).toBe("owner");
    expect(await theirs.locator("[part=verified]").count()).toBe(0);
  });
});
