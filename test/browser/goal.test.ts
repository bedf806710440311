import { describe, expect, it } from "vitest";
import { article, campaign, open, sharedBrowser, uniqueThread } from "./helpers";

const browser = sharedBrowser();

const slug = (name: string) => `${name}-${Date.now().toString(36)}`;

describe("the demo page from another origin", () => {
  it("paints goal and comments with exactly one API request", async () => {
    const { page, apiRequests, errors } = await open(browser(), "/");
    await page.locator("goalpost-comments h2").waitFor();
    await page.locator("goalpost-goal [role=progressbar]").waitFor();
    await page.waitForLoadState("networkidle");
    expect(apiRequests).toHaveLength(1);
    expect(apiRequests[0]).toMatch(
      /^GET \/api\/v1\/embed\?campaign=demo&thread=%2F2026%2F01%2Friver-restoration&sort=oldest&limit=20$/,
    );
    // No CSP violation or exception under the page's strict policy.
    expect(errors).toEqual([]);
  });

  it("shows the seeded goal: marks, raised amount, percent, donors and the month", async () => {
    const { page } = await open(browser(), "/");
    const goal = page.locator("goalpost-goal");
    await goal.locator("[role=progressbar]").waitFor();
    expect(await goal.locator("[part=marks] span").allInnerTexts()).toEqual(["$0", "$2,500", "$5,000"]);
    expect(await goal.locator("[part=raised]").innerText()).toBe("$900");
    expect(await goal.locator("[part=percent]").innerText()).toBe("18%");
    expect(await goal.locator("[part=donors]").innerText()).toBe("6 donors");
    const month = new Intl.DateTimeFormat("en", { month: "long", timeZone: "America/New_York" }).format(Date.now());
    const deadline = goal.locator("[part=deadline]");
    // The DOM keeps sentence case; the capitals are CSS only.
    expect(await deadline.textContent()).toMatch(
      new RegExp(`^(\\d+ days? left until the end of ${month}|Last day · .+)$`),
    );
    expect(await deadline.innerText()).toBe((await deadline.textContent())!.toUpperCase());
    const bar = goal.locator("[role=progressbar]");
    expect(await bar.getAttribute("aria-valuenow")).toBe("18");
    expect(await bar.getAttribute("aria-valuetext")).toBe("$900 of $5,000, 18%");
    expect(await goal.locator("a[part=donate]").getAttribute("href")).toBe("https://example.org/donate");
  });
});

describe("goal states", () => {
  it("keeps the bar full and says so above 100 %", async () => {
    const name = await campaign(slug("reached"), { tiers: [{ amount: 100000 }], period: { kind: "open" } }, [112000]);
    const { page } = await open(browser(), article({ campaign: name, thread: uniqueThread("reached") }));
    const goal = page.locator("goalpost-goal");
    await goal.locator("[part=percent]").waitFor();
    expect(await goal.locator("[part=percent]").innerText()).toBe("Goal reached · 112%");
    expect(await goal.locator("[part=fill]").evaluate((el) => el.style.width)).toBe("100%");
    expect(await goal.locator("[part=deadline]").textContent()).toBe("");
  });

  it("says Ended after a fixed campaign's end and 'N days left' before it", async () => {
    const ended = await campaign(slug("ended"), {
      tiers: [{ amount: 5000 }],
      period: { kind: "fixed", endsAt: "2020-01-01T00:00:00Z" },
    });
    const { page } = await open(browser(), article({ campaign: ended, thread: uniqueThread("ended") }));
    await expect.poll(() => page.locator("goalpost-goal [part=deadline]").textContent()).toBe("Ended");
    const later = new Date(Date.now() + 10.5 * 86_400_000).toISOString();
    const fixed = await campaign(slug("fixed"), {
      tiers: [{ amount: 5000 }],
      period: { kind: "fixed", endsAt: later },
    });
    const second = await open(browser(), article({ campaign: fixed, thread: uniqueThread("fixed") }));
    await expect
      .poll(() => second.page.locator("goalpost-goal [part=deadline]").textContent())
      .toMatch(/^1[01] days left$/);
  });

  it("speaks Russian with the month in the genitive and roubles in the page's locale", async () => {
    const name = await campaign(
      slug("ru"),
      { currency: "RUB", tiers: [{ amount: 10_000_000 }], period: { kind: "monthly", timeZone: "Europe/Moscow" } },
      [250_000],
    );
    const { page, apiRequests } = await open(
      browser(),
      article({ campaign: name, thread: uniqueThread("ru"), lang: "ru" }),
    );
    const goal = page.locator("goalpost-goal");
    await goal.locator("[part=deadline]").waitFor();
    const genitive = new Intl.DateTimeFormat("ru", { day: "numeric", month: "long", timeZone: "Europe/Moscow" })
      .formatToParts(Date.now())
      .find((part) => part.type === "month")!.value;
    const deadline = (await goal.locator("[part=deadline]").textContent())!;
    if (!deadline.startsWith("Последний день"))
      expect(deadline).toMatch(new RegExp(`^Остал(ся|ось) \\d+ (день|дня|дней) до конца ${genitive}$`));
    expect((await goal.locator("[part=raised]").innerText()).replace(/\s/g, " ")).toBe("2 500 ₽");
    expect(await page.locator("goalpost-comments h2").innerText()).toBe("0 комментариев");
    // The Russian strings come as a static pack beside the one API request.
    expect(apiRequests).toHaveLength(1);
  });
});

describe("embedding", () => {
  it("lets several parts placed as elements share one request", async () => {
    const { page, apiRequests } = await open(
      browser(),
      article({ elements: "1", campaign: "demo", thread: uniqueThread("elements") }),
    );
    await page.locator("goalpost-comments h2").waitFor();
    await page.locator("goalpost-goal [role=progressbar]").waitFor();
    await page.waitForLoadState("networkidle");
    expect(apiRequests.filter((r) => r.includes("/embed"))).toHaveLength(1);
  });

  it("shows one quiet line and throws nothing when the API is unreachable", async () => {
    const { page, errors } = await open(
      browser(),
      article({ api: "http://127.0.0.1:9", campaign: "demo", thread: "/x" }),
    );
    await expect
      .poll(() => page.locator("goalpost-comments [part=message]").textContent())
      .toBe("Comments could not be loaded.");
    expect(await page.locator("goalpost-goal [part=message]").textContent()).toBe(
      "The fundraising goal could not be loaded.",
    );
    // Only the browser's own network error line, and no exception from the widget.
    expect(errors.filter((e) => !/Failed to load resource|ERR_|Content Security Policy/.test(e))).toEqual([]);
  });

  it("logs a prefixed console error for bad configuration", async () => {
    const { page, errors } = await open(
      browser(),
      article({ campaign: "Not A Slug", thread: uniqueThread("bad"), theme: "purple" }),
    );
    await page.locator("goalpost-comments h2").waitFor();
    expect(errors).toContain('Goalpost: bad campaign "Not A Slug"');
    expect(errors).toContain('Goalpost: data-theme "purple" must be auto, light or dark');
  });
});
