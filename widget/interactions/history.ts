// Single-page apps change the page's path with history.pushState/replaceState, which fire
// no event. When an element takes its thread from the page (no thread attribute), the two
// methods are wrapped once per page to dispatch "goalpost-navigate" on window after the
// change; the element re-reads its thread then and on popstate. Wrapped from this chunk,
// after first paint: the event it dispatches once wrapped makes the elements re-read the
// path, in case the app moved before the chunk arrived.
import { NAVIGATE } from "../navigation";

const WRAPPED = Symbol.for("goalpost.history");

/** Wraps pushState and replaceState, once per page (whichever copy of the script comes first). */
export function watchHistory() {
  const target = history as History & { [WRAPPED]?: true };
  if (target[WRAPPED]) return;
  target[WRAPPED] = true;
  for (const name of ["pushState", "replaceState"] as const) {
    const original = target[name];
    target[name] = function (this: History, ...args: Parameters<History["pushState"]>) {
      original.apply(this, args);
      dispatchEvent(new Event(NAVIGATE));
    };
  }
  dispatchEvent(new Event(NAVIGATE));
}
