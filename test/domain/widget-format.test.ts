import { describe, expect, it } from "vitest";
import { Fmt as BaseFmt } from "../../widget/format";
import { language } from "../../widget/i18n";
import { KEYS } from "../../widget/i18n-keys";
import { packTable } from "../../widget/i18n-packs";
import type { Campaign } from "../../widget/types";

/** A formatter with the language's pack loaded, as the widget has it after first paint. */
class Fmt extends BaseFmt {
  constructor(locale: string) {
    super(locale, packTable(language(locale), KEYS) ?? {});
  }
}

/** A campaign in the shape of API.md, with `overrides`. */
function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    slug: "january-drive",
    title: "Support our reporting",
    currency: "USD",
    raised: 90000,
    donorCount: 14,
    goal: 500000,
    percent: 18,
    tiers: [],
    nextTier: null,
    period: {
      kind: "monthly",
      timeZone: "Europe/Berlin",
      startsAt: "2025-12-31T23:00:00.000Z",
      endsAt: "2026-01-31T23:00:00.000Z",
    },
    daysLeft: 11,
    ended: false,
    updatedAt: "2026-01-20T08:00:00.000Z",
    asOf: "2026-01-20T09:15:02.113Z",
    ...overrides,
  };
}

/** Intl separates with no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/\s/g, " ");

const asOf = Date.parse("2026-01-20T09:15:02.113Z");

describe("Fmt.money", () => {
  it("turns minor units into the currency's major units", () => {
    expect(new Fmt("en-US").money("USD")(250000)).toBe("$2,500");
    expect(new Fmt("en-US").money("USD")(90050)).toBe("$900.50");
  });

  it("uses the currency's own fraction digits (JPY has none, KWD three)", () => {
    expect(new Fmt("en-US").money("JPY")(2500)).toBe("¥2,500");
    expect(plain(new Fmt("en-US").money("KWD")(1500))).toBe("KWD 1.500");
  });

  it("follows the page locale's separators and symbol position", () => {
    expect(plain(new Fmt("de-DE").money("EUR")(250000))).toBe("2.500 €");
    expect(plain(new Fmt("fr-FR").money("USD")(90000))).toBe("900 $US");
  });
});

describe("Fmt.count", () => {
  it("chooses English one/other", () => {
    const fmt = new Fmt("en");
    expect(fmt.count("comments", 1)).toBe("1 comment");
    expect(fmt.count("comments", 8)).toBe("8 comments");
    expect(fmt.count("comments", 1234)).toBe("1,234 comments");
  });

  it("chooses Russian one/few/many", () => {
    const fmt = new Fmt("ru");
    expect(fmt.count("comments", 1)).toBe("1 комментарий");
    expect(fmt.count("comments", 3)).toBe("3 комментария");
    expect(fmt.count("comments", 11)).toBe("11 комментариев");
    expect(fmt.count("comments", 21)).toBe("21 комментарий");
  });

  it("treats zero as singular in French", () => {
    expect(new Fmt("fr").count("comments", 0)).toBe("0 commentaire");
  });
});

describe("Fmt.deadline", () => {
  it("names the month of a monthly campaign in the campaign's time zone", () => {
    expect(new Fmt("en").deadline(campaign(), asOf)).toBe("11 days left until the end of January");
  });

  it("puts the Russian month in the genitive", () => {
    expect(new Fmt("ru").deadline(campaign(), asOf)).toBe("Осталось 11 дней до конца января");
    expect(new Fmt("ru").deadline(campaign({ daysLeft: 1 }), asOf)).toBe("Остался 1 день до конца января");
  });

  it("elides the French article before a vowel", () => {
    const april = campaign({ period: { ...campaign().period, endsAt: "2026-04-30T22:00:00.000Z" } });
    expect(new Fmt("fr").deadline(april, asOf)).toBe("11 jours restants jusqu’à la fin d’avril");
    expect(new Fmt("fr").deadline(campaign(), asOf)).toBe("11 jours restants jusqu’à la fin de janvier");
  });

  it("reads as one grammatical sentence in every language, month and digits from Intl", () => {
    const april = campaign({ period: { ...campaign().period, endsAt: "2026-04-30T22:00:00.000Z" } });
    const cases: [string, Campaign, string][] = [
      ["ar", campaign(), "تبقّى 11 يومًا حتى نهاية يناير"],
      ["ar", campaign({ daysLeft: 2 }), "تبقّى يومان حتى نهاية يناير"],
      ["ar", campaign({ daysLeft: 3 }), "تبقّى 3 أيام حتى نهاية يناير"],
      ["he", campaign(), "נותרו 11 ימים עד סוף ינואר"],
      ["he", campaign({ daysLeft: 2 }), "נותרו יומיים עד סוף ינואר"],
      ["fa-IR", campaign(), "11 روز مانده تا پایان ژانویه"],
      ["tr", campaign(), "Ocak sonuna kadar 11 gün kaldı"],
      ["uk", campaign(), "Залишилося 11 днів до кінця січня"],
      ["uk", campaign({ daysLeft: 3 }), "Залишилося 3 дні до кінця січня"],
      ["uk", campaign({ daysLeft: 21 }), "Залишився 21 день до кінця січня"],
      ["pl", campaign(), "Zostało 11 dni do końca stycznia"],
      ["pl", campaign({ daysLeft: 1 }), "Został 1 dzień do końca stycznia"],
      ["pl", april, "Zostało 11 dni do końca kwietnia"],
      ["it", campaign(), "Mancano 11 giorni alla fine di gennaio"],
      ["pt-BR", campaign({ daysLeft: 1 }), "Falta 1 dia para o fim de janeiro"],
      ["pt", campaign(), "Faltam 11 dias para o fim de janeiro"],
      ["nl", campaign(), "Nog 11 dagen tot eind januari"],
      ["zh-CN", campaign(), "距1月底还剩11天"],
      ["zh-Hans", april, "距4月底还剩11天"],
      ["ja", campaign(), "1月末まで残り11日"],
      ["id", campaign(), "Sisa 11 hari hingga akhir Januari"],
      ["de", campaign(), "Noch 11 Tage bis Ende Januar"],
      ["es", campaign(), "Quedan 11 días hasta el final de enero"],
    ];
    // The count in the locale's own digits (Arabic-Indic, Persian or Latin, as Intl has them).
    const digits = (locale: string, text: string) =>
      text.replace(/\d+/g, (n) => new Intl.NumberFormat(locale).format(Number(n)));
    for (const [locale, c, sentence] of cases)
      expect([locale, new Fmt(locale).deadline(c, asOf)]).toEqual([locale, digits(locale, sentence)]);
  });

  it("names the Gregorian month even where the locale's calendar is another", () => {
    expect(
      new Intl.DateTimeFormat("fa", { month: "long", timeZone: "UTC" }).format(Date.parse("2026-01-20Z")),
    ).not.toBe("ژانویه");
    expect(new Fmt("fa").monthOf(Date.parse("2026-01-20Z"), "UTC")).toBe("ژانویه");
    expect(new Fmt("ar-SA-u-ca-islamic").monthOf(Date.parse("2026-01-20Z"), "UTC")).toBe("يناير");
  });

  it("says only the days for a fixed campaign and nothing for an open one", () => {
    expect(
      new Fmt("en").deadline(campaign({ period: { ...campaign().period, kind: "fixed" }, daysLeft: 1 }), asOf),
    ).toBe("1 day left");
    const open = campaign({ period: { kind: "open", timeZone: "UTC", startsAt: null, endsAt: null }, daysLeft: null });
    expect(new Fmt("en").deadline(open, asOf)).toBe("");
  });

  it("counts hours, then minutes, on the last day from the server's clock", () => {
    const last = campaign({ daysLeft: 0 });
    const end = Date.parse("2026-01-31T23:00:00.000Z");
    expect(new Fmt("en").deadline(last, end - 5.5 * 3_600_000)).toBe("Last day · 5 hours left");
    expect(new Fmt("en").deadline(last, end - 42 * 60_000 + 1)).toBe("Last day · 42 minutes left");
    expect(new Fmt("de").deadline(last, end - 60_000)).toBe("Letzter Tag · Noch 1 Minute");
  });

  it("says Ended once the end has passed", () => {
    expect(new Fmt("en").deadline(campaign({ ended: true }), asOf)).toBe("Ended");
    expect(new Fmt("en").deadline(campaign({ daysLeft: 0 }), Date.parse("2026-02-01T00:00:00Z"))).toBe("Ended");
  });
});

describe("Fmt.relative", () => {
  const now = Date.parse("2026-01-20T12:00:00Z");

  it("picks the largest whole unit", () => {
    expect(new Fmt("en").relative("2026-01-20T09:00:00Z", now)).toBe("3 hours ago");
    expect(new Fmt("en").relative("2026-01-19T12:00:00Z", now)).toBe("yesterday");
    expect(new Fmt("de").relative("2026-01-20T11:55:00Z", now)).toBe("vor 5 Minuten");
  });

  it("says now for the last minute and for times in the future (clock skew)", () => {
    expect(new Fmt("en").relative("2026-01-20T11:59:30Z", now)).toBe("now");
    expect(new Fmt("en").relative("2026-01-20T12:05:00Z", now)).toBe("now");
  });
});

describe("Fmt.percent", () => {
  it("formats in the locale", () => {
    expect(new Fmt("en").percent(112)).toBe("112%");
    expect(plain(new Fmt("fr").percent(112))).toBe("112 %");
  });
});
