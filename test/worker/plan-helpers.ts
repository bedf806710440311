import { env } from "cloudflare:test";

// EXPLAIN QUERY PLAN of the statements a builder prepares, on the test pool's real local D1.
// SQLite plans without table statistics (D1 keeps none unless ANALYZE runs), so the plan on
// this small database is the plan a large site gets.

export type Captured = { sql: string; binds: unknown[] };

/**
 * A stand-in for D1 that records what a statement builder prepares and binds. `first()`
 * answers `row` (for builders that read one row before their batch); `all()` and `batch()`
 * answer empty results.
 */
export const recorder = (row: Record<string, unknown> | null = null) => {
  const captured: Captured[] = [];
  const empty = { results: [], meta: { changes: 0 } };
  const db = {
    prepare: (sql: string) => {
      const statement = {
        bind: (...binds: unknown[]) => {
          captured.push({ sql, binds });
          return statement;
        },
        first: async () => row,
        all: async () => empty,
        run: async () => empty,
      };
      return statement;
    },
    batch: async (statements: unknown[]) => statements.map(() => empty),
  } as unknown as D1Database;
  return { db, captured };
};

/** The plan of one captured statement, one line per step. */
export async function planOf({ sql, binds }: Captured): Promise<string> {
  const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...binds)
    .all<{ detail: string }>();
  return plan.results.map((row) => row.detail).join("\n");
}

/** The captured statement whose SQL contains `fragment` (exactly one). */
export function statementWith(captured: readonly Captured[], fragment: string): Captured {
  const found = captured.filter((statement) => statement.sql.includes(fragment));
  if (found.length !== 1) throw new Error(`${found.length} captured statements contain ${fragment}`);
  return found[0]!;
}

// The tables that grow with the site, under the aliases the statements give them.
const BIG = [
  "comments",
  "votes",
  "subscriptions",
  "donations",
  "payments",
  "payment_events",
  "payment_refunds",
  "campaigns",
  "spam_features",
  "notification_deliveries",
  "notify_rate",
  "notify_addresses",
  "mailbox_authors",
  "comment_rate",
  ...["c", "r", "q", "k", "p", "ch", "rt", "s", "d", "f", "na", "ma", "b"],
];

/** Plan lines that walk a big table (a SCAN that is not of a JSON argument), or the site's comments by status and date. */
export const siteWide = (plan: string) =>
  plan
    .split("\n")
    .filter(
      (line) =>
        line.includes("comments_status_created") ||
        BIG.some((table) => new RegExp(`\\bSCAN ${table}\\b(?! VIRTUAL TABLE)`).test(line)),
    );
