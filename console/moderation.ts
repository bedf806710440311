// Moderation queue (placeholder until the comments API is on main).
import { h } from "./dom";
import type { Ctx } from "./shell";

export function moderation(_ctx: Ctx): HTMLElement {
  return h("section", null, h("h1", null, "Moderation"), h("p", { class: "muted" }, "Comments are not available yet."));
}

export async function waitingCount(_token: string): Promise<number | null> {
  return null;
}
