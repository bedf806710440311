import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import completed from "../fixtures/webhooks/paypal-capture-completed.json";
import refunded from "../fixtures/webhooks/paypal-capture-refunded.json";
import reversed from "../fixtures/webhooks/paypal-capture-reversed.json";
import { type Adapter, channelContract, copy, type Delivery, send } from "./channel-helpers";
import { createCampaign, errorOf } from "./helpers";
import { snapshot } from "./storage";
import { uniqueId } from "./stripe-helpers";

const API = "https://paypal.test";
const config = {
  PAYPAL_WEBHOOK_ID: "8PT597110X687430LKGECATA",
  PAYPAL_CLIENT_ID: "client-id",
  PAYPAL_CLIENT_SECRET: "client-secret",
  PAYPAL_API_BASE: API,
};
/** The signature our PayPal stub accepts; any other fails verification. */
const GOOD_SIG = "good-signature";

type Seen = { url: string; body: string; authorization: string | null };
let seen: Seen[] = [];

// PayPal's two calls, stubbed: the OAuth token and verify-webhook-signature, which answers
// SUCCESS only for GOOD_SIG and the configured webhook id.
beforeEach(() => {
  seen = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const body = String(init?.body ?? "");
    seen.push({ url, body, authorization: new Headers(init?.headers).get("authorization") });
    if (url === `${API}/v1/oauth2/token`) return Response.json({ access_token: "A21AA-token", expires_in: 32400 });
    if (url === `${API}/v1/notifications/verify-webhook-signature`) {
      const request = JSON.parse(body);
      const ok = request.transmission_sig === GOOD_SIG && request.webhook_id === config.PAYPAL_WEBHOOK_ID;
      return Response.json({ verification_status: ok ? "SUCCESS" : "FAILURE" });
    }
    return new Response("unexpected", { status: 500 });
  });
});
afterEach(() => vi.restoreAllMocks());

function delivery(event: object, sig = GOOD_SIG): Delivery {
  return {
    body: JSON.stringify(event),
    headers: {
      "Content-Type": "application/json",
      "PAYPAL-TRANSMISSION-ID": crypto.randomUUID(),
      "PAYPAL-TRANSMISSION-TIME": new Date().toISOString(),
      "PAYPAL-TRANSMISSION-SIG": sig,
      "PAYPAL-CERT-URL": "https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1d93a270",
      "PAYPAL-AUTH-ALGO": "SHA256withRSA",
    },
  };
}

const captureLink = (key: string) => `https://api.sandbox.paypal.com/v2/payments/captures/${key}`;

function capture(key: string, currency = "USD") {
  const event = copy(completed);
  event.id = uniqueId("WH");
  event.resource.id = key;
  event.resource.amount.currency_code = currency;
  return event;
}

function linkedTo<T extends { id: string; resource: { id: string; links: { rel: string; href: string }[] } }>(
  fixture: T,
  key: string,
) {
  const event = copy(fixture);
  event.id = uniqueId("WH");
  event.resource.id = uniqueId("R");
  event.resource.links = event.resource.links.map((link) =>
    link.rel === "up" ? { ...link, href: captureLink(key) } : link,
  );
  return event;
}

const adapter: Adapter = {
  channel: "paypal",
  config,
  amount: 2112,
  payment: async (key, currency) => delivery(capture(key, currency)),
  again: async (key) => delivery(capture(key)),
  refund: { deliver: async (key) => delivery(linkedTo(refunded, key)), amount: 500 },
  reversal: async (key) => delivery(linkedTo(reversed, key)),
  forge: (d) => ({ ...d, headers: { ...d.headers, "PAYPAL-TRANSMISSION-SIG": "forged" } }),
};

describe("POST /api/v1/webhooks/paypal", () => {
  channelContract(adapter);

  it("asks PayPal to verify with the transmission headers, our webhook id and the event byte for byte", async () => {
    const slug = await createCampaign();
    const d = delivery(capture(uniqueId("CAP")));
    await send("paypal", d, slug, config);
    const verify = seen.find((call) => call.url.endsWith("/verify-webhook-signature"));
    expect(verify?.authorization).toBe("Bearer A21AA-token");
    expect(verify?.body.endsWith(`"webhook_event":${d.body}}`)).toBe(true);
    expect(JSON.parse(verify?.body ?? "{}")).toMatchObject({
      auth_algo: "SHA256withRSA",
      transmission_sig: GOOD_SIG,
      webhook_id: config.PAYPAL_WEBHOOK_ID,
    });
    const token = seen.find((call) => call.url.endsWith("/v1/oauth2/token"));
    expect(token?.authorization).toBe(`Basic ${btoa("client-id:client-secret")}`);
  });

  it("answers 400 invalid_signature without asking PayPal when a transmission header is missing", async () => {
    const d = delivery(capture(uniqueId("CAP")));
    const { "PAYPAL-TRANSMISSION-SIG": _sig, ...headers } = d.headers;
    const before = await snapshot();
    const res = await send("paypal", { ...d, headers }, "x", config);
    expect(errorOf(res).code).toBe("invalid_signature");
    expect(seen).toHaveLength(0);
    expect(await snapshot()).toEqual(before);
  });

  it("answers 400 invalid_signature when PayPal's API cannot be reached", async () => {
    vi.mocked(globalThis.fetch).mockResolvedValue(new Response("down", { status: 503 }));
    const res = await send("paypal", delivery(capture(uniqueId("CAP"))), "x", config);
    expect(errorOf(res).code).toBe("invalid_signature");
  });

  it("answers 400 invalid_signature, not 500, when the connection to PayPal's API fails", async () => {
    vi.mocked(globalThis.fetch).mockRejectedValue(new TypeError("Network connection lost."));
    const before = await snapshot();
    const res = await send("paypal", delivery(capture(uniqueId("CAP"))), "x", config);
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe("invalid_signature");
    expect(await snapshot()).toEqual(before);
  });
});
