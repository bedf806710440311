import { describe, expect, it } from "vitest";
import created from "../fixtures/webhooks/buymeacoffee-donation-created.json";
import refunded from "../fixtures/webhooks/buymeacoffee-donation-refunded.json";
import { type Adapter, channelContract, copy, type Delivery, hmacHex, ledger, send } from "./channel-helpers";
import { createCampaign } from "./helpers";
import { uniqueId } from "./stripe-helpers";

const SECRET = "bmc-signing-secret";
const config = { BUYMEACOFFEE_WEBHOOK_SECRET: SECRET };

async function signed(body: unknown): Promise<Delivery> {
  const payload = JSON.stringify(body);
  return {
    body: payload,
    headers: { "Content-Type": "application/json", "x-signature-sha256": await hmacHex(SECRET, payload) },
  };
}

const withId = <T extends { data: object }>(fixture: T, id: string, fields: object = {}) => {
  const body = copy(fixture);
  return { ...body, data: { ...body.data, id, ...fields } };
};

const adapter: Adapter = {
  channel: "buymeacoffee",
  config,
  amount: 500,
  payment: (key, currency = "USD") => signed(withId(created, key, { currency })),
  refund: { deliver: (key) => signed(withId(refunded, key)), amount: 500 },
  forge: (delivery) => ({ ...delivery, headers: { ...delivery.headers, "x-signature-sha256": "0".repeat(64) } }),
};

describe("POST /api/v1/webhooks/buymeacoffee", () => {
  channelContract(adapter);

  it("keeps the supporter anonymous on the wall (Buy Me a Coffee asks no consent) but names them in the ledger", async () => {
    const slug = await createCampaign();
    await send("buymeacoffee", await adapter.payment(uniqueId("s")), slug, config);
    const [row] = await ledger(slug);
    expect(row).toMatchObject({ donor: "John", amount: 500 });
    expect(JSON.stringify(row)).not.toContain("john@example.com");
  });

  it("answers 200 ignored for events it does not count", async () => {
    const slug = await createCampaign();
    const res = await send(
      "buymeacoffee",
      await signed({ ...withId(created, uniqueId("s")), type: "membership.started" }),
      slug,
      config,
    );
    expect(res.json).toEqual({ ignored: "event_type_not_handled", duplicate: false });
  });
});
