// Host pages as real sites build them (issue 20): a page enforcing Trusted Types with the
// CSP the README documents, a single-page app switching threads with pushState, and a
// React app (bundled here with esbuild) navigating between two articles. The pages are
// served on the site origin through page.route, each with its own CSP header.
import { join } from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS } from "./config";
import { api, comment, site, uniqueThread } from "./helpers";

/** The CSP of README "Strict CSP and Trusted Types", with style-src 'self' as the issue's host has. */
const TT_CSP = `require-trusted-types-for 'script'; trusted-types goalpost; script-src ${api}; connect-src ${api} ${api.replace(/^http/, "ws")}; style-src 'self'`;

// Before any page script: records CSP violations and the listeners live on window/document
// (listeners added with a signal count until it aborts).
const WATCH = `(() => {
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) =>
    window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sample));
  const live = new Map();
  const key = (t, type, fn, o) => [t === window ? "w" : "d", type, !!(o === true || (o && o.capture))];
  const find = (k, fn) => [...live.keys()].find((x) => x.fn === fn && x.k.join() === k.join());
  const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, fn, o) {
    if ((this === window || this === document) && fn && !(o && o.once) && !(o && o.signal && o.signal.aborted)) {
      const k = key(this, type, fn, o);
      if (!find(k, fn)) {
        const entry = { k, fn };
        live.set(entry, type);
        if (o && o.signal) o.signal.addEventListener("abort", () => live.delete(entry));
      }
    }
    return add.call(this, type, fn, o);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, o) {
    if (this === window || this === document) { const e = find(key(this, type, fn, o), fn); if (e) live.delete(e); }
    return remove.call(this, type, fn, o);
  };
  window.__listeners = () => [...live.values()].sort();
})();`;

type Host = { page: Page; requests: string[]; errors: string[] };

let browser: Browser;
beforeAll(async () => {
  // Pages answered by page.route have no address space: let them reach the loopback API.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests"],
  });
});
afterAll(() => browser?.close());

/** Opens `path` on the site origin, answering `files` (path → [type, body]) with `csp`; `prepare` runs before. */
async function host(
  path: string,
  csp: string,
  files: Record<string, [string, string]>,
  prepare?: (page: Page) => Promise<unknown>,
): Promise<Host> {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await prepare?.(page);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (r.url().startsWith(`${api}/api/`) && r.method() !== "OPTIONS")
      requests.push(`${r.method()} ${r.url().slice(api.length)}`);
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.addInitScript(WATCH);
  await page.route(`${site}/**`, (route) => {
    const url = new URL(route.request().url());
    // Every path of the app serves its one page (as an SPA's server does).
    const file = files[url.pathname] ?? files["*"];
    if (!file) return route.fulfill({ status: 404 });
    return route.fulfill({
      status: 200,
      contentType: file[0],
      headers: { "Content-Security-Policy": csp },
      body: file[1],
    });
  });
  await page.goto(site + path);
  return { page, requests, errors };
}

const html = (body: string, head = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}</head><body>${body}</body></html>`;
const bodies = (page: Page) => page.locator("goalpost-comments [part=body]").allInnerTexts();
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
// The listeners of the types live before the switches (the live client may add its own once, later).
const listeners = async (page: Page, before?: string[]) => {
  const now = await page.evaluate(() => (window as unknown as { __listeners(): string[] }).__listeners());
  return before ? now.filter((type) => before.includes(type)) : now;
};
const embeds = (h: Host) => h.requests.filter((r) => r.startsWith("GET /api/v1/embed"));

/** Three threads with one comment each, named after their path. */
async function threads(prefix: string) {
  const keys = ["a", "b", "c"].map((name) => uniqueThread(`${prefix}-${name}`));
  for (const key of keys) await comment(key, `On **${key}**`);
  return keys;
}

describe("strict CSP with Trusted Types enforced", () => {
  it("renders goal and comments, posts, votes and loads the second file with no violation", async () => {
    const key = uniqueThread("tt");
    await comment(key, "Good *work*");
    const h = await host("/tt", TT_CSP, {
      "/tt": [
        "text/html",
        html(`<goalpost-goal campaign="demo"></goalpost-goal>
