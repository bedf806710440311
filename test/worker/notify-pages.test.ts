import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { uniqueThread } from "./comments-helpers";
import { linkIn, mockWebhook, notifiedUnsubscribeLink, notifyHarness, uniqueEmail } from "./notify-helpers";

let web: ReturnType<typeof mockWebhook>;
beforeEach(() => {
  web = mockWebhook();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const FORM = { "Content-Type": "application/x-www-form-urlencoded", Accept: "text/html" };

/** The action and method of the page's one form, and how many buttons it has. */
function formOf(html: string) {
  const form = /<form method="(\w+)" action="([^"]+)"/.exec(html);
  return {
    method: form?.[1],
    action: form?.[2]?.replaceAll("&amp;", "&"),
    buttons: html.match(/<button/g)?.length ?? 0,
    scripts: /<script/i.test(html),
  };
}

async function pendingConfirmation(vars: Record<string, unknown> = {}) {
  const h = notifyHarness(vars);
  const reader = uniqueEmail("reader");
  const thread = uniqueThread();
  await h.post({ thread, author: { email: reader }, notify: "thread" });
  await h.run();
  return { h, reader, thread, link: linkIn(web.to(reader)[0]!, "subscriptions/confirm") };
}

const confirmedOf = (thread: string) =>
  env.DB.prepare("SELECT confirmed FROM subscriptions WHERE thread = ?1")
    .bind(thread)
    .first<{ confirmed: number }>()
    .then((row) => row?.confirmed);

