import { describe, expect, it } from "vitest";
import { call, createCampaign, errorOf } from "./helpers";
import { snapshot } from "./storage";
import { deliver, nowSeconds, progress, sessionEvent, stripeSignature, uniqueId } from "./stripe-helpers";

/** A paid session for a fresh campaign, and a check that nothing was counted. */
async function setup() {
  const slug = await createCampaign();
  const event = sessionEvent({ campaign: slug, pi: uniqueId("pi"), amount: 4200 });
  return { slug, event, payload: JSON.stringify(event) };
}

async function expectInvalidSignature(res: Awaited<ReturnType<typeof deliver>>) {
  expect(res.status).toBe(400);
  expect(errorOf(res).code).toBe("invalid_signature");
  expect(res.headers.get("X-Request-Id")).toBeTruthy();
}

describe("POST /api/v1/webhooks/stripe signatures", () => {
  it("returns 503 webhook_disabled when STRIPE_WEBHOOK_SECRET is not configured", async () => {
    const { event } = await setup();
    const res = await deliver(event, { configured: null });
    expect(res.status).toBe(503);
    expect(errorOf(res).code).toBe("webhook_disabled");
  });

  it("accepts a valid signature and moves the campaign's raised amount", async () => {
    const { slug, event } = await setup();
    const res = await deliver(event);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ received: true, outcome: "recorded" });
    expect(await progress(slug)).toMatchObject({ raised: 4200, donorCount: 1 });
  });

  it("accepts a header with several v1 signatures of which one is right, and ignores v0", async () => {
    const { slug, event, payload } = await setup();
    const t = nowSeconds();
    const good = await stripeSignature(payload, t);
    const old = await stripeSignature(payload, t, "whsec_previous");
    const res = await deliver(event, { header: `t=${t},v1=${old},v0=${"0".repeat(64)},v1=${good}` });
    expect(res.status).toBe(200);
    expect((await progress(slug)).raised).toBe(4200);
  });

  it("returns 400 for a signature made with another secret and stores nothing", async () => {
    const { slug, event } = await setup();
    const before = await snapshot();
    await expectInvalidSignature(await deliver(event, { secret: "whsec_wrong" }));
    expect(await snapshot()).toEqual(before);
    // The event was not remembered: the genuine delivery still counts.
    expect((await deliver(event)).json.outcome).toBe("recorded");
    expect((await progress(slug)).raised).toBe(4200);
  });

  it("returns 400 when the body was changed after signing", async () => {
    const { slug, payload } = await setup();
    const t = nowSeconds();
    const header = `t=${t},v1=${await stripeSignature(payload, t)}`;
    await expectInvalidSignature(await deliver(payload.replace("4200", "9999999"), { header }));
    expect((await progress(slug)).raised).toBe(0);
  });

  it("returns 400 without a Stripe-Signature header", async () => {
    await expectInvalidSignature(await deliver((await setup()).event, { header: null }));
  });

  it.each([
    ["garbage", "not a signature"],
    ["no timestamp", `v1=${"a".repeat(64)}`],
    ["a non-numeric timestamp", `t=soon,v1=${"a".repeat(64)}`],
    ["no v1", `t=${nowSeconds()}`],
    ["only v0", `t=${nowSeconds()},v0=${"a".repeat(64)}`],
    ["a v1 that is not hex", `t=${nowSeconds()},v1=zz`],
  ])("returns 400 for a malformed header: %s", async (_, header) => {
    const { slug, event } = await setup();
    await expectInvalidSignature(await deliver(event, { header }));
    expect((await progress(slug)).raised).toBe(0);
  });

  it("returns 400 for a signature older than 5 minutes (expired)", async () => {
    const { event } = await setup();
    const before = await snapshot();
    await expectInvalidSignature(await deliver(event, { t: nowSeconds() - 301 }));
    expect(await snapshot()).toEqual(before);
  });

  it("returns 400 for a timestamp more than 5 minutes in the future", async () => {
    const { event } = await setup();
    await expectInvalidSignature(await deliver(event, { t: nowSeconds() + 301 }));
  });

  it("accepts a timestamp within the tolerance", async () => {
    const { slug, event } = await setup();
    expect((await deliver(event, { t: nowSeconds() - 240 })).status).toBe(200);
    expect((await progress(slug)).raised).toBe(4200);
  });

  it("returns 400 invalid_json for a correctly signed body that is not JSON", async () => {
    const res = await deliver("this is not json");
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe("invalid_json");
  });

  it("returns 400 validation_failed for a signed JSON body that is not an event", async () => {
    const res = await deliver({ hello: "world" });
    expect(res.status).toBe(400);
    const error = errorOf(res);
    expect(error.code).toBe("validation_failed");
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual(["created", "data", "id", "type"]);
  });

  it("returns 413 for a body over 64 KiB", async () => {
    const res = await deliver({ padding: "x".repeat(70 * 1024) });
    expect(res.status).toBe(413);
    expect(errorOf(res).code).toBe("payload_too_large");
  });

  it("is described in /openapi.json", async () => {
    const res = await call("GET", "/openapi.json");
    const operation = res.json.paths["/api/v1/webhooks/stripe"]?.post;
    expect(operation).toBeDefined();
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["200", "400", "503"]));
    expect(res.json.components.schemas).toHaveProperty("StripeEvent");
    expect(res.json.components.schemas).toHaveProperty("WebhookReceipt");
  });
});
