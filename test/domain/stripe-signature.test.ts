import { describe, expect, it } from "vitest";
import { parseSignatureHeader, verifyStripeSignature } from "../../src/domain/stripe-signature";

// A fixed vector computed outside the worker (Node's crypto.createHmac), so the check does
// not only agree with itself.
const SECRET = "whsec_test_secret";
const T = 1_700_000_000;
const BODY = new TextEncoder().encode('{"id":"evt_test"}');
const V1 = "13941114bb88ac44a76abcfddea5b92aa6182a4b63d8be3aae908a616083bd7e";
const AT_T = new Date(T * 1000);

describe("parseSignatureHeader", () => {
  it("reads t and every v1, ignoring other schemes and spaces", () => {
    expect(parseSignatureHeader(`t=${T}, v1=aa,v0=bb,v1=cc`)).toEqual({ timestamp: T, v1: ["aa", "cc"] });
  });

  it("returns null without a numeric t or with two", () => {
    expect(parseSignatureHeader("v1=aa")).toBeNull();
    expect(parseSignatureHeader("t=12x,v1=aa")).toBeNull();
    expect(parseSignatureHeader(`t=${T},t=${T},v1=aa`)).toBeNull();
  });
});

describe("verifyStripeSignature", () => {
  it("accepts the signature Stripe computes", async () => {
    expect(await verifyStripeSignature(`t=${T},v1=${V1}`, BODY, SECRET, AT_T)).toEqual({ ok: true, timestamp: T });
  });

  it("accepts upper-case hex and a right v1 among wrong ones", async () => {
    const header = `t=${T},v1=${"0".repeat(64)},v1=${V1.toUpperCase()},v1=short`;
    expect((await verifyStripeSignature(header, BODY, SECRET, AT_T)).ok).toBe(true);
  });

  it("rejects another secret, another body and another timestamp", async () => {
    expect(await verifyStripeSignature(`t=${T},v1=${V1}`, BODY, "whsec_other", AT_T)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    const other = new TextEncoder().encode('{"id":"evt_tesT"}');
    expect((await verifyStripeSignature(`t=${T},v1=${V1}`, other, SECRET, AT_T)).ok).toBe(false);
    expect((await verifyStripeSignature(`t=${T + 1},v1=${V1}`, BODY, SECRET, AT_T)).ok).toBe(false);
  });

  it("allows 300 seconds of difference either way and no more", async () => {
    const at = (seconds: number) => new Date((T + seconds) * 1000);
    const header = `t=${T},v1=${V1}`;
    expect((await verifyStripeSignature(header, BODY, SECRET, at(300))).ok).toBe(true);
    expect((await verifyStripeSignature(header, BODY, SECRET, at(-300))).ok).toBe(true);
    expect(await verifyStripeSignature(header, BODY, SECRET, at(301))).toEqual({ ok: false, reason: "stale" });
    expect(await verifyStripeSignature(header, BODY, SECRET, at(-301))).toEqual({ ok: false, reason: "stale" });
  });

  it("names why a header is refused", async () => {
    expect(await verifyStripeSignature(undefined, BODY, SECRET, AT_T)).toEqual({ ok: false, reason: "missing" });
    expect(await verifyStripeSignature("", BODY, SECRET, AT_T)).toEqual({ ok: false, reason: "missing" });
    expect(await verifyStripeSignature("nonsense", BODY, SECRET, AT_T)).toEqual({ ok: false, reason: "malformed" });
    expect(await verifyStripeSignature(`t=${T},v0=${V1}`, BODY, SECRET, AT_T)).toEqual({ ok: false, reason: "no_v1" });
  });
});
