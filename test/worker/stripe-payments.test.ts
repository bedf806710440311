import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { admin, createCampaign } from "./helpers";
import { deliver, nowSeconds, progress, sessionEvent, uniqueId } from "./stripe-helpers";

async function ledger(slug: string) {
  return (await admin("GET", `/api/v1/admin/campaigns/${slug}/donations`)).json.donations as Array<
    Record<string, unknown>
  >;
}

async function storedEvent(id: string) {
  return env.DB.prepare("SELECT outcome, reason, payment_key FROM payment_events WHERE channel = 'stripe' AND id = ?1")
    .bind(id)
    .first<{ outcome: string; reason: string | null; payment_key: string | null }>();
}

describe("POST /api/v1/webhooks/stripe payments", () => {
  it("records a paid checkout session as one stripe donation dated by the event", async () => {
    const slug = await createCampaign();
    const pi = uniqueId("pi");
    const created = nowSeconds() - 3600;
    const event = sessionEvent({ campaign: slug, pi, amount: 5000, name: "Ada Lovelace" }, { created });
    const res = await deliver(event);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ received: true, outcome: "recorded" });
    expect(await progress(slug)).toMatchObject({ raised: 5000, donorCount: 1 });
    const [donation] = await ledger(slug);
    expect(donation).toMatchObject({
      amount: 5000,
      currency: "USD",
      donor: "Ada Lovelace",
      source: "stripe",
      at: new Date(created * 1000).toISOString(),
    });
    expect(await storedEvent(event.id)).toEqual({ outcome: "recorded", reason: null, payment_key: pi });
  });

  it("changes nothing when the same event is delivered again (replay)", async () => {
    const slug = await createCampaign();
    const event = sessionEvent({ campaign: slug, pi: uniqueId("pi"), amount: 1500 });
    await deliver(event);
    const replay = await deliver(event);
    expect(replay.status).toBe(200);
    expect(replay.json).toEqual({ received: true, outcome: "recorded", duplicate: true });
    expect(await progress(slug)).toMatchObject({ raised: 1500, donorCount: 1 });
  });

  it("counts a payment once when the same event is delivered twice at the same time", async () => {
    const slug = await createCampaign();
    const event = sessionEvent({ campaign: slug, pi: uniqueId("pi"), amount: 1500 });
    const answers = await Promise.all([deliver(event), deliver(event), deliver(event)]);
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
    expect(answers.filter((res) => !res.json.duplicate)).toHaveLength(1);
    expect(await progress(slug)).toMatchObject({ raised: 1500, donorCount: 1 });
  });

  it("counts a payment once however many events name its PaymentIntent", async () => {
    const slug = await createCampaign();
    const pi = uniqueId("pi");
    await deliver(sessionEvent({ campaign: slug, pi, amount: 1500 }));
    const again = await deliver(
      sessionEvent({ campaign: slug, pi, amount: 1500 }, {}, "checkout.session.async_payment_succeeded"),
    );
    expect(again.json.outcome).toBe("recorded");
    expect(await progress(slug)).toMatchObject({ raised: 1500, donorCount: 1 });
  });

  it("answers 200 without counting an unpaid session, then counts its async success", async () => {
    const slug = await createCampaign();
    const pi = uniqueId("pi");
    const unpaid = await deliver(sessionEvent({ campaign: slug, pi, amount: 3000, status: "unpaid" }));
    expect(unpaid.status).toBe(200);
    expect(unpaid.json).toEqual({ received: true, outcome: "ignored", ignored: "unpaid_session" });
    expect((await progress(slug)).raised).toBe(0);

    const paid = await deliver(
      sessionEvent({ campaign: slug, pi, amount: 3000 }, {}, "checkout.session.async_payment_succeeded"),
    );
    expect(paid.json.outcome).toBe("recorded");
    expect((await progress(slug)).raised).toBe(3000);
  });

  it("records a payment in another currency than the campaign's as rejected, answers 200 and counts nothing", async () => {
    const slug = await createCampaign({ currency: "EUR" });
    const event = sessionEvent({ campaign: slug, pi: uniqueId("pi"), amount: 3000, currency: "usd" });
    const res = await deliver(event);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ received: true, outcome: "rejected", ignored: "currency_mismatch" });
    expect(await progress(slug)).toMatchObject({ raised: 0, donorCount: 0 });
    expect(await storedEvent(event.id)).toMatchObject({ outcome: "rejected", reason: "currency_mismatch" });
  });

  it("counts a lower-case currency that matches the campaign's", async () => {
    const slug = await createCampaign({ currency: "EUR" });
    await deliver(sessionEvent({ campaign: slug, pi: uniqueId("pi"), amount: 700, currency: "eur" }));
    expect((await progress(slug)).raised).toBe(700);
  });

  it("counts zero- and three-decimal currencies as Stripe sends them, and ISK in whole krónur", async () => {
    const yen = await createCampaign({ currency: "JPY" });
    await deliver(sessionEvent({ campaign: yen, pi: uniqueId("pi"), amount: 1500, currency: "jpy" }));
    expect((await progress(yen)).raised).toBe(1500);
    const dinar = await createCampaign({ currency: "KWD" });
    await deliver(sessionEvent({ campaign: dinar, pi: uniqueId("pi"), amount: 1250, currency: "kwd" }));
    expect((await progress(dinar)).raised).toBe(1250);
    // Stripe keeps ISK two-decimal in its API (500000 is 5,000 kr.); ISO 4217, and the ledger, has none.
    const krona = await createCampaign({ currency: "ISK" });
    await deliver(sessionEvent({ campaign: krona, pi: uniqueId("pi"), amount: 500000, currency: "isk" }));
    expect((await progress(krona)).raised).toBe(5000);
  });

  it("answers 200 and ignores a payment for an unknown campaign", async () => {
    const res = await deliver(sessionEvent({ campaign: "no-such-campaign-anywhere", pi: uniqueId("pi") }));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ received: true, outcome: "ignored", ignored: "unknown_campaign" });
  });

  it("answers 200 and ignores a payment without goalpost_campaign metadata", async () => {
    const res = await deliver(sessionEvent({ campaign: null, pi: uniqueId("pi") }));
    expect(res.json).toMatchObject({ outcome: "ignored", ignored: "no_campaign_metadata" });
  });

  it("answers 200 and ignores event types it does not handle", async () => {
    const event = {
      id: uniqueId("evt"),
      type: "customer.created",
      created: nowSeconds(),
      data: { object: { id: uniqueId("cus") } },
    };
    const res = await deliver(event);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ received: true, outcome: "ignored", ignored: "event_type_not_handled" });
    expect(await storedEvent(event.id)).toMatchObject({ outcome: "ignored" });
  });

  it("leaves subscription checkouts to invoice.paid so the first month is not counted twice", async () => {
    const slug = await createCampaign();
    const res = await deliver(sessionEvent({ campaign: slug, pi: uniqueId("pi"), mode: "subscription" }));
    expect(res.json).toMatchObject({ outcome: "ignored", ignored: "subscription_checkout_counted_by_invoice" });
    expect((await progress(slug)).raised).toBe(0);
  });
});

