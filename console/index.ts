// The owner's console at /admin.
//
// Framework-free on purpose: the console is a handful of forms and lists, and plain DOM
// with a 20-line `h()` builder (dom.ts) keeps the bundle tiny, makes "user text only via
// textContent" visible at every call site, and leaves typed-in form state in the inputs
// themselves, where a re-rendering library would fight the caret and focus. It is the
// same model as the widget, whose goal element the live preview reuses (preview.ts).
// A strict CSP (no inline script or style, Trusted Types) is served with the page.
import { whenUnauthorized } from "./api";
import { h } from "./dom";
import { clearToken, readToken } from "./session";
import { type App, start } from "./shell";
import { signIn } from "./signin";

const root = document.getElementById("app") ?? document.body.appendChild(h("div", { id: "app" }));
let app: App | null = null;

function signedOut(notice?: string) {
  app?.stop();
  app = null;
  clearToken();
  signIn(root, signedIn, notice);
}

function signedIn(token: string) {
  app = start(root, token, () => signedOut());
}

// A token that stops working mid-session (the secret was rotated) signs the owner out.
whenUnauthorized(() => {
  if (app) signedOut("Your session ended: the Worker no longer accepts this token. Sign in again.");
});

const token = readToken();
if (token) signedIn(token);
else signedOut();
