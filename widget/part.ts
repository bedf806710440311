// What both elements share: shadow root, theme, locale and its strings, API origin, the
// first-paint request and the quiet one-line failure message. The elements follow their
// attributes: a change re-renders with one request (changes made in one task are batched
// in a microtask), the old settings' requests are aborted and everything tied to
// `signal` (timers, the second file's listeners) is released. Members named `_x` are used by
// widget.js alone (never by the chunk, the live client or the second file): the build
// shortens their names (terser's property mangling, scripts/build-assets.mjs).
import { embed } from "./api";
import { attr, httpUrl, pickLocale, theme, warn } from "./config";
import { h, shadow } from "./dom";
import { Fmt } from "./format";
import { type Key, pack } from "./i18n";
import { load } from "./later";
import type { Embed } from "./types";

export abstract class Part extends HTMLElement {
  declare root: ShadowRoot;
  declare fmt: Fmt;
  declare api: string;
  /** Aborted when what this element shows is replaced or it leaves the page. */
  signal: AbortSignal = AbortSignal.abort();
  /** Settles (never rejects) once `fmt` has the page language's strings. */
  declare private _strings: Promise<unknown>;
  declare private _ctrl?: AbortController;
  /** The settings of the last start, and whether that start painted. */
  private _shown: string | null = null;
  private _painted = false;
  private _queued = false;
  /** The dir this element last set from its language; any other dir on it is the site's. */
  declare private _langDir?: string;

  /** Everything (but the theme) that decides what the element shows. */
  protected abstract _settings(): string;
  protected abstract _start(): void;
  protected abstract _failKey: Key;

  connectedCallback() {
    this.root = shadow(this);
    this._listen(true);
    // Moving an element (out and back in within one task) keeps what it shows.
    if (!(this._painted && this._shown === this._settings())) this._restart();
  }

  disconnectedCallback() {
    this._listen(false);
    queueMicrotask(() => {
      if (this.isConnected) return;
      this._ctrl?.abort();
      this._painted = false;
    });
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (old === value || !this.root) return;
    if (name.endsWith("theme")) this._applyTheme();
    else this._recheck();
  }

  /** Window listeners of the element, added while it is on the page. */
  protected _listen(_on: boolean) {}

  /** Re-renders (once per task) if the settings changed. */
  protected _recheck() {
    if (this._queued) return;
    this._queued = true;
    queueMicrotask(() => {
      this._queued = false;
      if (this.isConnected && this._settings() !== this._shown) this._restart();
    });
  }

  private _applyTheme() {
    this.setAttribute("theme", theme(attr(this, "theme")));
  }

  private _restart() {
    this._ctrl?.abort();
    this._ctrl = new AbortController();
    this.signal = this._ctrl.signal;
    this._shown = this._settings();
    if (this._painted) this.root.replaceChildren();
    this._painted = false;
    this._applyTheme();
    const locale = pickLocale(attr(this, "locale"));
    this.fmt = new Fmt(locale);
    // The language's direction mirrors the layout (logical CSS properties in styles.ts);
    // English (also the fallback of languages without strings) follows the page. A dir the
    // site set on the element wins.
    const { lang } = this.fmt;
    const own = this.getAttribute("dir");
    if (own === null || own === this._langDir) {
      this._langDir = /ar|fa|he/.test(lang) ? "rtl" : lang === "en" ? "" : "ltr";
      this.dir = this._langDir;
    }
    const api = attr(this, "api");
    const base = httpUrl(api, "data-api")?.replace(/\/+$/, "");
    if (!api) warn("no API origin (data-api)");
    if (!base) return this._quiet();
    this.api = base;
    // The language pack (not English) loads in parallel with the first-paint request.
    this._strings = pack(base, this.fmt.lang).then((table) => (this.fmt = new Fmt(locale, table)));
    this._start();
  }

  /** Fetches this part's first paint (batched with the page's other parts) and renders it. */
  protected _paint(key: string, render: (data: Embed) => void) {
    const signal = this.signal;
    Promise.all([embed(this.api, key, signal), this._strings])
      .then(([data]) => {
        if (signal.aborted) return;
        render(data);
        this._painted = true;
        // After first paint, when the page is idle: the interactions chunk (widget/later.ts).
        (window.requestIdleCallback ?? setTimeout)(() => load(this.api));
      })
      // Unreachable API or a bug while rendering: one quiet line, nothing thrown at the page.
      .catch((error) =>
        this._strings.then(() => {
          if (signal.aborted) return;
          if (error?.status === undefined) warn(String(error));
          this._quiet();
        }),
      );
  }

  /** Replaces the content with one muted line. */
  _quiet(key: Key = this._failKey) {
    this.root.replaceChildren(h("p", { class: "mu", part: "message", role: "status" }, this.fmt.t(key)));
  }
}
