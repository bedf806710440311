// What every donation channel turns a verified delivery into. A channel module (one small
// file per provider) verifies the request and maps its body to a ChannelEvent; the shared
// path in ./receive.ts does the rest: idempotency, currency check, refunds, the ledger.
import type { Bindings } from "../env";

/** What one event does to one external payment. */
export type PaymentChange =
  | {
      kind: "payment";
      /** The provider's payment or transaction id: one payment is one donation. */
      paymentKey: string;
      /** The campaign slug the payment counts towards (null when none was named). */
      campaign: string | null;
      /** Minor units of `currency`. */
      amount: number;
      /** Upper-case ISO 4217. */
      currency: string;
      /** When it was paid, epoch ms. */
      at: number;
      donor: string | null;
      /** The donor said yes to being shown publicly at the provider. */
      donorPublic: boolean;
    }
  /**
   * One refund of the payment, keyed by the provider's refund id. A provider that reports a
   * cumulative refunded total uses one fixed key: the largest amount seen wins.
   */
  | {
      kind: "refund";
      paymentKey: string;
      refundKey: string;
      amount: number;
      /** The refund's currency when the provider names it: another than the payment's is rejected. */
      currency?: string;
      /** `?campaign=` of the webhook URL, whose currency stands in until the payment itself arrives. */
      campaign?: string | null;
    }
  /** The whole payment is taken back (a lost dispute, a chargeback, a reversal). */
  | { kind: "reversal"; paymentKey: string }
  | { kind: "ignore"; reason: string; paymentKey: string | null };

export type ChannelEvent = {
  /** Unique per channel: a replay carries the same id. */
  id: string;
  type: string;
  /** The event's own time, epoch ms. */
  created: number;
  change: PaymentChange;
};

export type ChannelRequest = {
  headers: Headers;
  /** The exact bytes received. */
  body: Uint8Array;
  /** `?campaign=` of the webhook URL. */
  campaign: string | null;
  now: Date;
  env: Bindings;
};

export type Verification = { ok: true } | { ok: false; reason: string };

export type Channel = {
  /** The URL segment and the donations' `source`. */
  name: string;
  /** The setting that turns the channel on (503 `webhook_disabled` while unset). */
  setting: keyof Bindings & string;
  /** Checks the signature or token; never throws for a bad one. */
  verify(request: ChannelRequest, secret: string): Promise<Verification>;
  /** Maps a verified body to its event; throws ApiError 400 for a body it cannot read. */
  parse(request: ChannelRequest): ChannelEvent;
  /** OpenAPI: summary, description, the signature header and a body example. */
  doc: { summary: string; description: string; headers: Record<string, string>; contentType: string };
};
