import { describe, expect, it } from "vitest";
import { PALETTE } from "../../widget/styles";

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe("widget colours", () => {
  for (const [theme, p] of Object.entries(PALETTE)) {
    it(`keep text at 4.5:1 or more in the ${theme} theme`, () => {
      const pairs: [string, string, string][] = [
        ["text", p.fg, p.bg],
        ["muted text", p.muted, p.bg],
        ["links and tabs", p.accent, p.bg],
        ["button text", p.onAccent, p.accent],
        ["errors", p.error, p.bg],
        ["amount beside a short fill", p.fg, p.track],
      ];
      for (const [what, fg, bg] of pairs) expect([what, contrast(fg, bg) >= 4.5]).toEqual([what, true]);
    });
  }
});
