import { describe, expect, it } from "vitest";
import { pageLanguage, renderLinkPage } from "../../src/domain/link-pages";
import { LOCALES } from "../../src/domain/locales";
import { mailboxKey } from "../../src/domain/mailbox";

describe("mailboxKey", () => {
  it("lower-cases, trims and drops the +tag of the local part", () => {
    expect(mailboxKey(" Victim@Example.org ")).toBe("victim@example.org");
    expect(mailboxKey("victim+news@example.org")).toBe("victim@example.org");
    expect(mailboxKey("VICTIM+a+b@EXAMPLE.ORG")).toBe("victim@example.org");
  });

  it("keeps a + that is not in the local part, and addresses without a tag", () => {
    expect(mailboxKey("a.b-c@example.org")).toBe("a.b-c@example.org");
    expect(mailboxKey("no-at-sign+x")).toBe("no-at-sign+x");
  });
});

describe("pageLanguage", () => {
  it("takes the reader's most preferred language we have, then NOTIFY_LOCALE, then English", () => {
    expect(pageLanguage("ko;q=0.9, de-AT;q=0.8, en;q=0.5", undefined)).toBe("de");
    expect(pageLanguage("en;q=0.2, de", undefined)).toBe("de");
    expect(pageLanguage("ko", "de")).toBe("de");
    expect(pageLanguage(undefined, undefined)).toBe("en");
    expect(pageLanguage("de;q=0", "en")).toBe("en");
    expect(pageLanguage("ko, fr-CA;q=0.9, de;q=0.8", undefined)).toBe("fr");
    expect(pageLanguage("zh-TW, zh-CN;q=0.5", "de")).toBe("zh");
    expect(pageLanguage("zh-Hant", "ja")).toBe("ja");
  });
});

describe("renderLinkPage", () => {
  it("escapes the form's action and has no script", () => {
    const html = renderLinkPage("en", "confirm", "thread", '/x?token=a&b="c"', LOCALES);
    expect(html).toContain('action="/x?token=a&amp;b=&quot;c&quot;"');
    expect(html).not.toMatch(/<script/i);
  });

  it("writes the page in the language given when its table is at hand, else in English", () => {
    const arabic = renderLinkPage("ar", "confirmed", "thread", null, LOCALES);
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain(`<title>${LOCALES.ar!.page.confirmed.title}</title>`);
    const fallback = renderLinkPage("ar", "confirmed", "thread", null, {});
    expect(fallback).toBe(renderLinkPage("en", "confirmed", "thread", null, LOCALES));
    expect(fallback).toContain('<html lang="en" dir="ltr">');
  });
});
