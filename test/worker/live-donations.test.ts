import { describe, expect, it } from "vitest";
import { createCampaign } from "./helpers";
import { connect } from "./live-helpers";
import { deliver, nowSeconds, refundEvent, sessionEvent, uniqueId } from "./stripe-helpers";

describe("live campaign progress from Stripe", () => {
  it("pushes the progress after a paid checkout and after its refund, and nothing for a replayed event", async () => {
    const slug = await createCampaign();
    const socket = await connect({ campaign: slug });
    const pi = uniqueId("pi");
    const paid = sessionEvent({ campaign: slug, pi, amount: 2500 }, { created: nowSeconds() - 60 });
    expect((await deliver(paid)).json.outcome).toBe("recorded");
    expect(await socket.next()).toMatchObject({ type: "campaign", campaign: { slug, raised: 2500, donorCount: 1 } });
    // The same event again changes nothing, so nothing is pushed: the next message is the refund's.
    expect((await deliver(paid)).json.duplicate).toBe(true);
    expect((await deliver(refundEvent({ pi, refunded: 1000 }))).json.outcome).toBe("refund");
    expect(await socket.next()).toMatchObject({ type: "campaign", campaign: { slug, raised: 1500 } });
    socket.close();
  });

  it("pushes nothing for an event of an unknown campaign", async () => {
    const slug = await createCampaign();
    const socket = await connect({ campaign: slug });
    const stray = sessionEvent({ campaign: "no-such-campaign", pi: uniqueId("pi") });
    expect((await deliver(stray)).json.outcome).toBe("ignored");
    const pi = uniqueId("pi");
    await deliver(sessionEvent({ campaign: slug, pi, amount: 700 }));
    expect(await socket.next()).toMatchObject({ type: "campaign", campaign: { slug, raised: 700 } });
    socket.close();
  });
});