describe("GET /api/v1/subscriptions/confirm (the page)", () => {
  it("shows one button, a form that POSTs to the same URL, and confirms nothing", async () => {
    const { h, link, thread } = await pendingConfirmation();
    const res = await h.call("GET", link, { headers: { Accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toContain("form-action 'self'");
    expect(res.text).toContain("Confirm your email address");
    expect(formOf(res.text)).toEqual({ method: "post", action: link, buttons: 1, scripts: false });
    expect(await confirmedOf(thread)).toBe(0);
  });

  it("confirms when the form is posted, and answers with a page", async () => {
    const { h, link, thread } = await pendingConfirmation();
    const action = formOf((await h.call("GET", link)).text).action!;
    const res = await h.call("POST", action, { raw: "", headers: FORM });
    expect(res.status).toBe(200);
    expect(res.text).toContain("Email confirmed");
    expect(formOf(res.text).buttons).toBe(0);
    expect(await confirmedOf(thread)).toBe(1);
  });

  it("speaks German to a German browser, and NOTIFY_LOCALE's language to others", async () => {
    const { h, link } = await pendingConfirmation();
    const de = await h.call("GET", link, { headers: { "Accept-Language": "de-DE,de;q=0.9,en;q=0.8" } });
    expect(de.text).toContain('<html lang="de"');
    expect(de.text).toContain("E-Mail-Adresse bestätigen");
    expect(de.headers.get("content-language")).toBe("de");

    const site = await pendingConfirmation({ NOTIFY_LOCALE: "de" });
    const fallback = await site.h.call("GET", site.link, { headers: { "Accept-Language": "ko-KR" } });
    expect(fallback.text).toContain("E-Mail-Adresse bestätigen");
    const english = await site.h.call("GET", site.link, { headers: { "Accept-Language": "en-GB" } });
    expect(english.text).toContain("Confirm my email address");
  });

  it("speaks each language, right to left for Arabic, Hebrew and Persian", async () => {
    const { h, link, thread } = await pendingConfirmation();
    const pages: [string, string, string, "ltr" | "rtl"][] = [
      ["ar-EG,ar;q=0.9", "ar", "تأكيد عنوان بريدك الإلكتروني", "rtl"],
      ["he", "he", "אישור כתובת האימייל", "rtl"],
      ["iw-IL", "he", "אישור כתובת האימייל", "rtl"],
      ["fa-IR", "fa", "تأیید نشانی ایمیل", "rtl"],
      ["tr-TR", "tr", "E-posta adresinizi onaylayın", "ltr"],
      ["uk-UA,ru;q=0.5", "uk", "Підтвердіть адресу email", "ltr"],
      ["pl", "pl", "Potwierdź adres e-mail", "ltr"],
      ["it-IT", "it", "Conferma il tuo indirizzo email", "ltr"],
      ["pt-BR", "pt-BR", "Confirme seu endereço de e-mail", "ltr"],
      ["pt-PT", "pt-BR", "Confirme seu endereço de e-mail", "ltr"],
      ["nl-BE", "nl", "Bevestig je e-mailadres", "ltr"],
      ["zh-CN,zh;q=0.9", "zh", "确认你的邮箱地址", "ltr"],
      ["zh-TW,en;q=0.5", "en", "Confirm your email address", "ltr"],
      ["ja", "ja", "メールアドレスの確認", "ltr"],
      ["id-ID", "id", "Konfirmasi alamat email Anda", "ltr"],
      ["es-419", "es", "Confirma tu dirección de correo", "ltr"],
      ["fr-CH", "fr", "Confirmez votre adresse e-mail", "ltr"],
      ["ru-RU", "ru", "Подтвердите адрес email", "ltr"],
      ["ko-KR,pl;q=0.8", "pl", "Potwierdź adres e-mail", "ltr"],
    ];
    for (const [accept, lang, title, dir] of pages) {
      const res = await h.call("GET", link, { headers: { "Accept-Language": accept } });
      expect([accept, res.status]).toEqual([accept, 200]);
      expect([accept, res.headers.get("content-language")]).toEqual([accept, lang]);
      expect(res.text).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(res.text).toContain(`<title>${title}</title>`);
      expect(formOf(res.text).buttons).toBe(1);
    }
    expect(await confirmedOf(thread)).toBe(0);
    const done = await h.call("POST", link, { headers: { ...FORM, "Accept-Language": "ar" }, raw: "" });
    expect(done.text).toContain('<html lang="ar" dir="rtl">');
    expect(done.text).toContain("<title>تم تأكيد البريد الإلكتروني</title>");
    expect(await confirmedOf(thread)).toBe(1);
  });

  it("mails in NOTIFY_LOCALE's language, right to left for Arabic", async () => {
    const { reader } = await pendingConfirmation({ NOTIFY_LOCALE: "ar" });
    const mail = web.to(reader)[0]!.body;
    expect(mail.subject).toBe("أكّد بريدك الإلكتروني لتصلك إشعارات التعليقات");
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.text).toContain("تأكيد عنوان بريدي الإلكتروني: http");
    const ja = await pendingConfirmation({ NOTIFY_LOCALE: "ja-JP" });
    expect(web.to(ja.reader)[0]!.body.html).toContain('<html lang="ja" dir="ltr">');
  });

  it("shows browsers a 'not valid' page for an unknown or expired link, and JSON clients a 404 envelope", async () => {
    const { h, link, thread } = await pendingConfirmation();
    await env.DB.prepare("UPDATE subscriptions SET confirm_sent_at = 0 WHERE thread = ?1").bind(thread).run();
    for (const path of [link, `/api/v1/subscriptions/confirm?token=${"Z".repeat(43)}`]) {
      const page = await h.call("GET", path, { headers: { Accept: "text/html" } });
      expect(page.status).toBe(404);
      expect(page.text).toContain("Link not valid");
      expect(formOf(page.text).buttons).toBe(0);
      const json = await h.call("POST", path);
      expect(json.status).toBe(404);
      expect(json.json.error.code).toBe("not_found");
    }
    expect(await confirmedOf(thread)).toBe(0);
  });
});

describe("GET /api/v1/unsubscribe (the page)", () => {
  it("shows one button whose form POST unsubscribes, in the message's scope", async () => {
    const h = notifyHarness();
    const thread = uniqueThread();
    const reader = uniqueEmail("reader");
    const link = await notifiedUnsubscribeLink(h, web, thread, reader);

    const page = await h.call("GET", link);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Stop notifications about this conversation?");
    const form = formOf(page.text);
    expect(form).toEqual({ method: "post", action: link, buttons: 1, scripts: false });
    const all = formOf((await h.call("GET", `${link}&scope=all`)).text);
    expect(all.action).toBe(`${link}&scope=all`);

    const done = await h.call("POST", form.action!, { raw: "", headers: FORM });
    expect(done.status).toBe(200);
    expect(done.text).toContain("You will get no more notifications about this thread.");
    const left = await env.DB.prepare("SELECT COUNT(*) AS n FROM subscriptions WHERE thread = ?1").bind(thread).first();
    expect(left).toEqual({ n: 0 });
  });

  it("asks about all mail on the confirmation message's unsubscribe link", async () => {
    const { h, reader } = await pendingConfirmation();
    const page = await h.call("GET", linkIn(web.to(reader)[0]!, "unsubscribe"), {
      headers: { "Accept-Language": "de" },
    });
    expect(page.text).toContain("Keine Kommentar-Mails mehr an diese Adresse");
  });
});
