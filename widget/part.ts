// What both elements share: shadow root, theme, locale, API origin and the quiet
// one-line failure message.
import { attr, httpUrl, pickLocale, theme, warn } from "./config";
import { h, shadow } from "./dom";
import { Fmt } from "./format";
import type { Key } from "./i18n";

export abstract class Part extends HTMLElement {
  root!: ShadowRoot;
  fmt!: Fmt;
  api!: string;
  private started = false;

  connectedCallback() {
    // Moving an element in the DOM reconnects it; it keeps what it shows.
    if (this.started) return;
    this.started = true;
    this.root = shadow(this);
    this.setAttribute("theme", theme(attr(this, "theme")));
    this.fmt = new Fmt(pickLocale(attr(this, "locale")));
    const api = attr(this, "api");
    const base = httpUrl(api, "data-api")?.replace(/\/+$/, "");
    if (!api) warn("no API origin (data-api)");
    if (!base) return this.quiet();
    this.api = base;
    try {
      this.start();
    } catch (error) {
      // Never throw into the host page.
      warn(String(error));
      this.quiet();
    }
  }

  protected abstract start(): void;
  protected abstract failKey: Key;

  /** Replaces the content with one muted line. */
  quiet(key: Key = this.failKey) {
    this.root.replaceChildren(h("p", { class: "mu", part: "message", role: "status" }, this.fmt?.t(key) ?? ""));
  }
}
