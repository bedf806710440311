import { describe, expect, it } from "vitest";
import sample from "../fixtures/webhooks/donations-completed.json";
import { type Adapter, channelContract, copy, type Delivery, hmacHex, ledger, send } from "./channel-helpers";
import { createCampaign, errorOf } from "./helpers";
import { snapshot } from "./storage";
import { nowSeconds, uniqueId } from "./stripe-helpers";

const SECRET = "generic-test-secret";
const config = { DONATIONS_WEBHOOK_SECRET: SECRET };

async function signed(body: unknown, t = nowSeconds(), secret = SECRET, extra = ""): Promise<Delivery> {
  const payload = JSON.stringify(body);
  const v1 = await hmacHex(secret, `${t}.${payload}`);
  return {
    body: payload,
    headers: { "Content-Type": "application/json", "X-Goalpost-Signature": `t=${t},${extra}v1=${v1}` },
  };
}

const adapter: Adapter = {
  channel: "donations",
  config,
  amount: sample.amount,
  payment: (key, currency = "USD") => signed({ ...copy(sample), id: key, currency }),
  refund: {
    deliver: (key) => signed({ event: "donation.refunded", id: key, amount: 1000, currency: "USD" }),
    amount: 1000,
  },
  forge: (delivery) => ({
    ...delivery,
    headers: { ...delivery.headers, "X-Goalpost-Signature": `t=${nowSeconds()},v1=${"0".repeat(64)}` },
  }),
};

describe("POST /api/v1/webhooks/donations (generic)", () => {
  channelContract(adapter);

  it("dates the donation by `at` and shows the donor who agreed to be public", async () => {
    const slug = await createCampaign();
    const res = await send("donations", await adapter.payment(uniqueId("bank")), slug, config);
    expect(res.status).toBe(200);
    const [row] = await ledger(slug);
    expect(row).toMatchObject({ donor: "Ann", at: sample.at });
  });

  it("answers a signed event of a type it does not count with 200 ignored and counts nothing", async () => {
    const slug = await createCampaign();
    const before = await ledger(slug);
    const delivery = await signed({ event: "donation.started", id: uniqueId("bank"), amount: 2500, currency: "USD" });
    const res = await send("donations", delivery, slug, config);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ ignored: "type_not_counted" });
    expect(await ledger(slug)).toEqual(before);
  });

  it("accepts any of several v1 signatures (a secret being rolled)", async () => {
    const slug = await createCampaign();
    const body = { ...copy(sample), id: uniqueId("bank") };
    const delivery = await signed(body, nowSeconds(), SECRET, `v1=${"ab".repeat(32)},`);
    expect((await send("donations", delivery, slug, config)).status).toBe(200);
  });

  it("rejects a signature older than 5 minutes as invalid_signature", async () => {
    const slug = await createCampaign();
    const delivery = await signed({ ...copy(sample), id: uniqueId("bank") }, nowSeconds() - 301);
    const before = await snapshot();
    const res = await send("donations", delivery, slug, config);
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe("invalid_signature");
    expect(await snapshot()).toEqual(before);
  });

  it("counts nothing of a refund in another currency than the payment's, before or after the payment", async () => {
    const slug = await createCampaign();
    const key = uniqueId("bank");
    await send("donations", await adapter.payment(key), slug, config);
    const euro = { event: "donation.refunded", id: key, amount: 500, currency: "EUR" };
    const res = await send("donations", await signed(euro), slug, config);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ignored: "currency_mismatch", duplicate: false });
    expect((await ledger(slug)).map((row) => row.amount)).toEqual([sample.amount]);

    // A refund that arrives first is checked against the campaign the URL names.
    const early = uniqueId("bank");
    const yen = { event: "donation.refunded", id: early, amount: 500, currency: "JPY" };
    expect((await send("donations", await signed(yen), slug, config)).json.ignored).toBe("currency_mismatch");
    await send("donations", await adapter.payment(early), slug, config);
    expect((await ledger(slug)).map((row) => row.amount)).toEqual([sample.amount, sample.amount]);
  });

  it("tells two partial refunds of the same amount apart by refundId", async () => {
    const slug = await createCampaign();
    const key = uniqueId("bank");
    await send("donations", await adapter.payment(key), slug, config);
    for (const refundId of ["r1", "r2", "r1"]) {
      const refund = { event: "donation.refunded", id: key, amount: 500, currency: "USD", refundId };
      await send("donations", await signed(refund), slug, config);
    }
    expect((await ledger(slug))[0]?.amount).toBe(sample.amount - 1000);
  });

  it("answers 400 validation_failed, listing every field, to a signed body of the wrong shape", async () => {
    const slug = await createCampaign();
    const before = await snapshot();
    const res = await send("donations", await signed({ event: "donation.sent", amount: 1.5 }), slug, config);
    expect(res.status).toBe(400);
    const error = errorOf(res);
    expect(error.code).toBe("validation_failed");
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual(["amount", "currency", "event", "id"]);
    expect(await snapshot()).toEqual(before);
  });

  it("answers 400 validation_failed to a signed body that is JSON but not an object (invalid_json is for what is not JSON)", async () => {
    const slug = await createCampaign();
    const before = await snapshot();
    for (const body of [[], "a string", 42, null]) {
      const res = await send("donations", await signed(body), slug, config);
      expect(res.status).toBe(400);
      expect(errorOf(res).code).toBe("validation_failed");
    }
    const t = nowSeconds();
    const notJson = {
      body: "{not json",
      headers: {
        "Content-Type": "application/json",
        "X-Goalpost-Signature": `t=${t},v1=${await hmacHex(SECRET, `${t}.{not json`)}`,
      },
    };
    expect(errorOf(await send("donations", notJson, slug, config)).code).toBe("invalid_json");
    expect(await snapshot()).toEqual(before);
  });
});
