import { env } from "cloudflare:test";
import { expect } from "vitest";

/** Row counts of every table, to prove that a rejected request changed nothing. */
export async function snapshot(): Promise<Record<string, number>> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  const rows = await env.DB.batch(results.map(({ name }) => env.DB.prepare(`SELECT COUNT(*) AS n FROM "${name}"`)));
  const counts: Record<string, number> = {};
  results.forEach(({ name }, index) => {
    counts[name] = (rows[index]?.results[0] as { n: number } | undefined)?.n ?? 0;
  });
  const state = await env.DB.prepare(
    "SELECT COALESCE(MAX(updated_at), 0) AS u, COALESCE(SUM(amount), 0) AS a FROM campaigns LEFT JOIN donations ON donations.campaign_id = campaigns.id",
  ).first<{ u: number; a: number }>();
  counts["campaigns.max_updated_at"] = state?.u ?? 0;
  counts["donations.sum_amount"] = state?.a ?? 0;
  return counts;
}

/**
 * Sends a request that may be junk: it never yields a 5xx, a rejection carries the error
 * envelope, and a rejected request leaves every table as it was. Returns the answer.
 */
export async function expectRejectedCleanly<T extends { status: number; json: any }>(send: () => Promise<T>) {
  const before = await snapshot();
  const res = await send();
  expect(res.status, JSON.stringify(res.json)).toBeLessThan(500);
  if (res.status >= 400) {
    expect(typeof res.json?.error?.code).toBe("string");
    expect(typeof res.json?.error?.message).toBe("string");
    expect(await snapshot()).toEqual(before);
  }
  return res;
}
