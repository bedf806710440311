import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

type Counter = { db: D1Database; queries: number };

const counters = new WeakMap<object, Counter>();

/** Makes a statement count one query per run (`first`/`all`/`run`/`raw`); `bind` keeps counting. */
function counted(statement: D1PreparedStatement, counter: Counter): D1PreparedStatement {
  const original = {
    bind: statement.bind.bind(statement),
    first: statement.first.bind(statement),
    all: statement.all.bind(statement),
    run: statement.run.bind(statement),
    raw: statement.raw.bind(statement),
  };
  // Patching the instance (not wrapping it) keeps it a real statement that `batch` accepts.
  return Object.assign(statement, {
    bind: (...values: unknown[]) => counted(original.bind(...values), counter),
    first: (...args: [never]) => (counter.queries++, original.first(...args)),
    all: () => (counter.queries++, original.all()),
    run: () => (counter.queries++, original.run()),
    raw: (...args: [never]) => (counter.queries++, original.raw(...args)),
  }) as D1PreparedStatement;
}

function countingDb(db: D1Database): Counter {
  const counter: Counter = { db, queries: 0 };
  counter.db = new Proxy(db, {
    get(target, property) {
      if (property === "prepare") return (sql: string) => counted(target.prepare(sql), counter);
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) => {
          counter.queries += statements.length;
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return counter;
}

/** The request's D1 binding, wrapped so every statement it runs is counted. */
export function database(c: Context<AppEnv>): D1Database {
  let counter = counters.get(c);
  if (!counter) {
    counter = countingDb(c.env.DB);
    counters.set(c, counter);
  }
  return counter.db;
}

/** Answers `X-D1-Queries`: how many statements this request ran through `database(c)`. */
export const queryCount: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set("X-D1-Queries", String(counters.get(c)?.queries ?? 0));
};
