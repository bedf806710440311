import { describe, expect, it } from "vitest";
import { moderate, posted, uniqueThread } from "./comments-helpers";
import { call, errorOf } from "./helpers";

const counts = (threads: string[]) =>
  call("GET", `/api/v1/counts?${threads.map((t) => `thread=${encodeURIComponent(t)}`).join("&")}`);

describe("GET /api/v1/counts", () => {
  it("counts visible comments, replies included, per thread in one query", async () => {
    const busy = uniqueThread();
    const quiet = uniqueThread();
    const root = await posted({ thread: busy });
    await posted({ thread: busy, parentId: root.id });
    const held = await posted({ thread: busy });
    await moderate(held.id, { status: "spam" });
    await posted({ thread: quiet });
    const res = await counts([busy, quiet]);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ counts: { [busy]: 2, [quiet]: 1 } });
    expect(res.headers.get("x-d1-queries")).toBe("1");
  });

  it("keys each count by the thread as asked, so a key not in NFC finds the NFC-normalised thread's count", async () => {
    const base = uniqueThread();
    const composed = `${base}/caf\u00e9`;
    const decomposed = `${base}/cafe\u0301`;
    await posted({ thread: decomposed });
    await posted({ thread: composed });
    expect((await counts([decomposed])).json).toEqual({ counts: { [decomposed]: 2 } });
    expect((await counts([composed, decomposed])).json).toEqual({ counts: { [composed]: 2, [decomposed]: 2 } });
  });

  it("answers 0 for an empty thread", async () => {
    const empty = uniqueThread();
    expect((await counts([empty])).json).toEqual({ counts: { [empty]: 0 } });
  });

  it("treats a thread named __proto__ as a plain key", async () => {
    expect((await counts(["__proto__"])).json.counts).toHaveProperty("__proto__", 0);
  });

  it("takes up to 100 threads and rejects 101 or none", async () => {
    const many = Array.from({ length: 100 }, (_, n) => `/many/${n}`);
    expect(Object.keys((await counts(many)).json.counts)).toHaveLength(100);
    const res = await counts([...many, "/one-more"]);
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe("validation_failed");
    expect((await call("GET", "/api/v1/counts")).status).toBe(400);
  });
});
