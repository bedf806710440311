// Attacks on the per-IP limits: rotating through the addresses of one IPv6 /64, and voting
// under many voter ids from one network. Each proves the attack fails and stores nothing.
import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { list, posted, stored, uniqueThread } from "./comments-helpers";
import { call, errorOf } from "./helpers";
import { snapshot } from "./storage";

afterEach(() => vi.useRealTimers());

const hex = () => Math.floor(Math.random() * 0xffff).toString(16);
/** A random /64 and a function giving a fresh address in it. */
function ipv6Network() {
  const prefix = `2001:db8:${hex()}:${hex()}`;
  return () => `${prefix}:${hex()}:${hex()}:${hex()}:${hex()}`;
}

describe("per-network comment limit", () => {
  it("counts every address of one IPv6 /64 as one client: the sixth comment a minute is 429 and stores nothing", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 5, 1, 12, 0, 10));
    const thread = uniqueThread();
    const address = ipv6Network();
    const send = (ip: string) =>
      call("POST", "/api/v1/comments", { body: { thread, body: "rotating" }, headers: { "CF-Connecting-IP": ip } });
    for (let n = 0; n < 5; n++) expect((await send(address())).status).toBe(201);
    const before = await snapshot();
    const limited = await send(address());
    expect(limited.status).toBe(429);
    expect(errorOf(limited).code).toBe("rate_limited");
    expect(limited.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(await snapshot()).toEqual(before);
    expect((await stored(thread)).comments).toBe(5);
    // Another /64 is another client.
    expect((await send(ipv6Network()())).status).toBe(201);
  });

  it("stores the network's hash, never an address of it", async () => {
    const thread = uniqueThread();
    const ip = "2001:db8:77:88:1:2:3:4";
    await call("POST", "/api/v1/comments", { body: { thread, body: "x" }, headers: { "CF-Connecting-IP": ip } });
    const rows = await env.DB.prepare("SELECT * FROM comments WHERE thread = ?1").bind(thread).all();
    expect(JSON.stringify(rows.results)).not.toContain("2001:db8");
  });
});

describe("per-network vote cap", () => {
  const voter = () => `voter-${crypto.randomUUID()}`;
  const vote = (id: string, who: string, value: number, ip: string) =>
    call("POST", `/api/v1/comments/${id}/votes`, { body: { voter: who, value }, headers: { "CF-Connecting-IP": ip } });

  it("counts at most 3 voter ids of one IPv4 address; the fourth is 429 and changes nothing", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    const ip = `10.200.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let n = 0; n < 3; n++) expect((await vote(id, voter(), 1, ip)).status).toBe(200);
    const before = await snapshot();
    const fourth = await vote(id, voter(), 1, ip);
    expect(fourth.status).toBe(429);
    expect(errorOf(fourth).code).toBe("rate_limited");
    expect(fourth.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(await snapshot()).toEqual(before);
    expect((await list(thread)).json.comments[0]).toMatchObject({ upvotes: 3, score: 3 });
  });

  it("caps 50 voter ids from rotating addresses of one IPv6 /64 at 3, even all at once", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    const address = ipv6Network();
    const answers = await Promise.all(Array.from({ length: 50 }, () => vote(id, voter(), 1, address())));
    expect(answers.filter((res) => res.status === 200)).toHaveLength(3);
    expect(answers.filter((res) => res.status === 429)).toHaveLength(47);
    expect((await list(thread)).json.comments[0]).toMatchObject({ upvotes: 3 });
    expect((await stored(thread)).votes).toBe(3);
  });

  it("lets a counted voter change or withdraw its vote, and other networks vote", async () => {
    const thread = uniqueThread();
    const { id } = await posted({ thread });
    const ip = "192.0.2.77";
    const voters = [voter(), voter(), voter()];
    for (const who of voters) await vote(id, who, 1, `${ip}`);
    expect((await vote(id, voters[0]!, -1, ip)).json).toMatchObject({ upvotes: 2, downvotes: 1, myVote: -1 });
    expect((await vote(id, voters[1]!, 0, ip)).json).toMatchObject({ upvotes: 1, downvotes: 1, myVote: 0 });
    // The withdrawn vote frees its place for another voter of the network.
    expect((await vote(id, voter(), 1, ip)).status).toBe(200);
    expect((await vote(id, voter(), 1, "198.51.100.200")).status).toBe(200);
  });
});
