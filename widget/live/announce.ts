// One polite live region for the page's live changes, outside the elements' shadow roots
// so re-rendering them never drops it (a region must exist before its text changes to be read).
export type Announce = (text: string) => void;

/** The region, which also says `data-goalpost-live="open"` once a socket is open (tests and curious owners read it). */

export function announcer(): Announce {
  const region = document.createElement("div");
  region.setAttribute("aria-live", "polite");
  region.setAttribute("data-goalpost-live", "");
  // Visually hidden; style properties, not a style attribute, so a strict CSP allows them.
  Object.assign(region.style, {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  });
  document.body.append(region);
  return (text) => {
    region.textContent = text;
  };
}
