import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshWorker } from "../../bench/lib.mjs";

// Transport behaviour that only shows through a real `wrangler dev` and a real socket.
let worker: { url: string; stop: () => Promise<void> };
beforeAll(async () => {
  worker = await freshWorker();
});
afterAll(() => worker?.stop());

/** A chunked body (no Content-Length) of `chunks` × 16 KiB. */
function chunked(chunks: number) {
  const piece = new TextEncoder().encode(" ".repeat(16 * 1024));
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(piece);
      else controller.close();
    },
  });
}

describe("a chunked body over 64 KiB under wrangler dev", () => {
  it("answers 413 and leaves the server answering the next request at once", async () => {
    const res = await fetch(`${worker.url}/api/v1/comments`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: chunked(5),
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    const next = await fetch(`${worker.url}/api/v1/campaigns/none`, { signal: AbortSignal.timeout(5000) });
    expect(next.status).toBe(404);
  });

  it("accepts a chunked body under the limit", async () => {
    const res = await fetch(`${worker.url}/api/v1/comments`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: new Blob([JSON.stringify({ thread: "/chunked", body: "sent in chunks" })]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(201);
  });
});