<goalpost-comments thread="${key}"></goalpost-comments>
<p><goalpost-count thread="${key}">comments</goalpost-count></p>
<script src="${api}/widget.js" async data-api="${api}"></script>`),
      ],
    });
    const { page } = h;
    await page.locator("goalpost-goal [part=bar]").waitFor();
    await page.locator("goalpost-comments h2").waitFor();
    // The server's html went through the policy: markup, not text.
    expect(await page.locator("goalpost-comments [part=body] em").innerText()).toBe("work");
    // The count element lives in the second file, loaded through the policy's script URL.
    await expect.poll(() => page.locator("goalpost-count").innerText()).toBe("1 comment");

    const form = page.locator("goalpost-comments form[part=form]");
    await form.getByLabel("Name").fill("tt");
    await form.getByLabel(/^Comment/).fill("Posted **under** Trusted Types");
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect.poll(() => bodies(page)).toEqual(["Good work", "Posted under Trusted Types"]);
    expect(await page.locator("goalpost-comments [part=body] strong").innerText()).toBe("under");

    const up = page.locator("goalpost-comments button[part=vote]").first();
    await up.click();
    await expect.poll(() => up.getAttribute("aria-pressed")).toBe("true");
    await page.waitForLoadState("networkidle");
    expect(h.requests.some((r) => r.startsWith("POST /api/v1/comments"))).toBe(true);
    expect(h.requests.some((r) => /\/votes?\b/.test(r) && !r.startsWith("GET"))).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it("loads Turnstile's script through the policy when the server asks for a challenge", async () => {
    const key = uniqueThread("tt-turnstile");
    await comment(key, "Challenged");
    const turnstile = "https://challenges.cloudflare.com";
    const csp = TT_CSP.replace(`script-src ${api}`, `script-src ${api} ${turnstile}`);
    const h = await host("/turnstile", csp, {
      "/turnstile": [
        "text/html",
        html(
          `<goalpost-comments thread="${key}"></goalpost-comments><script src="${api}/widget.js" async data-api="${api}"></script>`,
        ),
      ],
    });
    const { page } = h;
    // This deployment has no TURNSTILE_SITE_KEY: the embed answer gets one here, and the
    // offline machine gets a stand-in for Turnstile's script that renders a marker.
    await page.route(`${api}/api/v1/embed**`, async (route) => {
      const res = await route.fetch();
      return route.fulfill({ response: res, json: { ...(await res.json()), turnstile: "1x00000000000000000000AA" } });
    });
    await page.route(`${turnstile}/**`, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: `window.turnstile = { render(el, o) { el.textContent = "challenge " + o.sitekey; return "w1"; },
          getResponse() { return "token"; }, reset() {} };`,
      }),
    );
    await page.reload();
    await page.locator("goalpost-comments h2").waitFor();
    await page
      .locator("goalpost-comments form[part=form]")
      .getByLabel(/^Comment/)
      .focus();
    await expect
      .poll(() => page.locator("goalpost-comments").innerText())
      .toContain("challenge 1x00000000000000000000AA");
    expect(await violations(page)).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it("without the policy allowed, comments degrade to their text and the page keeps working", async () => {
    const key = uniqueThread("tt-denied");
    await comment(key, "Plain *text*");
    const csp = `require-trusted-types-for 'script'; trusted-types other; script-src ${api}; connect-src ${api}`;
    const h = await host("/denied", csp, {
      "/denied": [
        "text/html",
        html(
          `<goalpost-comments thread="${key}"></goalpost-comments><script src="${api}/widget.js" async data-api="${api}"></script>`,
        ),
      ],
    });
    await h.page.locator("goalpost-comments h2").waitFor();
    expect(await bodies(h.page)).toEqual(["Plain *text*"]);
    expect(h.errors.some((e) => e.includes("trusted-types goalpost"))).toBe(true);
  });
});

/** The SPA's router: links with data-to push their path, render the article title, and back works. */
const SPA_JS = `document.addEventListener("click", (e) => {
  const a = e.target.closest("a[data-to]");
  if (!a) return;
  e.preventDefault();
  history.pushState(null, "", a.dataset.to);
  document.querySelector("h1").textContent = a.dataset.to;
});`;

