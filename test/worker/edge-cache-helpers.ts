import { afterEach, beforeEach, vi } from "vitest";
import { admin } from "./helpers";

export const BASE = "http://goalpost.test";

/** Records a donation through the admin API (a write that moves its campaign's version). */
export const donate = (slug: string, amount: number) =>
  admin("POST", `/api/v1/admin/campaigns/${slug}/donations`, { body: { amount } });

/**
 * Entries live in TTL windows of the request clock (30 s by default). Reads that expect a
 * HIT run on a stopped clock mid-window, so a window boundary can never fall between them.
 * Call at a file's top level; a test may still move the clock itself.
 */
export function stopClockMidWindow() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.parse("2026-03-01T12:00:10Z"));
  });
  afterEach(() => vi.useRealTimers());
}
