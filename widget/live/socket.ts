// One live socket with the manners of a guest: it connects only while the page is visible,
// reconnects after a drop with exponential backoff and jitter, and gives up quietly for the
// rest of the page view when WebSockets do not work here (never opened three times in a
// row), so a page behind a proxy that blocks them costs nothing.

import { backoff } from "./backoff";

const GIVE_UP_AFTER = 3;

const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

/** `onOpen(again)`: `again` is true when the socket opens after an earlier one closed (a hidden tab, a drop). */
export function liveSocket(
  url: string,
  onMessage: (data: unknown) => void,
  onOpen: (again: boolean) => void = () => {},
) {
  let ws: WebSocket | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let attempt = 0;
  let stopped = false;
  let opens = 0;

  const visible = () => document.visibilityState === "visible";

  function open() {
    clearTimeout(timer);
    if (stopped || ws || !visible()) return;
    let opened = false;
    const socket = new WebSocket(url);
    ws = socket;
    socket.onopen = () => {
      opened = true;
      failures = 0;
      attempt = 0;
      onOpen(opens++ > 0);
    };
    socket.onmessage = (event) => {
      if (typeof event.data !== "string" || event.data === "pong") return;
      try {
        onMessage(JSON.parse(event.data));
      } catch {
        // A message this version does not understand is skipped.
      }
    };
    socket.onclose = () => {
      if (ws === socket) ws = null;
      if (stopped || !visible()) return;
      if (!opened && ++failures >= GIVE_UP_AFTER) {
        stopped = true; // WebSockets do not work here: no polling, no retry storm.
        return;
      }
      timer = setTimeout(open, backoff(attempt++));
    };
  }

  function close() {
    clearTimeout(timer);
    const socket = ws;
    ws = null;
    socket?.close(1000, "hidden");
  }

  // A Content-Security-Policy without the socket's origin in connect-src: stop at once.
  document.addEventListener("securitypolicyviolation", (event) => {
    if (sameOrigin(event.blockedURI, url)) stopped = true;
  });
  // A hidden tab holds no socket; coming back opens one again.
  document.addEventListener("visibilitychange", () => (visible() ? open() : close()));
  open();
  return { close };
}
