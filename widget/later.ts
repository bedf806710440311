// What a reader needs only after interacting (votes, replies, editing, sorting, paging,
// posting) is the interactions chunk (widget/interactions/), loaded from its hashed URL
// on the reader's first pointerdown, focus or key in a comments element, or once the page
// is idle after first paint. Everything it wires is already on the page with its final
// size: it only adds the handlers. A click or submit made before it arrives is held and
// replayed once it has wired the page. The chunk then loads the live client.
import { INTERACTIONS_PATH } from "./asset-urls";
import type { CommentsElement } from "./comments";
import { defaults } from "./config";
import { h } from "./dom";
import { EN } from "./i18n";
import type { Interactions } from "./interactions";
import { setScriptSrc } from "./trusted";

let chunk: Interactions | undefined;
let jobs: ((x: Interactions) => void)[] = [];
let loading = false;

/** Runs `job` with the interactions chunk: now if it is here, else in order once it arrives. */
export function later(job: (x: Interactions) => void) {
  if (chunk) job(chunk);
  else jobs.push(job);
}

/** Loads the chunk from `base`, once per page. */
export function load(base: string) {
  if (loading) return;
  loading = true;
  addEventListener(
    "goalpost-interactions",
    (e) => {
      if (chunk) return; // A listener of an earlier, failed attempt.
      chunk = (e as CustomEvent<Interactions>).detail;
      Object.assign(EN, chunk.en);
      for (const job of jobs) job(chunk);
      jobs = [];
      chunk.live(base, defaults.live, setScriptSrc);
    },
    { once: true },
  );
  const script = h("script");
  try {
    setScriptSrc(script, base + INTERACTIONS_PATH);
  } catch {
    // A URL the page's Trusted Types refuse (the console's preview base): what is drawn stays.
    return;
  }
  // Unreachable: the next interaction tries again, and held clicks wait for it.
  script.onerror = () => {
    loading = false;
    script.remove();
  };
  document.head.append(script);
}

/** Loads the chunk for `w` on its first interaction or when the page is idle; holds early clicks. */
export function hook(w: CommentsElement) {
  const early = (e: Event) => {
    if (chunk) return;
    load(w.api);
    const target = e.target as HTMLElement;
    const held = e.type === "submit" ? target : e.type === "click" && target.closest("button");
    if (!held) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    jobs.push(() => (held instanceof HTMLFormElement ? held.requestSubmit() : held.click()));
  };
  for (const type of ["pointerdown", "focusin", "keydown", "click", "submit"])
    w.root.addEventListener(type, early, { capture: true, signal: w.signal });
}
