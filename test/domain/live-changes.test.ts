import { describe, expect, it } from "vitest";
import { commentChange } from "../../src/live/changes";
import { backoff } from "../../widget/live/backoff";

const seen = (status: string) => ({ id: "c_1", thread: "/t", status });

describe("commentChange", () => {
  it("shows a comment that is visible after the change", () => {
    expect(commentChange(seen("pending"), { status: "approved" })).toEqual({ type: "comment", id: "c_1" });
    expect(commentChange(seen("approved"), { status: "approved" })).toEqual({ type: "comment", id: "c_1" });
  });

  it("removes a visible comment that is held, marked spam or deleted", () => {
    for (const after of [{ status: "pending" }, { status: "spam" }, { status: "deleted" }, null]) {
      expect(commentChange(seen("approved"), after)).toEqual({
        type: "removed",
        comments: [{ id: "c_1", thread: "/t" }],
      });
    }
    expect(commentChange(seen("approved"), null, true)).toEqual({
      type: "removed",
      comments: [{ id: "c_1", thread: "/t", hard: true }],
    });
  });

  it("says nothing about a comment readers never saw", () => {
    for (const before of ["pending", "spam", "deleted"]) {
      for (const after of [{ status: "pending" }, { status: "spam" }, null]) {
        expect(commentChange(seen(before), after)).toBeNull();
      }
    }
  });
});

describe("backoff", () => {
  it("doubles from 1 s, capped at 60 s, with ±50 % jitter", () => {
    expect([0, 1, 2, 3].map((n) => backoff(n, 0.5))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoff(20, 0.5)).toBe(60_000);
    expect(backoff(0, 0)).toBe(500);
    expect(backoff(0, 0.999)).toBe(1499);
  });
});
