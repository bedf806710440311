// Cloudflare Turnstile, only when the server asks for it (the embed's `turnstile` site key).
// Its script loads the first time someone focuses a form, never on pages nobody writes on.
// The challenge renders into the host page's light DOM and is slotted into the form: its
// iframe does not work inside Shadow DOM.
import type { CommentsElement } from "../comments";
import { TURNSTILE_SRC } from "../trusted";

type Turnstile = {
  render(el: HTMLElement, options: { sitekey: string }): string;
  getResponse(id: string): string | undefined;
  reset(id: string): void;
};

let script: Promise<Turnstile> | undefined;
let count = 0;

const load = (setScriptSrc: CommentsElement["kit"]["setScriptSrc"]) =>
  (script ??= new Promise((resolve, reject) => {
    const tag = document.createElement("script");
    setScriptSrc(tag, TURNSTILE_SRC);
    tag.async = true;
    tag.onload = () => resolve((window as unknown as { turnstile: Turnstile }).turnstile);
    tag.onerror = reject;
    document.head.append(tag);
  }));

/** Adds the challenge to `form` when `siteKey` is set; `take()` gives its token and starts a new one. */
export function challenge(host: CommentsElement, siteKey: string | null | undefined, form: HTMLFormElement) {
  if (!siteKey) return () => undefined;
  const name = `gp-challenge-${count++}`;
  const box = document.createElement("div");
  box.slot = name;
  host.append(box);
  const slot = document.createElement("slot");
  slot.name = name;
  form.lastElementChild?.before(slot);
  let api: Turnstile | undefined;
  let id: string | undefined;
  const start = async () => {
    api = await load(host.kit.setScriptSrc);
    id ??= api.render(box, { sitekey: siteKey });
  };
  form.addEventListener("focusin", start, { once: true });
  // The focus that brought this chunk (widget/later.ts) came before the listener.
  if (form.matches(":focus-within")) start();
  return () => {
    const token = id === undefined ? undefined : api?.getResponse(id);
    if (id !== undefined) api?.reset(id);
    return token;
  };
}
