import { describe, expect, it } from "vitest";
import { hmacMd5, toHex } from "../../src/channels/crypto";
import sample from "../fixtures/webhooks/patreon-members-pledge-create.json";
import { type Adapter, channelContract, copy, type Delivery, ledger, send } from "./channel-helpers";
import { createCampaign } from "./helpers";
import { uniqueId } from "./stripe-helpers";

const SECRET = "patreon-webhook-secret";
const config = { PATREON_WEBHOOK_SECRET: SECRET };
const encoder = new TextEncoder();

async function signed(body: unknown, trigger = "members:pledge:create"): Promise<Delivery> {
  const payload = JSON.stringify(body);
  return {
    body: payload,
    headers: {
      "Content-Type": "application/json",
      "X-Patreon-Event": trigger,
      "X-Patreon-Signature": toHex(await hmacMd5(SECRET, encoder.encode(payload))),
    },
  };
}

function member(id: string, status: string, currency: string | null = "USD") {
  const body = copy(sample);
  body.data.id = id;
  body.data.attributes.last_charge_status = status;
  body.included = body.included.filter((item) => currency !== null || item.type !== "pledge-event");
  for (const item of body.included) {
    if (item.type === "pledge-event" && currency)
      (item.attributes as { currency_code: string }).currency_code = currency;
  }
  return body;
}

const adapter: Adapter = {
  channel: "patreon",
  config,
  amount: 500,
  payment: (key, currency) => signed(member(key, "Paid", currency)),
  again: (key) => signed(member(key, "Paid"), "members:update"),
  reversal: (key) => signed(member(key, "Refunded"), "members:update"),
  forge: (delivery) => ({ ...delivery, headers: { ...delivery.headers, "X-Patreon-Signature": "0".repeat(32) } }),
};

describe("POST /api/v1/webhooks/patreon", () => {
  channelContract(adapter);

  it("signs with HMAC-MD5 as RFC 2104 specifies (test case 2)", async () => {
    const mac = await hmacMd5("Jefe", encoder.encode("what do ya want for nothing?"));
    expect(toHex(mac)).toBe("750c783e6ab0b503eaa86e310a5db738");
  });

  it("guesses no currency: a charge without one is ignored", async () => {
    const slug = await createCampaign();
    const res = await send("patreon", await signed(member(uniqueId("m"), "Paid", null)), slug, config);
    expect(res.json).toEqual({ ignored: "no_currency", duplicate: false });
    expect(await ledger(slug)).toHaveLength(0);
  });

  it("counts nothing for a declined charge", async () => {
    const slug = await createCampaign();
    const res = await send("patreon", await signed(member(uniqueId("m"), "Declined")), slug, config);
    expect(res.json).toEqual({ ignored: "charge_declined", duplicate: false });
  });
});
