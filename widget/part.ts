// What both elements share: shadow root, theme, locale and its strings, API origin, the
// first-paint request and the quiet one-line failure message. The elements follow their
// attributes: a change re-renders with one request (changes made in one task are batched
// in a microtask), the old settings' requests are aborted and everything tied to
// `signal` (timers, the second file's listeners) is released.
import { embed } from "./api";
import { attr, httpUrl, pickLocale, theme, warn } from "./config";
import { h, shadow } from "./dom";
import { Fmt } from "./format";
import { type Key, pack } from "./i18n";
import { load } from "./later";
import type { Embed } from "./types";

export abstract class Part extends HTMLElement {
  root!: ShadowRoot;
  fmt!: Fmt;
  api!: string;
  /** Aborted when what this element shows is replaced or it leaves the page. */
  signal: AbortSignal = AbortSignal.abort();
  /** Settles (never rejects) once `fmt` has the page language's strings. */
  private strings!: Promise<unknown>;
  private ctrl?: AbortController;
  /** The settings of the last start, and whether that start painted. */
  private shown: string | null = null;
  private painted = false;
  private queued = false;
  /** The dir this element last set from its language; any other dir on it is the site's. */
  private langDir?: string;

  /** Everything (but the theme) that decides what the element shows. */
  protected abstract settings(): string;
  protected abstract start(): void;
  protected abstract failKey: Key;

  connectedCallback() {
    this.root = shadow(this);
    this.listen(true);
    // Moving an element (out and back in within one task) keeps what it shows.
    if (!(this.painted && this.shown === this.settings())) this.restart();
  }

  disconnectedCallback() {
    this.listen(false);
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.ctrl?.abort();
      this.painted = false;
    });
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (old === value || !this.root) return;
    if (name.endsWith("theme")) this.applyTheme();
    else this.recheck();
  }

  /** Window listeners of the element, added while it is on the page. */
  protected listen(_on: boolean) {}

  /** Re-renders (once per task) if the settings changed. */
  protected recheck() {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (this.isConnected && this.settings() !== this.shown) this.restart();
    });
  }

  private applyTheme() {
    this.setAttribute("theme", theme(attr(this, "theme")));
  }

  private restart() {
    this.ctrl?.abort();
    this.ctrl = new AbortController();
    this.signal = this.ctrl.signal;
    this.shown = this.settings();
    if (this.painted) this.root.replaceChildren();
    this.painted = false;
    this.applyTheme();
    const locale = pickLocale(attr(this, "locale"));
    this.fmt = new Fmt(locale);
    // The language's direction mirrors the layout (logical CSS properties in styles.ts);
    // English (also the fallback of languages without strings) follows the page. A dir the
    // site set on the element wins.
    const { lang } = this.fmt;
    const own = this.getAttribute("dir");
    if (own === null || own === this.langDir) {
      this.langDir = /ar|fa|he/.test(lang) ? "rtl" : lang === "en" ? "" : "ltr";
      this.dir = this.langDir;
    }
    const api = attr(this, "api");
    const base = httpUrl(api, "data-api")?.replace(/\/+$/, "");
    if (!api) warn("no API origin (data-api)");
    if (!base) return this.quiet();
    this.api = base;
    // The language pack (not English) loads in parallel with the first-paint request.
    this.strings = pack(base, this.fmt.lang).then((table) => (this.fmt = new Fmt(locale, table)));
    this.start();
  }

  /** Fetches this part's first paint (batched with the page's other parts) and renders it. */
  protected paint(kind: "campaign" | "thread", key: string, render: (data: Embed) => void) {
    const signal = this.signal;
    Promise.all([embed(this.api, kind, key, signal), this.strings])
      .then(([data]) => {
        if (signal.aborted) return;
        render(data);
        this.painted = true;
        // After first paint, when the page is idle: the interactions chunk (widget/later.ts).
        (window.requestIdleCallback ?? setTimeout)(() => load(this.api));
      })
      // Unreachable API or a bug while rendering: one quiet line, nothing thrown at the page.
      .catch((error) =>
        this.strings.then(() => {
          if (signal.aborted) return;
          if (error?.status === undefined) warn(String(error));
          this.quiet();
        }),
      );
  }

  /** Replaces the content with one muted line. */
  quiet(key: Key = this.failKey) {
    this.root.replaceChildren(h("p", { class: "mu", part: "message", role: "status" }, this.fmt.t(key)));
  }
}
