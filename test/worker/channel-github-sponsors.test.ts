import { describe, expect, it } from "vitest";
import sample from "../fixtures/webhooks/github-sponsorship-created.json";
import { type Adapter, channelContract, copy, type Delivery, hmacHex, ledger, send } from "./channel-helpers";
import { createCampaign, errorOf } from "./helpers";
import { uniqueId } from "./stripe-helpers";

const SECRET = "github-sponsors-secret";
const config = { GITHUB_SPONSORS_WEBHOOK_SECRET: SECRET };

async function signed(body: unknown, event = "sponsorship"): Promise<Delivery> {
  const payload = JSON.stringify(body);
  return {
    body: payload,
    headers: {
      "Content-Type": "application/json",
      "X-GitHub-Event": event,
      "X-GitHub-Delivery": crypto.randomUUID(),
      "X-Hub-Signature-256": `sha256=${await hmacHex(SECRET, payload)}`,
    },
  };
}

const sponsorship = (key: string, fields: object = {}) => {
  const body = copy(sample);
  return { ...body, sponsorship: { ...body.sponsorship, node_id: key, ...fields } };
};

const adapter: Adapter = {
  channel: "github-sponsors",
  config,
  amount: 500,
  // GitHub Sponsors charges in US dollars only; another currency comes from the campaign's side.
  payment: (key) => signed(sponsorship(key)),
  again: (key) => signed(sponsorship(key)),
  forge: (delivery) => ({
    ...delivery,
    headers: { ...delivery.headers, "X-Hub-Signature-256": `sha256=${"0".repeat(64)}` },
  }),
};

describe("POST /api/v1/webhooks/github-sponsors", () => {
  channelContract(adapter);

  it("names a public sponsor and keeps a private one anonymous", async () => {
    const slug = await createCampaign();
    await send("github-sponsors", await signed(sponsorship(uniqueId("S"))), slug, config);
    await send("github-sponsors", await signed(sponsorship(uniqueId("S"), { privacy_level: "private" })), slug, config);
    const donors = (await ledger(slug)).map((row) => row.donor).sort();
    expect(donors).toEqual(["monalisa", null].sort());
  });

  it("answers 200 ignored for a cancellation, which refunds nothing, and for a ping", async () => {
    const slug = await createCampaign();
    const key = uniqueId("S");
    await send("github-sponsors", await signed(sponsorship(key)), slug, config);
    const cancelled = await send(
      "github-sponsors",
      await signed({ ...sponsorship(key), action: "cancelled" }),
      slug,
      config,
    );
    expect(cancelled.json).toEqual({ ignored: "action_cancelled_not_counted", duplicate: false });
    const ping = await send(
      "github-sponsors",
      await signed({ zen: "Keep it logically awesome." }, "ping"),
      slug,
      config,
    );
    expect(ping.json).toEqual({ ignored: "event_type_not_handled", duplicate: false });
    expect((await ledger(slug)).map((row) => row.amount)).toEqual([500]);
  });

  it("rejects a signature without the sha256= prefix", async () => {
    const delivery = await signed(sponsorship(uniqueId("S")));
    const bare = delivery.headers["X-Hub-Signature-256"]?.slice("sha256=".length) ?? "";
    const res = await send(
      "github-sponsors",
      { ...delivery, headers: { ...delivery.headers, "X-Hub-Signature-256": bare } },
      "x",
      config,
    );
    expect(errorOf(res).code).toBe("invalid_signature");
  });
});
