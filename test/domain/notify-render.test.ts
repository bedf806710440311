import { describe, expect, it } from "vitest";
import { buildMime, headerValue } from "../../src/domain/mime";
import { excerpt, type RenderInput, renderNotification } from "../../src/domain/notify-render";
import { threadUrl } from "../../src/notify/links";

const base: RenderInput = {
  kind: "reply",
  locale: undefined,
  commentId: "c_1",
  thread: "/2018/06/10/al-bukamal",
  authorName: "Bob",
  body: "Hello",
  threadUrl: "https://blog.example/2018/06/10/al-bukamal#c_1",
  unsubscribeUrl: "https://api.example/api/v1/unsubscribe?token=t",
  confirmUrl: null,
  authorEmail: null,
};

describe("renderNotification", () => {
  it("escapes the commenter's name and text in the HTML and keeps them readable in the text", () => {
    const out = renderNotification({
      ...base,
      authorName: '<img src=x onerror="alert(1)">',
      body: "<script>alert(1)</script> & **bold**",
    });
    expect(out.html).not.toContain("<script");
    expect(out.html).not.toContain("<img");
    expect(out.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; **bold**");
    expect(out.text).toContain("<script>alert(1)</script> & **bold**");
  });

  it("keeps line breaks and control characters out of the subject", () => {
    const out = renderNotification({ ...base, authorName: "Eve\r\nBcc: victim@example.org" });
    expect(out.subject).toBe("Eve Bcc: victim@example.org replied to your comment");
  });

  it("links the thread page, and the confirmation link in confirmation messages", () => {
    expect(renderNotification(base).text).toContain(
      "Read the conversation: https://blog.example/2018/06/10/al-bukamal#c_1",
    );
    const confirm = renderNotification({
      ...base,
      kind: "confirm",
      confirmUrl: "https://api.example/api/v1/subscriptions/confirm?token=k",
    });
    expect(confirm.text).toContain(
      "Confirm my email address: https://api.example/api/v1/subscriptions/confirm?token=k",
    );
    expect(confirm.text).not.toContain("> Hello");
  });

  it("speaks German for NOTIFY_LOCALE=de and English for unknown locales", () => {
    expect(renderNotification({ ...base, locale: "de-AT" }).subject).toBe("Bob hat auf deinen Kommentar geantwortet");
    expect(renderNotification({ ...base, locale: "xx" }).subject).toBe("Bob replied to your comment");
  });

  it("shows the owner the author's address in moderation notices only", () => {
    const notice = renderNotification({ ...base, kind: "moderation", authorEmail: "a@example.org" });
    expect(notice.text).toContain("Bob <a@example.org>");
    expect(notice.text).toContain("c_1");
  });
});

describe("excerpt", () => {
  it("collapses whitespace and cuts long comments at a word", () => {
    expect(excerpt("  a\n\n b  ")).toBe("a b");
    const long = excerpt("word ".repeat(200));
    expect(long.length).toBeLessThanOrEqual(501);
    expect(long.endsWith("word…")).toBe(true);
  });
});

describe("buildMime", () => {
  it("writes CRLF headers, encoded words for non-ASCII and two base64 parts", () => {
    const raw = buildMime({
      from: "n@blog.example",
      to: "r@example.org",
      subject: "Zoë replied",
      text: "Grüße",
      html: "<p>Grüße</p>",
      headers: { "List-Unsubscribe": "<https://x/u?token=t>" },
      date: new Date("2026-01-20T08:00:00Z"),
      messageId: "<m@blog.example>",
    });
    expect(raw).toContain("\r\nSubject: =?UTF-8?B?Wm/DqyByZXBsaWVk?=\r\n");
    expect(raw).toContain("\r\nDate: Tue, 20 Jan 2026 08:00:00 +0000\r\n");
    expect(raw).toContain("\r\nList-Unsubscribe: <https://x/u?token=t>\r\n");
    expect(raw.match(/Content-Transfer-Encoding: base64/g)).toHaveLength(2);
    expect(raw).not.toMatch(/[^\r]\n/);
  });

  it("removes line breaks from header values", () => {
    expect(headerValue("a\r\nBcc: x@example.org")).toBe("a Bcc: x@example.org");
  });
});

describe("threadUrl", () => {
  it("joins SITE_URL (with its path) and a path thread key, with the comment as fragment", () => {
    expect(threadUrl("https://blog.example/", "/a/b", "c_1")).toBe("https://blog.example/a/b#c_1");
    expect(threadUrl("https://example.org/blog/", "/a", "c_1")).toBe("https://example.org/blog/a#c_1");
  });

  it("uses a URL thread key as it is, and gives no link without SITE_URL or for other keys", () => {
    expect(threadUrl(undefined, "https://news.example/x#old", "c_1")).toBe("https://news.example/x#c_1");
    expect(threadUrl(undefined, "/a", "c_1")).toBeNull();
    expect(threadUrl("https://blog.example", "article-42", "c_1")).toBeNull();
    expect(threadUrl(undefined, "javascript:alert(1)", "c_1")).toBeNull();
  });
});
