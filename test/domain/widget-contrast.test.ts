import { describe, expect, it } from "vitest";
import { CSS } from "../../widget/styles";

/** WCAG 2 relative luminance of a #rgb or #rrggbb colour. */
function luminance(colour: string): number {
  const hex = colour.length === 4 ? colour.replace(/\w/g, "$&$&") : colour;
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

/** The default colours (--goalpost-<name>) of the rule of CSS that starts with `selector`. */
function palette(selector: string) {
  const rule = CSS.slice(CSS.indexOf(`${selector}{`)).split("}")[0]!;
  const colour = (name: string) => rule.match(new RegExp(`--goalpost-${name},(#[0-9a-f]+)\\)`))![1]!;
  return {
    fg: colour("fg"),
    bg: colour("bg"),
    muted: colour("muted"),
    accent: colour("accent"),
    onAccent: colour("on-accent"),
    error: colour("error"),
    track: colour("track"),
  };
}

describe("widget colours", () => {
  it("are the same in the dark theme whether chosen by the site or by the reader's system", () => {
    expect(palette(":host(:not([theme=light]))")).toEqual(palette(":host([theme=dark])"));
  });
  for (const [theme, p] of Object.entries({ light: palette(":host"), dark: palette(":host([theme=dark])") })) {
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
