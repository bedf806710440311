// The widget's shadow roots and ids. The element builder is h.ts's.
import { CSS } from "./styles";

export { h, type Kid, type Props } from "./h";

let sheet: CSSStyleSheet | undefined;

/**
 * Opens the shadow root with the widget's styles. One constructed sheet is shared by
 * every element and, unlike a <style> element, is not blocked by a host page's CSP.
 */
export function shadow(host: HTMLElement): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement("style");
    style.textContent = CSS;
    root.append(style);
  }
  return root;
}

let ids = 0;
/** An id unique within the page, for label/aria wiring. */
export const uid = () => `gp${++ids}`;
