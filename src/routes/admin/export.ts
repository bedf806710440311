import { createRoute, z } from "@hono/zod-openapi";
import { campaignsPage, commentsPage, donationsPage, type Page, subscriptionsPage } from "../../db/export";
import { database } from "../../db/request-session";
import { errorResponses, adminSecurity as security } from "../../schemas/common";
import { createRouter } from "../../validation";

/** Moving out: everything as JSON Lines, mounted at /api/v1/admin/export. */
export const adminExport = createRouter();

const PAGE = 200;

type Counts = { campaigns: number; donations: number; comments: number; subscriptions: number };

/**
 * The lines of an export (docs/export-format.md): a header, then campaigns, donations,
 * comments (parents before replies) and subscriptions, then an `end` line with the counts,
 * whose absence tells a reader the export was cut short.
 */
async function* exportLines(db: D1Database, now: Date): AsyncGenerator<string> {
  yield JSON.stringify({ format: "goalpost-export", version: 1, exportedAt: now.toISOString() });
  const counts: Counts = { campaigns: 0, donations: 0, comments: 0, subscriptions: 0 };
  async function* all<K>(
    name: keyof Counts,
    first: K,
    page: (db: D1Database, after: K, limit: number) => Promise<Page<K>>,
  ) {
    let after: K | null = first;
    while (after !== null) {
      const result: Page<K> = await page(db, after, PAGE);
      counts[name] += result.records.length;
      yield result.records.map((record) => JSON.stringify(record)).join("\n");
      after = result.next;
    }
  }
  yield* all("campaigns", 0, campaignsPage);
  yield* all("donations", "", donationsPage);
  yield* all("comments", "", commentsPage);
  yield* all("subscriptions", "", subscriptionsPage);
  yield JSON.stringify({ type: "end", counts });
}

adminExport.openapi(
  createRoute({
    method: "get",
    path: "/",
    tags: ["Admin: import and export"],
    summary: "Export everything as JSON Lines (streamed)",
    description:
      'A header line `{"format":"goalpost-export","version":1,"exportedAt":…}`, one line per campaign (with tiers), donation, comment (with status, pin, email and vote tallies) and subscription (without secrets), and a last line `{"type":"end","counts":{…}}`. `npm run import -- --from goalpost FILE` reads it back.',
    security,
    responses: {
      200: {
        description: "The export, one JSON object per line",
        content: { "application/x-ndjson": { schema: z.string() } },
      },
      ...errorResponses(401, 503),
    },
  }),
  async (c) => {
    const lines = exportLines(database(c), c.get("now"));
    const encoder = new TextEncoder();
    const requestId = c.get("requestId");
    // Pulled page by page: only one page of rows is in memory, however large the database.
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          // An empty page enqueues nothing, and a pull that enqueues nothing is not called again.
          for (;;) {
            const next = await lines.next();
            if (next.done) return controller.close();
            if (next.value) return controller.enqueue(encoder.encode(`${next.value}\n`));
          }
        } catch (error) {
          console.error(`[${requestId}] export failed`, error);
          controller.error(error);
        }
      },
      async cancel() {
        await lines.return(undefined);
      },
    });
    const day = c.get("now").toISOString().slice(0, 10);
    c.header("Content-Type", "application/x-ndjson; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="goalpost-export-${day}.jsonl"`);
    c.header("Cache-Control", "no-store");
    // A stream is no JSON answer the route's types know of; the OpenAPI entry above describes it.
    return c.body(body, 200) as never;
  },
);
