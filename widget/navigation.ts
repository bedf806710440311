// Single-page apps change the page's path with history.pushState/replaceState, which fire
// no event. When an element takes its thread from the page (no thread attribute), the two
// methods are wrapped once per page to dispatch "goalpost-navigate" on window after the
// change; the element re-reads its thread then and on popstate.
export const NAVIGATE = "goalpost-navigate";
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
}
