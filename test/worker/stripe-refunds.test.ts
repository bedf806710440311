import { describe, expect, it } from "vitest";
import { admin, createCampaign } from "./helpers";
import { deliver, disputeEvent, nowSeconds, progress, refundEvent, sessionEvent, uniqueId } from "./stripe-helpers";

/** A fresh campaign and a PaymentIntent id for it. */
async function payment(amount = 2500) {
  const slug = await createCampaign();
  const pi = uniqueId("pi");
  return { slug, pi, paid: sessionEvent({ campaign: slug, pi, amount }, { created: nowSeconds() - 60 }) };
}

describe("POST /api/v1/webhooks/stripe charge.refunded", () => {
  it("reduces the donation by a partial refund, cumulatively", async () => {
    const { slug, pi, paid } = await payment(2500);
    await deliver(paid);
    const first = await deliver(refundEvent({ pi, refunded: 500 }));
    expect(first.json).toEqual({ received: true, outcome: "refund" });
    expect(await progress(slug)).toMatchObject({ raised: 2000, donorCount: 1 });

    await deliver(refundEvent({ pi, refunded: 1200 }));
    expect((await progress(slug)).raised).toBe(1300);
    const { json } = await admin("GET", `/api/v1/admin/campaigns/${slug}/donations`);
    expect(json.donations).toHaveLength(1);
    expect(json.donations[0]).toMatchObject({ amount: 1300, source: "stripe" });
  });

  it("keeps the largest cumulative refund when an older refund event arrives late", async () => {
    const { slug, pi, paid } = await payment(2500);
    await deliver(paid);
    await deliver(refundEvent({ pi, refunded: 1200 }));
    await deliver(refundEvent({ pi, refunded: 500 }));
    expect((await progress(slug)).raised).toBe(1300);
  });

  it("removes a fully refunded donation from the total", async () => {
    const { slug, pi, paid } = await payment(2500);
    await deliver(paid);
    await deliver(refundEvent({ pi, refunded: 2500 }));
    expect(await progress(slug)).toMatchObject({ raised: 0, donorCount: 0 });
    expect((await admin("GET", `/api/v1/admin/campaigns/${slug}/donations`)).json.donations).toEqual([]);
  });

  it("applies a refund that arrives before its payment (reordered delivery)", async () => {
    const { slug, pi, paid } = await payment(2500);
    expect((await deliver(refundEvent({ pi, refunded: 1000 }))).status).toBe(200);
    expect((await progress(slug)).raised).toBe(0);
    await deliver(paid);
    expect(await progress(slug)).toMatchObject({ raised: 1500, donorCount: 1 });
  });

  it("never counts a payment whose full refund arrived first", async () => {
    const { slug, pi, paid } = await payment(2500);
    await deliver(refundEvent({ pi, refunded: 2500 }));
    await deliver(paid);
    expect(await progress(slug)).toMatchObject({ raised: 0, donorCount: 0 });
  });

  it("changes nothing when a refund event is replayed", async () => {
    const { slug, pi, paid } = await payment(2500);
    await deliver(paid);
    const refund = refundEvent({ pi, refunded: 700 });
    await deliver(refund);
    const replay = await deliver(refund);
    expect(replay.json).toEqual({ received: true, outcome: "refund", duplicate: true });
    expect((await progress(slug)).raised).toBe(1800);
  });

  it("ends in the same total whatever order payment, refunds and replays arrive in", async () => {
    const { slug, pi, paid } = await payment(4000);
    const events = [
      refundEvent({ pi, refunded: 1000 }),
      paid,
      refundEvent({ pi, refunded: 2500 }),
      paid,
      refundEvent({ pi, refunded: 1000 }),
    ];
    for (const event of events) expect((await deliver(event)).status).toBe(200);
    expect(await progress(slug)).toMatchObject({ raised: 1500, donorCount: 1 });
  });
});

describe("POST /api/v1/webhooks/stripe charge.dispute.closed", () => {
  it("removes the donation when the dispute is lost", async () => {
    const { slug, pi, paid } = await payment(2500);
    await deliver(paid);
    const res = await deliver(disputeEvent({ pi, status: "lost" }));
    expect(res.json).toEqual({ received: true, outcome: "dispute_lost" });
    expect(await progress(slug)).toMatchObject({ raised: 0, donorCount: 0 });
  });

  it("keeps the donation when the dispute is won", async () => {
    const { slug, pi, paid } = await payment(2500);
    await deliver(paid);
    const res = await deliver(disputeEvent({ pi, status: "won" }));
    expect(res.json).toEqual({ received: true, outcome: "ignored", ignored: "dispute_not_lost" });
    expect((await progress(slug)).raised).toBe(2500);
  });

  it("never counts a payment whose lost dispute arrived first", async () => {
    const { slug, pi, paid } = await payment(2500);
    await deliver(disputeEvent({ pi, status: "lost" }));
    await deliver(paid);
    expect(await progress(slug)).toMatchObject({ raised: 0, donorCount: 0 });
  });
});
