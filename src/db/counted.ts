import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

/** Statements run, and round trips to D1 (a `batch` of several statements is one). */
type Counter = { db: D1Database; queries: number; roundTrips: number };

/** Makes a statement count one query and one round trip per run (`first`/`all`/`run`/`raw`); `bind` keeps counting. */
function counted(statement: D1PreparedStatement, counter: Counter): D1PreparedStatement {
  const original = {
    bind: statement.bind.bind(statement),
    first: statement.first.bind(statement),
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
    first: (...args: [never]) => count(() => original.first(...args)),
    all: () => count(() => original.all()),
    run: () => count(() => original.run()),
    raw: (...args: [never]) => count(() => original.raw(...args)),
  }) as D1PreparedStatement;
}

function countingDb(db: D1Database): Counter {
  const counter: Counter = { db, queries: 0, roundTrips: 0 };
  counter.db = new Proxy(db, {
    get(target, property) {
      if (property === "prepare") return (sql: string) => counted(target.prepare(sql), counter);
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) => {
          counter.queries += statements.length;
          counter.roundTrips++;
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return counter;
}

const BOOKMARK = /^[0-9a-z][0-9a-z-]{0,255}$/i;

/**
 * Where this request's reads may go (D1 Sessions API): after the client's own bookmark,
 * so a writer reads its writes even on a replica; otherwise any replica for reads and
 * the primary for writes.
 */
function sessionConstraint(c: Context<AppEnv>): string {
  // Reads carry it in the query (`bookmark=`), which spares the widget a CORS preflight.
  const bookmark = c.req.header("x-d1-bookmark") ?? c.req.query("bookmark");
  if (bookmark && BOOKMARK.test(bookmark)) return bookmark;
  return c.req.method === "GET" || c.req.method === "HEAD" ? "first-unconstrained" : "first-primary";
}

type Session = { session: D1DatabaseSession; counter: Counter };
const sessions = new WeakMap<object, Session>();

function sessionOf(c: Context<AppEnv>): Session {
  let entry = sessions.get(c);
  if (!entry) {
    const session = c.env.DB.withSession(sessionConstraint(c));
    // A session has prepare/batch like the binding; the SQL layer takes it as one.
    entry = { session, counter: countingDb(session as unknown as D1Database) };
    sessions.set(c, entry);
  }
  return entry;
}

/** The request's database: a D1 session, wrapped so every statement it runs is counted. */
export function database(c: Context<AppEnv>): D1Database {
  return sessionOf(c).counter.db;
}

/**
 * Answers `X-D1-Queries` (statements this request ran), `X-D1-Round-Trips` (a batch is
 * one) and `X-D1-Bookmark` (the session's
 * position, which the widget sends back so its next read sees its own write).
 */
export const d1Session: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const entry = sessions.get(c);
  c.res.headers.set("X-D1-Queries", String(entry?.counter.queries ?? 0));
  c.res.headers.set("X-D1-Round-Trips", String(entry?.counter.roundTrips ?? 0));
  const bookmark = entry?.session.getBookmark();
  if (bookmark) c.res.headers.set("X-D1-Bookmark", bookmark);
};
