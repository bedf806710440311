import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../src/domain/locale-words";
import { LOCALES } from "../../src/domain/locales";
import { buildMime, headerValue } from "../../src/domain/mime";
import { type NotifyStrings, notifyStrings, supportedLanguage } from "../../src/domain/notify-i18n";
import { excerpt, type RenderInput, renderNotification } from "../../src/domain/notify-render";
import { threadUrl } from "../../src/notify/links";
import { LANGS } from "../../widget/i18n";

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
    const out = renderNotification(
      {
        ...base,
        authorName: '<img src=x onerror="alert(1)">',
        body: "<script>alert(1)</script> & **bold**",
      },
      LOCALES,
    );
    expect(out.html).not.toContain("<script");
    expect(out.html).not.toContain("<img");
    expect(out.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; **bold**");
    expect(out.text).toContain("<script>alert(1)</script> & **bold**");
  });

  it("keeps line breaks and control characters out of the subject", () => {
    const out = renderNotification({ ...base, authorName: "Eve\r\nBcc: victim@example.org" }, LOCALES);
    expect(out.subject).toBe("Eve Bcc: victim@example.org replied to your comment");
  });

  it("links the thread page, and the confirmation link in confirmation messages", () => {
    expect(renderNotification(base, LOCALES).text).toContain(
      "Read the conversation: https://blog.example/2018/06/10/al-bukamal#c_1",
    );
    const confirm = renderNotification(
      {
        ...base,
        kind: "confirm",
        confirmUrl: "https://api.example/api/v1/subscriptions/confirm?token=k",
      },
      LOCALES,
    );
    expect(confirm.text).toContain(
      "Confirm my email address: https://api.example/api/v1/subscriptions/confirm?token=k",
    );
    expect(confirm.text).not.toContain("> Hello");
  });

  it("quotes no thread key, name or text in a confirmation message", () => {
    const confirm = renderNotification(
      {
        ...base,
        kind: "confirm",
        thread: "",
        authorName: "",
        body: "",
        threadUrl: null,
        confirmUrl: "https://api.example/api/v1/subscriptions/confirm?token=k",
      },
      LOCALES,
    );
    for (const part of [confirm.subject, confirm.text, confirm.html]) expect(part).not.toMatch(/\{\w+\}/);
    expect(confirm.text).not.toContain("Read the conversation");
  });

  it("speaks German for NOTIFY_LOCALE=de and English for unknown locales", () => {
    expect(renderNotification({ ...base, locale: "de-AT" }, LOCALES).subject).toBe(
      "Bob hat auf deinen Kommentar geantwortet",
    );
    expect(renderNotification({ ...base, locale: "xx" }, LOCALES).subject).toBe("Bob replied to your comment");
  });

  // The reply subject per NOTIFY_LOCALE (Bob's name isolated in right-to-left text).
  const SUBJECTS: [string, string, "ltr" | "rtl"][] = [
    ["ar", "ردّ \u2068Bob\u2069 على تعليقك", "rtl"],
    ["he-IL", "התקבלה תשובה מ־\u2068Bob\u2069 לתגובה שלך", "rtl"],
    ["fa-IR", "\u2068Bob\u2069 به دیدگاه شما پاسخ داد", "rtl"],
    ["tr", "Bob yorumunuza yanıt verdi", "ltr"],
    ["uk", "Нова відповідь від Bob на ваш коментар", "ltr"],
    ["pl", "Nowa odpowiedź od Bob na Twój komentarz", "ltr"],
    ["it", "Bob ha risposto al tuo commento", "ltr"],
    ["pt", "Bob respondeu ao seu comentário", "ltr"],
    ["nl", "Bob heeft op je reactie gereageerd", "ltr"],
    ["zh-CN", "Bob 回复了你的评论", "ltr"],
    ["ja", "Bobさんがあなたのコメントに返信しました", "ltr"],
    ["id", "Bob membalas komentar Anda", "ltr"],
    ["de", "Bob hat auf deinen Kommentar geantwortet", "ltr"],
    ["es-MX", "Bob respondió a tu comentario", "ltr"],
    ["fr-CA", "Bob a répondu à votre commentaire", "ltr"],
    ["ru", "Новый ответ от Bob на ваш комментарий", "ltr"],
    ["en", "Bob replied to your comment", "ltr"],
  ];

  it("writes each language's mail, with its lang and direction on the HTML", () => {
    for (const [locale, subject, dir] of SUBJECTS) {
      const language = supportedLanguage(locale)!;
      const words = notifyStrings(locale, LOCALES);
      const out = renderNotification({ ...base, locale }, LOCALES);
      expect([locale, out.subject]).toEqual([locale, subject]);
      expect(out.html).toContain(`<html lang="${language}" dir="${dir}">`);
      expect(out.text).toContain(`${words.open}: https://blog.example/`);
      expect(out.text).toContain(words.footer.reply);
      expect(out.html).toContain(`border-${dir === "rtl" ? "right" : "left"}:3px`);
      const confirm = renderNotification(
        { ...base, locale, kind: "confirm", confirmUrl: "https://api.example/c?t=k" },
        LOCALES,
      );
      expect(confirm.subject).toBe(words.subject.confirm);
      expect(confirm.text).toContain(`${words.confirm}: https://api.example/c?t=k`);
    }
  });

  it("has every message in every language, with English's placeholders", () => {
    const leaves = (words: NotifyStrings) =>
      Object.entries(words).flatMap(([key, value]) =>
        typeof value === "string" ? [[key, value]] : Object.entries(value).map(([k, v]) => [`${key}.${k}`, v]),
      );
    const marks = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    const english = Object.fromEntries(leaves(notifyStrings("en", LOCALES)));
    for (const [locale] of SUBJECTS) {
      const words = leaves(notifyStrings(locale, LOCALES));
      expect([locale, words.map(([key]) => key)]).toEqual([locale, Object.keys(english)]);
      for (const [key, text] of words) {
        expect([locale, key, text!.trim().length > 0]).toEqual([locale, key, true]);
        expect([locale, key, marks(text!)]).toEqual([locale, key, marks(english[key!]!)]);
      }
    }
  });

  it("has mails in every language the widget speaks", () => {
    expect(LANGS.map(supportedLanguage)).toEqual(LANGS);
  });

  it("lists every language that has a table in src/domain/locales, and English", () => {
    expect([...LANGUAGES].sort()).toEqual(["en", ...Object.keys(LOCALES)].sort());
  });

  it("writes English, with English's lang and direction, when the language's table is not at hand", () => {
    for (const locale of ["ar", "de", "ja"]) {
      const english = renderNotification({ ...base, locale: "en" }, LOCALES);
      const out = renderNotification({ ...base, locale }, { fr: LOCALES.fr });
      expect([locale, out]).toEqual([locale, english]);
      expect(out.html).toContain('<html lang="en" dir="ltr">');
      expect(notifyStrings(locale, {})).toEqual(notifyStrings("en", LOCALES));
    }
    expect(renderNotification({ ...base, locale: "fr" }, { fr: LOCALES.fr }).subject).toBe(
      "Bob a répondu à votre commentaire",
    );
  });

  it("maps locales to mail languages: Portuguese, Simplified Chinese, legacy codes", () => {
    expect(["pt", "pt-PT", "pt_BR"].map(supportedLanguage)).toEqual(["pt-BR", "pt-BR", "pt-BR"]);
    expect(["zh", "zh-CN", "zh-Hans"].map(supportedLanguage)).toEqual(["zh", "zh", "zh"]);
    expect(["zh-TW", "zh-Hant", "ko"].map(supportedLanguage)).toEqual([null, null, null]);
    expect(["iw", "in"].map(supportedLanguage)).toEqual(["he", "id"]);
  });

  it("isolates the author's name in right-to-left mails, also in the moderation note", () => {
    const notice = renderNotification(
      {
        ...base,
        locale: "he",
        kind: "moderation",
        authorName: "Bob (2)",
        authorEmail: "a@example.org",
      },
      LOCALES,
    );
    expect(notice.text).toContain("\u2068Bob (2)\u2069 <a@example.org>");
    expect(notice.text).toContain("(מזהה התגובה c_1)");
    expect(renderNotification({ ...base, locale: "en", authorName: "Bob (2)" }, LOCALES).subject).toBe(
      "Bob (2) replied to your comment",
    );
  });

  it("shows the owner the author's address in moderation notices only", () => {
    const notice = renderNotification({ ...base, kind: "moderation", authorEmail: "a@example.org" }, LOCALES);
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
