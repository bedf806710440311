// What both elements share: shadow root, theme, locale and its strings, API origin, the
// first-paint request and the quiet one-line failure message.
import { embed } from "./api";
import { attr, httpUrl, pickLocale, theme, warn } from "./config";
import { h, shadow } from "./dom";
import { Fmt } from "./format";
import { type Key, pack } from "./i18n";
import type { Embed } from "./types";

export abstract class Part extends HTMLElement {
  root!: ShadowRoot;
  fmt!: Fmt;
  api!: string;
  /** Settles (never rejects) once `fmt` has the page language's strings. */
  private strings!: Promise<unknown>;
  private started = false;

  connectedCallback() {
    // Moving an element in the DOM reconnects it; it keeps what it shows.
    if (this.started) return;
    this.started = true;
    this.root = shadow(this);
    this.setAttribute("theme", theme(attr(this, "theme")));
    const locale = pickLocale(attr(this, "locale"));
    this.fmt = new Fmt(locale);
    const api = attr(this, "api");
    const base = httpUrl(api, "data-api")?.replace(/\/+$/, "");
    if (!api) warn("no API origin (data-api)");
    if (!base) return this.quiet();
    this.api = base;
    // The language pack (not English) loads in parallel with the first-paint request.
    this.strings = pack(base, this.fmt.lang).then((table) => (this.fmt = new Fmt(locale, table)));
    this.start();
  }

  protected abstract start(): void;
  protected abstract failKey: Key;

  /** Fetches this part's first paint (batched with the page's other parts) and renders it. */
  protected paint(kind: "campaign" | "thread", key: string, render: (data: Embed) => void) {
    Promise.all([embed(this.api, kind, key), this.strings])
      .then(([data]) => render(data))
      // Unreachable API or a bug while rendering: one quiet line, nothing thrown at the page.
      .catch((error) =>
        this.strings.then(() => {
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
