// <goalpost-comments thread="key">: header, form, sort tabs, the threaded feed and
// "Load more comments". Sorting and paging come with the interactions chunk
// (widget/interactions/list.ts).
import { sso } from "./api";
import { renderComment } from "./comment";
import { attr, pageThread, warn } from "./config";
import { h } from "./dom";
import { loadExtras, USES } from "./extras";
import { commentForm } from "./form";
import type { CommentsHost } from "./host";
import type { Key } from "./i18n";
import { KIT } from "./kit";
import { hook, later } from "./later";
import { NAVIGATE } from "./navigation";
import { Part } from "./part";
import { SORTS } from "./sorts";
import type { Anchor, AnchorCount, Comment, CommentPage, Sort } from "./types";

export class CommentsElement extends Part implements CommentsHost {
  protected _failKey: Key = "offline";
  thread = "";
  /** Replies container of each rendered comment, by id. */
  containers = new Map<string, HTMLElement>();
  /** The first file's functions the interactions chunk uses (widget/kit.ts). */
  readonly kit = KIT;
  sort: Sort = "oldest";
  limit = 20;
  total = 0;
  /** The thread's passages with comments (from the embed), for the second file. */
  anchors: AnchorCount[] = [];
  /** The passage the top-level form is about, set by the second file. */
  declare quote?: Anchor | undefined;
  /** Shows a comment this reader just posted (or the live client reveals) and announces it; set by the chunk. */
  declare added: (c: Comment) => void;
  /** Turnstile's site key (from the embed) when posting needs a challenge. */
  declare siteKey?: string | null | undefined;
  cursor: string | null = null;
  private _heading = h("h2", { part: "count", id: "h" });
  private _empty = h("p", { class: "mu" });
  feed = h("div", { part: "list" });
  more = h("button", { class: "btn more", type: "button", part: "more" });
  /** The polite announcements of sorting, paging and posting; added by the chunk (wireList). */
  declare live: HTMLElement;
  tabs: HTMLButtonElement[] = [];

  static observedAttributes = ["thread", "sort", "limit", "locale", "api", "theme"];
  private _navigated = () => this._recheck();

  protected _settings() {
    const own = ["sort", "limit", "locale", "api"].map((name) => attr(this, name));
    return [attr(this, "thread") || pageThread(), ...own].join("\n");
  }

  /** Without a thread attribute the thread is the page's path: follow the app's navigation. */
  protected _listen(on: boolean) {
    // The chunk wraps history.pushState/replaceState (widget/interactions/history.ts).
    if (on && !attr(this, "thread")) later((x) => x.watch());
    for (const type of ["popstate", NAVIGATE]) {
      if (on) addEventListener(type, this._navigated);
      else removeEventListener(type, this._navigated);
    }
  }

  protected _start() {
    this.sort = "oldest";
    this.limit = 20;
    this.thread = attr(this, "thread") || pageThread();
    const identity = attr(this, "sso");
    if (identity) sso[this.api] = identity;
    const sort = attr(this, "sort");
    if (sort && SORTS.includes(sort as Sort)) this.sort = sort as Sort;
    else if (sort) warn(`bad sort "${sort}"`);
    const limit = Number(attr(this, "limit") ?? 20);
    if (limit >= 1 && limit <= 100) this.limit = Math.floor(limit);
    else warn("limit must be 1–100");
    if (this.thread.length > 512) {
      warn("thread over 512 chars");
      return this._quiet();
    }
    const key = `${new URLSearchParams({ thread: this.thread, sort: this.sort, limit: `${this.limit}` })}`;
    this._paint(key, ({ comments, anchors, turnstile }) => {
      if (!comments) return this._quiet();
      this.anchors = anchors ?? [];
      this.siteKey = turnstile;
      this.render(comments);
      const on = (name: string) => attr(this, name) === "on";
      if (on("inline") || on("bubble") || document.querySelector(USES))
        loadExtras(this.api).then((x) => x.attach(this));
    });
  }

  private render(page: CommentPage) {
    const t = this.fmt.t;
    this.more.textContent = t("more");
    const form = commentForm(this, null);
    this.tabs = SORTS.map((sort) => h("button", { type: "button" }, t(sort)));
    this.root.replaceChildren(
      h(
        "section",
        { part: "comments", "aria-labelledby": "h" },
        this._heading,
        form,
        h("div", { class: "tabs", role: "group", "aria-label": t("sortBy"), part: "tabs" }, ...this.tabs),
        this._empty,
        this.feed,
        this.more,
      ),
    );
    this.show(page, false);
    later((x) => {
      x.list(this);
      x.form(this, form, null);
    });
    hook(this);
  }

  /** The list is a named feed while it holds comments (an empty feed is invalid ARIA). */
  markFeed() {
    const feed = this.feed;
    if (!feed.firstElementChild) {
      feed.removeAttribute("role");
      feed.removeAttribute("aria-labelledby");
      return;
    }
    feed.setAttribute("role", "feed");
    feed.setAttribute("aria-labelledby", "h");
  }

  /** Shows the first page in the current sort, or (`append`) the next page. */
  show(page: CommentPage, append: boolean) {
    if (!append) {
      this.feed.replaceChildren();
      this.containers.clear();
    }
    for (const c of page.comments) this.feed.append(renderComment(this, c)[0]);
    this.markFeed();
    this.cursor = page.nextCursor;
    this.more.hidden = !page.nextCursor;
    this.tabs.forEach((tab, i) => {
      tab.setAttribute("aria-pressed", String(SORTS[i] === this.sort));
    });
    this.count(page.total);
  }

  /** Sets the heading's count (also called by the live client). */
  count(total: number) {
    this.total = total;
    this._heading.textContent = this.fmt.count("comments", total);
    this._empty.textContent = total ? "" : this.fmt.t("empty");
    this._empty.hidden = !!total;
  }
}
