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

  it("quotes no thread key, name or text in a confirmation message", () => {
    const confirm = renderNotification({
      ...base,
      kind: "confirm",
      thread: "",
      authorName: "",
      body: "",
      threadUrl: null,
      confirmUrl: "https://api.example/api/v1/subscriptions/confirm?token=k",
    });
    for (const part of [confirm.subject, confirm.text, confirm.html]) expect(part).not.toMatch(/\{\w+\}/);
    expect(confirm.text).not.toContain("Read the conversation");
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
  const origin = "https://goalpost.example";
  it("joins SITE_URL (with its path) and a path thread key, with the comment as fragment", () => {
    expect(threadUrl("https://blog.example/", origin, "/a/b", "c_1")).toBe("https://blog.example/a/b#c_1");
    expect(threadUrl("https://example.org/blog/", origin, "/a", "c_1")).toBe("https://example.org/blog/a#c_1");
  });

  it("falls back to the worker's own origin without SITE_URL, and makes any key a path", () => {
    expect(threadUrl(undefined, origin, "/a", "c_1")).toBe("https://goalpost.example/a#c_1");
    expect(threadUrl("https://blog.example", origin, "article-42", "c_1")).toBe("https://blog.example/article-42#c_1");
    expect(threadUrl("not a url", origin, "/a", "c_1")).toBe("https://goalpost.example/a#c_1");
  });

  it("never lets a thread key become the link's scheme, host, query or fragment", () => {
    const site = "https://blog.example";
    const cases = {
      "https://evil.example/verify": "https://blog.example/https%3A//evil.example/verify#c_1",
      "//evil.example": "https://blog.example//evil.example#c_1",
      "\\\\evil.example": "https://blog.example/%5C%5Cevil.example#c_1",
      "javascript:alert(1)": "https://blog.example/javascript%3Aalert(1)#c_1",
      "/a?next=https://evil.example#x": "https://blog.example/a%3Fnext=https%3A//evil.example%23x#c_1",
      "/caf%C3%A9 100%": "https://blog.example/caf%C3%A9%20100%25#c_1",
      "/@evil.example": "https://blog.example/@evil.example#c_1",
    };
    for (const [thread, expected] of Object.entries(cases)) {
      const url = threadUrl(site, origin, thread, "c_1");
      expect(url).toBe(expected);
      expect(new URL(url!).origin).toBe(site);
    }
    for (const thread of Object.keys(cases)) {
      expect(new URL(threadUrl(undefined, origin, thread, "c_1")!).origin).toBe(origin);
    }
  });
});