describe("POST /api/v1/webhooks/stripe invoice.paid", () => {
  const invoiceEvent = (object: Record<string, unknown>) => ({
    id: uniqueId("evt"),
    type: "invoice.paid",
    created: nowSeconds(),
    data: {
      object: {
        id: uniqueId("in"),
        object: "invoice",
        amount_paid: 1000,
        currency: "usd",
        customer_name: "Grace",
        ...object,
      },
    },
  });

  it("records a recurring gift named in the subscription's metadata (payment_intent on the invoice)", async () => {
    const slug = await createCampaign();
    const pi = uniqueId("pi");
    const res = await deliver(
      invoiceEvent({ payment_intent: pi, subscription_details: { metadata: { goalpost_campaign: slug } } }),
    );
    expect(res.json.outcome).toBe("recorded");
    expect(await progress(slug)).toMatchObject({ raised: 1000, donorCount: 1 });
    expect((await ledger(slug))[0]).toMatchObject({ donor: "Grace", source: "stripe" });
  });

  it("records an invoice of API versions since 2025-03-31 (parent.subscription_details, no payment_intent)", async () => {
    const slug = await createCampaign();
    const event = invoiceEvent({
      parent: { type: "subscription_details", subscription_details: { metadata: { goalpost_campaign: slug } } },
    });
    expect((await deliver(event)).json.outcome).toBe("recorded");
    expect(await storedEvent(event.id)).toMatchObject({ payment_key: event.data.object.id });
    // Stripe retries the same invoice's event: still one donation.
    await deliver({ ...event, id: uniqueId("evt") });
    expect(await progress(slug)).toMatchObject({ raised: 1000, donorCount: 1 });
  });

  it("finds the campaign in the line items' metadata and the PaymentIntent in invoice.payments", async () => {
    const slug = await createCampaign();
    const pi = uniqueId("pi");
    const event = invoiceEvent({
      lines: { object: "list", data: [{ id: uniqueId("il"), metadata: { goalpost_campaign: slug } }] },
      payments: { object: "list", data: [{ payment: { type: "payment_intent", payment_intent: pi } }] },
    });
    expect((await deliver(event)).json.outcome).toBe("recorded");
    expect(await storedEvent(event.id)).toMatchObject({ payment_key: pi });
    expect((await progress(slug)).raised).toBe(1000);
  });
});