describe("single-page app", () => {
  it("follows pushState and popstate: right comments, one request per switch, no extra listeners", async () => {
    const keys = await threads("spa");
    const links = keys.map((k, i) => `<a href="${k}" data-to="${k}" id="l${i}">${k}</a>`).join(" ");
    const h = await host(keys[0]!, `${TT_CSP.replace(`script-src ${api}`, `script-src ${api} 'self'`)}`, {
      "/app.js": ["text/javascript", SPA_JS],
      "*": [
        "text/html",
        html(`<nav>${links}</nav><h1></h1><goalpost-comments></goalpost-comments>
<script src="/app.js"></script><script src="${api}/widget.js" async data-api="${api}"></script>`),
      ],
    });
    const { page } = h;
    await expect.poll(() => bodies(page)).toEqual([`On ${keys[0]}`]);
    expect(embeds(h)).toHaveLength(1);
    const settled = await listeners(page);
    for (const [step, i] of [1, 2, 0].entries()) {
      await page.click(`#l${i}`);
      await expect.poll(() => bodies(page)).toEqual([`On ${keys[i]!}`]);
      await page.waitForLoadState("networkidle");
      expect(embeds(h)).toHaveLength(step + 2);
      expect(embeds(h).at(-1)).toContain(`thread=${encodeURIComponent(keys[i]!)}`);
      expect(await listeners(page, settled)).toEqual(settled);
    }
    await page.goBack();
    await expect.poll(() => bodies(page)).toEqual([`On ${keys[2]}`]);
    expect(embeds(h)).toHaveLength(5);
    expect(await listeners(page, settled)).toEqual(settled);
    expect(await violations(page)).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it("follows a pushState made before the interactions chunk arrived, once it arrives", async () => {
    const keys = await threads("spa-early");
    const links = keys.map((k, i) => `<a href="${k}" data-to="${k}" id="l${i}">${k}</a>`).join(" ");
    // The chunk (which wraps pushState, widget/interactions/history.ts) is held until released.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = false;
    const hold = (page: Page) =>
      page.route(/\/assets\/widget-interactions\.[0-9a-f]+\.js$/, async (route) => {
        asked = true;
        await gate;
        await route.continue();
      });
    const h = await host(
      keys[0]!,
      `${TT_CSP.replace(`script-src ${api}`, `script-src ${api} 'self'`)}`,
      {
        "/app.js": ["text/javascript", SPA_JS],
        "*": [
          "text/html",
          html(`<nav>${links}</nav><h1></h1><goalpost-comments></goalpost-comments>
<script src="/app.js"></script><script src="${api}/widget.js" async data-api="${api}"></script>`),
        ],
      },
      hold,
    );
    const { page } = h;
    await expect.poll(() => bodies(page)).toEqual([`On ${keys[0]}`]);
    await expect.poll(() => asked).toBe(true);
    await page.click("#l1");
    expect(await page.evaluate(() => location.pathname)).toBe(keys[1]);
    release();
    await expect.poll(() => bodies(page)).toEqual([`On ${keys[1]!}`]);
    expect(embeds(h)).toHaveLength(2);
    expect(embeds(h).at(-1)).toContain(`thread=${encodeURIComponent(keys[1]!)}`);
    // Wrapped now: the next switch is followed at once.
    await page.click("#l2");
    await expect.poll(() => bodies(page)).toEqual([`On ${keys[2]!}`]);
    expect(embeds(h)).toHaveLength(3);
    expect(h.errors).toEqual([]);
  });

  it("batches attribute changes, aborts the old request and survives removal and re-insertion", async () => {
    const keys = await threads("attrs");
    const h = await host("/attrs", TT_CSP, {
      "/attrs": [
        "text/html",
        html(
          `<goalpost-comments thread="${keys[0]}"></goalpost-comments><script src="${api}/widget.js" async data-api="${api}"></script>`,
        ),
      ],
    });
    const { page } = h;
    await expect.poll(() => bodies(page)).toEqual([`On ${keys[0]}`]);
    // Two changes in one task: one request, for the last value.
    const aborted: string[] = [];
    page.on("requestfailed", (r) => aborted.push(r.url()));
    await page.evaluate(
      ([b, c]) => {
        const el = document.querySelector("goalpost-comments")!;
        el.setAttribute("thread", b!);
        el.setAttribute("sort", "newest");
        el.setAttribute("thread", c!);
      },
      [keys[1], keys[2]],
    );
    await expect.poll(() => bodies(page)).toEqual([`On ${keys[2]}`]);
    expect(embeds(h)).toHaveLength(2);
    expect(embeds(h)[1]).toContain(`thread=${encodeURIComponent(keys[2]!)}`);
    expect(embeds(h)[1]).toContain("sort=newest");
    // A change while the request is in flight aborts it: only the last thread is shown.
    await page.evaluate(
      ([a, b]) => {
        const el = document.querySelector("goalpost-comments")!;
        el.setAttribute("thread", a!);
        setTimeout(() => el.setAttribute("thread", b!), 0);
      },
      [keys[0], keys[1]],
    );
    await expect.poll(() => bodies(page)).toEqual([`On ${keys[1]}`]);
    await page.waitForLoadState("networkidle");
    expect((await bodies(page)).map((b) => b.trim())).toEqual([`On ${keys[1]}`]);
    // Removed and put back later: it paints again.
    await page.evaluate(() => {
      const el = document.querySelector("goalpost-comments")!;
      el.remove();
      (window as unknown as { kept: Element }).kept = el;
    });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    await page.evaluate((c) => {
      const el = (window as unknown as { kept: Element }).kept;
      el.setAttribute("thread", c);
      document.body.append(el);
    }, keys[2]!);
    await expect.poll(() => bodies(page)).toEqual([`On ${keys[2]}`]);
    expect(await violations(page)).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});

/** Two articles in React; the comments element gets the article's path as its thread. */
const REACT_APP = (keys: string[]) => `
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
const articles = ${JSON.stringify(keys)};
function App() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const back = () => setPath(location.pathname);
    addEventListener("popstate", back);
    return () => removeEventListener("popstate", back);
  }, []);
  const go = (to) => (e) => { e.preventDefault(); history.pushState(null, "", to); setPath(to); };
  return (
    <>
      <nav>{articles.map((a, i) => <a key={a} id={"l" + i} href={a} onClick={go(a)}>{a}</a>)}</nav>
      <article><h1>{path}</h1></article>
      <goalpost-comments thread={path}></goalpost-comments>
    </>
  );
}
createRoot(document.getElementById("root")).render(<App />);
`;

describe("React", () => {
  it("navigates between two articles showing each one's comments with one request per switch", async () => {
    const keys = (await threads("react")).slice(0, 2);
    const bundle = await build({
      stdin: { contents: REACT_APP(keys), loader: "jsx", resolveDir: join(import.meta.dirname, "../..") },
      bundle: true,
      minify: true,
      write: false,
      jsx: "automatic",
      format: "iife",
      define: { "process.env.NODE_ENV": '"production"' },
    });
    const h = await host(keys[0]!, TT_CSP.replace(`script-src ${api}`, `script-src ${api} 'self'`), {
      "/app.js": ["text/javascript", bundle.outputFiles[0]!.text],
      "*": [
        "text/html",
        html(
          `<div id="root"></div><script src="${api}/widget.js" data-api="${api}"></script><script src="/app.js"></script>`,
        ),
      ],
    });
    const { page } = h;
    await expect.poll(() => bodies(page)).toEqual([`On ${keys[0]}`]);
    const settled = await listeners(page);
    for (const [step, i] of [1, 0, 1].entries()) {
      await page.click(`#l${i}`);
      await expect.poll(() => bodies(page)).toEqual([`On ${keys[i]!}`]);
      await page.waitForLoadState("networkidle");
      expect(embeds(h)).toHaveLength(step + 2);
      expect(await listeners(page, settled)).toEqual(settled);
    }
    expect(await violations(page)).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
