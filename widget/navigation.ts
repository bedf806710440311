// Single-page apps change the page's path with history.pushState/replaceState, which fire
// no event: the interactions chunk wraps the two methods (widget/interactions/history.ts)
// to dispatch this event on window; an element without a thread attribute re-reads its
// thread on it and on popstate.
export const NAVIGATE = "goalpost-navigate";
