// A D1 session that a client's bookmark cannot break. The widget sends back the bookmark of
// its last write (X-D1-Bookmark or `bookmark=`) so it reads its own write; anyone can send
// anything there. A bookmark D1 rejects (malformed, from another database, ahead of every
// replica) makes the first statement fail: the session then falls back to an unconstrained
// one (the primary for writes) and runs that statement again, so a forged bookmark costs at
// most one failed attempt and never a 500. Once a statement has succeeded the bookmark is
// proven and later errors are real ones.

type Run<T> = (session: D1DatabaseSession) => Promise<T>;

/** A statement kept as SQL and binds, prepared on whichever session runs it. */
class SessionStatement {
  constructor(
    private readonly session: FallbackSession,
    readonly sql: string,
    readonly values: unknown[] = [],
  ) {}

  bind(...values: unknown[]) {
    return new SessionStatement(this.session, this.sql, values);
  }

  on(session: D1DatabaseSession): D1PreparedStatement {
    return session.prepare(this.sql).bind(...this.values);
  }

  first<T>(column?: string) {
    return this.session.run((s) => (column === undefined ? this.on(s).first<T>() : this.on(s).first<T>(column)));
  }

  all<T>() {
    return this.session.run((s) => this.on(s).all<T>());
  }

  run<T>() {
    return this.session.run((s) => this.on(s).run<T>());
  }

  raw<T>(options?: { columnNames?: boolean }) {
    return this.session.run((s) => this.on(s).raw<T>(options as { columnNames: true }));
  }
}

export class FallbackSession {
  private current: D1DatabaseSession;
  private fallback: string | null;

  /** `fallback` is the constraint to use when `constraint` (a client's bookmark) is rejected; null when there is none to fear. */
  constructor(
    private readonly db: D1Database,
    constraint: string,
    fallback: string | null,
  ) {
    this.fallback = fallback;
    try {
      this.current = db.withSession(constraint);
    } catch {
      this.current = db.withSession(fallback ?? "first-unconstrained");
      this.fallback = null;
    }
  }

  /** Runs one operation (a statement or a batch), once more on the fallback session if the bookmark was rejected. */
  async run<T>(operation: Run<T>): Promise<T> {
    const fallback = this.fallback;
    if (fallback === null) return operation(this.current);
    try {
      const result = await operation(this.current);
      this.fallback = null;
      return result;
    } catch {
      this.current = this.db.withSession(fallback);
      this.fallback = null;
      return operation(this.current);
    }
  }

  prepare(sql: string): D1PreparedStatement {
    return new SessionStatement(this, sql) as unknown as D1PreparedStatement;
  }

  batch<T>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]> {
    const list = statements as unknown as SessionStatement[];
    return this.run((s) => s.batch<T>(list.map((statement) => statement.on(s))));
  }

  getBookmark(): string | null {
    return this.current.getBookmark();
  }
}
