import { describe, expect, it } from "vitest";
import sample from "../fixtures/webhooks/kofi-donation.json";
import shopOrder from "../fixtures/webhooks/kofi-shop-order.json";
import { type Adapter, channelContract, copy, type Delivery, ledger, send } from "./channel-helpers";
import { createCampaign } from "./helpers";
import { uniqueId } from "./stripe-helpers";

// Ko-fi's documented sample token: the fixture carries it unchanged.
const TOKEN = sample.verification_token;
const config = { KOFI_VERIFICATION_TOKEN: TOKEN };

const form = (data: object): Delivery => ({
  body: new URLSearchParams({ data: JSON.stringify(data) }).toString(),
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
});

const payment = (key: string, currency = "USD", messageId = uniqueId("msg")) =>
  form({ ...copy(sample), kofi_transaction_id: key, message_id: messageId, currency });

const adapter: Adapter = {
  channel: "kofi",
  config,
  amount: 300,
  payment: async (key, currency) => payment(key, currency),
  again: async (key) => payment(key),
  forge: () => form({ ...copy(sample), verification_token: "not-the-token" }),
};

describe("POST /api/v1/webhooks/kofi", () => {
  channelContract(adapter);

  it("keeps the donor's name public when Ko-fi says is_public, and never stores the e-mail", async () => {
    const slug = await createCampaign();
    await send("kofi", payment(uniqueId("tx")), slug, config);
    const [row] = await ledger(slug);
    expect(row).toMatchObject({ donor: "Jo Example", amount: 300 });
    expect(JSON.stringify(row)).not.toContain("jo.example@example.com");
  });

  it("keeps at most 120 characters of a donor's name, as a manual donation does, so the export imports again", async () => {
    const slug = await createCampaign();
    const long = form({ ...copy(sample), kofi_transaction_id: uniqueId("tx"), from_name: ` ${"N".repeat(400)} ` });
    expect((await send("kofi", long, slug, config)).status).toBe(200);
    const [row] = await ledger(slug);
    expect(row?.donor).toBe("N".repeat(120));
  });

  it("answers 200 ignored for a shop order, which buys something", async () => {
    const slug = await createCampaign();
    const res = await send("kofi", form({ ...copy(shopOrder), message_id: uniqueId("msg") }), slug, config);
    expect(res.json).toEqual({ ignored: "type_not_counted", duplicate: false });
    expect(await ledger(slug)).toHaveLength(0);
  });

  it("answers 400 invalid_signature to a form without the data field", async () => {
    const res = await send(
      "kofi",
      { body: "x=1", headers: { "Content-Type": "application/x-www-form-urlencoded" } },
      "x",
      config,
    );
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("invalid_signature");
  });
});
