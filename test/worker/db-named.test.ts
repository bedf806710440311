import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { named, prepareNamed } from "../../src/db/named";

describe("named", () => {
  it("numbers each distinct name once, in order of first use", () => {
    expect(named("SELECT :b, :a, :b WHERE x = :a", { a: 1, b: 2 })).toEqual({
      sql: "SELECT ?1, ?2, ?1 WHERE x = ?2",
      values: [2, 1],
    });
  });

  it("leaves quoted strings and identifiers alone", () => {
    expect(named(`SELECT ':a' || :a AS ":b", 'it''s :b'`, { a: "x" })).toEqual({
      sql: `SELECT ':a' || ?1 AS ":b", 'it''s :b'`,
      values: ["x"],
    });
  });

  it("throws when the SQL names a bind without a value", () => {
    expect(() => named("SELECT :a, :missing", { a: 1 } as Record<"a" | "missing", unknown>)).toThrow(
      "no value for :missing",
    );
  });

  it("throws when a value is never used", () => {
    expect(() => named("SELECT :a", { a: 1, extra: 2 })).toThrow("unused value for :extra");
  });

  it("binds null and repeated values the way D1 reads them", async () => {
    const row = await prepareNamed(env.DB, "SELECT :a AS a, :b AS b, :a + 1 AS c", { a: 41, b: null }).first();
    expect(row).toEqual({ a: 41, b: null, c: 42 });
  });
});
