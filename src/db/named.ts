// D1 takes numbered binds (`?NNN`) only. A statement assembled from fragments in several
// files (a rate-limit condition, a status CASE) would need their numbers kept in step by
// hand; instead the fragments name their binds (`:ipHash`) and `named` numbers them here.

/** A `:name` placeholder, or a quoted SQL string or identifier (whose text is left alone). */
const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|:([A-Za-z_][A-Za-z0-9_]*)/g;

/** SQL with D1's numbered binds and the values in their order, ready for `prepare(sql).bind(...values)`. */
export type Numbered = { sql: string; values: unknown[] };

/**
 * Rewrites each `:name` in `sql` to `?N` (one number per distinct name, in order of first
 * use) and lists `binds[name]` in that order. A name the SQL uses without a value, or a value
 * the SQL never uses, throws: both are mistakes a test run catches at once.
 */
export function named<Name extends string>(sql: string, binds: Record<Name, unknown>): Numbered {
  const positions = new Map<string, number>();
  const values: unknown[] = [];
  const rewritten = sql.replace(TOKEN, (token, name: string | undefined) => {
    if (name === undefined) return token;
    let position = positions.get(name);
    if (position === undefined) {
      if (!Object.hasOwn(binds, name)) throw new Error(`named: no value for :${name}`);
      values.push((binds as Record<string, unknown>)[name]);
      position = values.length;
      positions.set(name, position);
    }
    return `?${position}`;
  });
  const unused = Object.keys(binds).filter((name) => !positions.has(name));
  if (unused.length > 0) throw new Error(`named: unused value for :${unused.join(", :")}`);
  return { sql: rewritten, values };
}

/** Prepares a statement written with `:name` placeholders (see `named`). */
export function prepareNamed<Name extends string>(
  db: D1Database,
  sql: string,
  binds: Record<Name, unknown>,
): D1PreparedStatement {
  const { sql: numbered, values } = named(sql, binds);
  return db.prepare(numbered).bind(...values);
}
