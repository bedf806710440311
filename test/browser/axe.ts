// axe-core (the engine behind most accessibility checkers) run on the widget's elements,
// shadow roots included, for the WCAG 2.1 A and AA rules.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe's violations inside `hosts` as "rule: targets" lines (none means clean). */
export async function axeViolations(page: Page, hosts = ["goalpost-goal", "goalpost-comments"]): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the host page's CSP does not refuse it.
  await page.evaluate(source);
  return page.evaluate(async (selectors) => {
    type Result = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const present = selectors.filter((selector) => document.querySelector(selector));
    const result = await axe.run(
      { include: present.map((selector) => [selector]) },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } },
    );
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => JSON.stringify(node.target)).join(", ")}`);
  }, hosts);
}
