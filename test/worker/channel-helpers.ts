import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { expect, it } from "vitest";
import app from "../../src/index";
import { admin, createCampaign, errorOf } from "./helpers";
import { snapshot } from "./storage";
import { uniqueId } from "./stripe-helpers";

/** One HTTP delivery as a provider makes it. */
export type Delivery = { body: string; headers: Record<string, string> };

/** How to speak one provider's webhook, for the shared contract below. */
export type Adapter = {
  channel: string;
  /** The settings that turn the channel on. */
  config: Record<string, string>;
  /** A signed delivery of a completed payment with this external key, in `currency` (default USD). */
  payment(key: string, currency?: string): Promise<Delivery>;
  /** What that payment counts, in minor units. */
  amount: number;
  /** The same payment reported by a different event (a provider retry with a new event id). */
  again?(key: string): Promise<Delivery>;
  /** A signed refund of part of the payment, and what it subtracts. */
  refund?: { deliver(key: string): Promise<Delivery>; amount: number };
  /** A signed reversal (chargeback, fraud) taking the whole payment back. */
  reversal?(key: string): Promise<Delivery>;
  /** The delivery with a signature or token that does not verify. */
  forge(delivery: Delivery): Delivery;
};

/** POSTs a delivery to `/api/v1/webhooks/<channel>?campaign=<slug>` with the given settings. */
export async function send(channel: string, delivery: Delivery, campaign: string | null, config: object | null) {
  const query = campaign === null ? "" : `?campaign=${encodeURIComponent(campaign)}`;
  const request = new Request(`http://goalpost.test/api/v1/webhooks/${channel}${query}`, {
    method: "POST",
    headers: delivery.headers,
    body: delivery.body,
  });
  const ctx = createExecutionContext();
  const res = await app.fetch(request, { ...env, ...(config ?? {}) }, ctx);
  await waitOnExecutionContext(ctx);
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

export async function ledger(slug: string) {
  return (await admin("GET", `/api/v1/admin/campaigns/${slug}/donations`)).json.donations as Array<{
    id: string;
    amount: number;
    source: string;
    donor: string | null;
  }>;
}

export async function raised(slug: string) {
  return (await admin("GET", `/api/v1/campaigns/${slug}`)).json.raised as number;
}

/** The newest event of a payment (Patreon keys a charge as `<member>:<charge date>`). */
export async function storedEvent(channel: string, paymentKey: string) {
  return env.DB.prepare(
    "SELECT outcome, reason FROM payment_events WHERE channel = ?1 AND (payment_key = ?2 OR payment_key LIKE ?2 || ':%') ORDER BY received_at DESC LIMIT 1",
  )
    .bind(channel, paymentKey)
    .first<{ outcome: string; reason: string | null }>();
}

/** The behaviour every channel owes (API.md "Donation channels"), as `it` blocks. */
export function channelContract(adapter: Adapter) {
  const deliver = (delivery: Delivery, slug: string | null) => send(adapter.channel, delivery, slug, adapter.config);

  it("records a completed payment as one donation whose source is the channel", async () => {
    const slug = await createCampaign();
    const key = uniqueId("pay");
    const res = await deliver(await adapter.payment(key), slug);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ donation: { amount: adapter.amount, source: adapter.channel }, duplicate: false });
    const rows = await ledger(slug);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: res.json.donation.id, amount: adapter.amount, source: adapter.channel });
  });

  it("counts a replayed delivery once and says it was a duplicate", async () => {
    const slug = await createCampaign();
    const delivery = await adapter.payment(uniqueId("pay"));
    const first = await deliver(delivery, slug);
    const replays = await Promise.all([deliver(delivery, slug), deliver(delivery, slug)]);
    expect(replays.map((res) => res.status)).toEqual([200, 200]);
    expect(replays.map((res) => res.json.duplicate)).toEqual([true, true]);
    expect(replays[0]?.json.donation.id).toBe(first.json.donation.id);
    expect(await raised(slug)).toBe(adapter.amount);
    expect(await ledger(slug)).toHaveLength(1);
  });

  if (adapter.again) {
    const again = adapter.again;
    it("counts one payment once when another event reports it again", async () => {
      const slug = await createCampaign();
      const key = uniqueId("pay");
      await deliver(await adapter.payment(key), slug);
      const res = await deliver(await again(key), slug);
      expect(res.status).toBe(200);
      expect(await raised(slug)).toBe(adapter.amount);
      expect(await ledger(slug)).toHaveLength(1);
    });
  }

  if (adapter.refund) {
    const refund = adapter.refund;
    it("subtracts a refund, and a replayed refund subtracts nothing more", async () => {
      const slug = await createCampaign();
      const key = uniqueId("pay");
      await deliver(await adapter.payment(key), slug);
      const delivery = await refund.deliver(key);
      const res = await deliver(delivery, slug);
      expect(res.status).toBe(200);
      expect(res.json.donation.amount).toBe(adapter.amount - refund.amount);
      await deliver(delivery, slug);
      expect(await raised(slug)).toBe(adapter.amount - refund.amount);
    });

    it("applies a refund that arrives before its payment (reordering)", async () => {
      const slug = await createCampaign();
      const key = uniqueId("pay");
      const early = await deliver(await refund.deliver(key), slug);
      expect(early.status).toBe(200);
      expect(await raised(slug)).toBe(0);
      await deliver(await adapter.payment(key), slug);
      expect(await raised(slug)).toBe(adapter.amount - refund.amount);
      expect((await ledger(slug)).length).toBe(adapter.amount > refund.amount ? 1 : 0);
    });
  }

  if (adapter.reversal) {
    const reversal = adapter.reversal;
    it("takes a reversed payment out of the ledger, whichever arrives first", async () => {
      const slug = await createCampaign();
      const key = uniqueId("pay");
      await deliver(await adapter.payment(key), slug);
      const res = await deliver(await reversal(key), slug);
      expect(res.status).toBe(200);
      expect(res.json.donation.amount).toBe(0);
      expect(await ledger(slug)).toHaveLength(0);

      const other = await createCampaign();
      const late = uniqueId("pay");
      await deliver(await reversal(late), other);
      await deliver(await adapter.payment(late), other);
      expect(await raised(other)).toBe(0);
    });
  }

  it("answers 400 invalid_signature to a forged delivery and stores nothing", async () => {
    const slug = await createCampaign();
    const forged = adapter.forge(await adapter.payment(uniqueId("pay")));
    const before = await snapshot();
    const res = await deliver(forged, slug);
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe("invalid_signature");
    expect(await snapshot()).toEqual(before);
  });

  it("records a payment in another currency as rejected with the reason, counting nothing", async () => {
    const slug = await createCampaign({ currency: "EUR" });
    const key = uniqueId("pay");
    const res = await deliver(await adapter.payment(key, "USD"), slug);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ignored: "currency_mismatch", duplicate: false });
    expect(await storedEvent(adapter.channel, key)).toEqual({ outcome: "rejected", reason: "currency_mismatch" });
    expect(await raised(slug)).toBe(0);
  });

  it("answers 200 ignored for an unknown campaign", async () => {
    const key = uniqueId("pay");
    const res = await deliver(await adapter.payment(key), "no-such-campaign");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ignored: "unknown_campaign", duplicate: false });
  });

  it("counts an event first ignored for an unknown campaign when it is sent again to one that exists, once", async () => {
    const delivery = await adapter.payment(uniqueId("pay"));
    const missing = uniqueId("late");
    expect((await deliver(delivery, missing)).json).toEqual({ ignored: "unknown_campaign", duplicate: false });
    const slug = await createCampaign();
    const resent = await Promise.all([deliver(delivery, slug), deliver(delivery, slug)]);
    expect(resent.map((res) => res.status)).toEqual([200, 200]);
    expect(resent.map((res) => res.json.duplicate).sort()).toEqual([false, true]);
    expect(await raised(slug)).toBe(adapter.amount);
    expect(await ledger(slug)).toHaveLength(1);
    expect((await deliver(delivery, slug)).json.duplicate).toBe(true);
    expect(await raised(slug)).toBe(adapter.amount);
  });

  it("answers 503 webhook_disabled while its secret is unset, storing nothing", async () => {
    const slug = await createCampaign();
    const delivery = await adapter.payment(uniqueId("pay"));
    const before = await snapshot();
    const res = await send(adapter.channel, delivery, slug, null);
    expect(res.status).toBe(503);
    expect(errorOf(res).code).toBe("webhook_disabled");
    expect(await snapshot()).toEqual(before);
  });
}

const encoder = new TextEncoder();

/** Hex HMAC of `payload` with SHA-256 (the providers' HMAC-SHA256 signatures). */
export async function hmacHex(secret: string, payload: string, hash: "SHA-256" = "SHA-256") {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(payload)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A deep copy of a fixture to change per test. */
export const copy = <T>(fixture: T): T => JSON.parse(JSON.stringify(fixture)) as T;
