// The widget's shadow roots and ids. The element builder is h.ts's.
import { CSS } from "./styles";

export { h, type Kid, type Props } from "./h";

let sheet: CSSStyleSheet | undefined;

/**
 * Opens the shadow root with the widget's styles. One constructed sheet is shared by
 * every element and, unlike a <style> element, is not blocked by a host page's CSP. No
 * <style> fallback: every browser that runs the first paint (AbortSignal.any, api.ts) has
 * constructable stylesheets.
 */
export function shadow(host: HTMLElement): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  root.adoptedStyleSheets = [sheet];
  return root;
}

let ids = 0;
/** An id unique within the page, for label/aria wiring. */
export const uid = () => `gp${++ids}`;
