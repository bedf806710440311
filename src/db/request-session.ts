// The request's D1 session (bookmark-aware, see fallback-session.ts), wrapped so every statement it runs is
// counted for the X-D1-Queries / X-D1-Round-Trips / X-D1-Rows-Read headers.
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { FallbackSession } from "./fallback-session";

/** Statements run, round trips to D1 (a `batch` of several statements is one) and rows D1 read for them. */
type Counter = { db: D1Database; queries: number; roundTrips: number; rowsRead: number };

/** Adds the rows D1 says it read for these results (`meta.rows_read`). */
const readRows = <T extends D1Result | D1Result[]>(counter: Counter, results: T): T => {
  for (const result of Array.isArray(results) ? results : [results]) counter.rowsRead += result.meta?.rows_read ?? 0;
  return results;
};

/**
 * Makes a statement count one query and one round trip per run (`first`/`all`/`run`/`raw`)
 * and the rows it read; `bind` keeps counting. `first()` (never called with a column here)
 * runs as `all()`, which is what D1 does too, so its rows read are known.
 */
function counted(statement: D1PreparedStatement, counter: Counter): D1PreparedStatement {
  const original = {
    bind: statement.bind.bind(statement),
    all: statement.all.bind(statement),
    run: statement.run.bind(statement),
    raw: statement.raw.bind(statement),
  };
  const count = <T>(send: () => T): T => {
    counter.queries++;
    counter.roundTrips++;
    return send();
  };
  // Patching the instance (not wrapping it) keeps it a real statement that `batch` accepts.
  return Object.assign(statement, {
    bind: (...values: unknown[]) => counted(original.bind(...values), counter),
    first: () => count(() => original.all().then((result) => readRows(counter, result).results[0] ?? null)),
    all: () => count(() => original.all().then((result) => readRows(counter, result))),
    run: () => count(() => original.run().then((result) => readRows(counter, result))),
    raw: (...args: [never]) => count(() => original.raw(...args)),
  }) as D1PreparedStatement;
}

function countingDb(db: D1Database): Counter {
  const counter: Counter = { db, queries: 0, roundTrips: 0, rowsRead: 0 };
  counter.db = new Proxy(db, {
    get(target, property) {
      if (property === "prepare") return (sql: string) => counted(target.prepare(sql), counter);
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) => {
          counter.queries += statements.length;
          counter.roundTrips++;
          return target.batch(statements).then((results) => readRows(counter, results));
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return counter;
}

/** A D1 bookmark as a client may send it back (header or query). */
export const BOOKMARK = /^[0-9a-z][0-9a-z-]{0,255}$/i;

/**
 * Where this request's reads may go (D1 Sessions API): after the client's own bookmark,
 * so a writer reads its writes even on a replica; otherwise any replica for reads and
 * the primary for writes. A bookmark D1 rejects falls back to the latter (src/db/fallback-session.ts).
 */
function sessionOf(c: Context<AppEnv>): FallbackSession {
  // Reads carry it in the query (`bookmark=`), which spares the widget a CORS preflight.
  const bookmark = c.req.header("x-d1-bookmark") ?? c.req.query("bookmark");
  const plain = c.req.method === "GET" || c.req.method === "HEAD" ? "first-unconstrained" : "first-primary";
  // The session constraints D1 names are ours to choose, never the client's.
  const client = bookmark && BOOKMARK.test(bookmark) && !bookmark.startsWith("first-") ? bookmark : null;
  return client ? new FallbackSession(c.env.DB, client, plain) : new FallbackSession(c.env.DB, plain, null);
}

type Session = { session: FallbackSession; counter: Counter };
const sessions = new WeakMap<object, Session>();

function entryOf(c: Context<AppEnv>): Session {
  let entry = sessions.get(c);
  if (!entry) {
    const session = sessionOf(c);
    // A session has prepare/batch like the binding; the SQL layer takes it as one.
    entry = { session, counter: countingDb(session as unknown as D1Database) };
    sessions.set(c, entry);
  }
  return entry;
}

/** The request's database: a D1 session, wrapped so every statement it runs is counted. */
export function database(c: Context<AppEnv>): D1Database {
  return entryOf(c).counter.db;
}

/**
 * Answers `X-D1-Queries` (statements this request ran), `X-D1-Round-Trips` (a batch is
 * one), `X-D1-Rows-Read` (rows D1 read for them: what a statement costs) and `X-D1-Bookmark` (the session's
 * position, which the widget sends back so its next read sees its own write).
 */
export const d1Session: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const entry = sessions.get(c);
  // A comment answered 202 may be held, judged spam or blocked: the author must learn nothing
  // (API.md "Spam"), and what each of those reads would tell them apart.
  if (!(c.res.status === 202 && c.req.method === "POST" && c.req.path === "/api/v1/comments")) {
    c.res.headers.set("X-D1-Queries", String(entry?.counter.queries ?? 0));
    c.res.headers.set("X-D1-Round-Trips", String(entry?.counter.roundTrips ?? 0));
    c.res.headers.set("X-D1-Rows-Read", String(entry?.counter.rowsRead ?? 0));
  }
  const bookmark = entry?.session.getBookmark();
  if (bookmark) c.res.headers.set("X-D1-Bookmark", bookmark);
};
