// The second file, /widget-inline.js: inline feedback, author questions, comment counts
// and the floating bubble. Only pages that use one of them load it, so every other page's
// first paint stays within budget. It announces itself with a "goalpost-extras" event
// whose detail is `Extras`; this bundle and that one share types only.

import { INLINE_PATH } from "./asset-urls";
import { defaults } from "./config";
import { h } from "./dom";
import type { CommentsHost } from "./host";
import { setScriptSrc } from "./trusted";

export type Extras = {
  /** Page-wide parts (counts), with the loader tag's data-* settings. */
  init(config: Record<string, string>): void;
  /** Inline feedback, questions and bubble for one rendered comments element. */
  attach(el: CommentsHost): void;
};

/** Elements that need the second file on any page. */
export const USES = "goalpost-count,[data-goalpost-count],[data-goalpost-inline],[data-goalpost-question]";

let extras: Promise<Extras> | undefined;

/** Loads the second file from `base` once per page. */
export function loadExtras(base: string): Promise<Extras> {
  extras ??= new Promise<Extras>((resolve) => {
    addEventListener("goalpost-extras", (e) => resolve((e as CustomEvent<Extras>).detail), { once: true });
    const script = h("script");
    setScriptSrc(script, base + INLINE_PATH);
    document.head.append(script);
  }).then((x) => {
    x.init(defaults);
    return x;
  });
  return extras;
}
