// The live client's loader, run when this chunk arrives: after the page has loaded and
// painted, add /widget-live.js (which opens the socket), unless the tag says data-live="off".
import type { Kit } from "../kit";

/** Loads the live client from `base` once the page is idle after load; `live` is the tag's data-live. */
export function loadLive(base: string, live: string | undefined, setScriptSrc: Kit["setScriptSrc"]) {
  if (live === "off" || !window.WebSocket) return;
  const go = () =>
    setTimeout(() => {
      if (!document.querySelector("goalpost-comments,goalpost-goal")) return;
      const script = document.createElement("script");
      try {
        // Through the goalpost policy; throws where Trusted Types forbid it (the console).
        setScriptSrc(script, `${base}/widget-live.js`);
        document.head.append(script);
      } catch {
        // No live updates on that page; its first paint is untouched.
      }
    }, 1000);
  if (document.readyState === "complete") go();
  else addEventListener("load", go, { once: true });
}
