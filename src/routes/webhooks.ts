import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { CHANNELS } from "../channels";
import { GenericDonationEvent } from "../channels/donations";
import { channelAnswer, type Received, receive } from "../channels/receive";
import { StripeEvent, stripe } from "../channels/stripe";
import type { Channel } from "../channels/types";
import { database } from "../db/request-session";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { paymentChange } from "../live/changes";
import { notifyLive } from "../live/notify";
import { ErrorSchema } from "../schemas/common";
import { createRouter } from "../validation";

export const webhooks = createRouter();

const STRIPE_OUTCOMES = ["recorded", "refund", "dispute_lost", "ignored", "rejected"] as const;

const WebhookReceipt = z
  .object({
    received: z.literal(true),
    outcome: z.enum(STRIPE_OUTCOMES).openapi({
      description:
        "recorded: a donation counted; refund / dispute_lost: applied to its payment; ignored / rejected: not counted",
    }),
    ignored: z.string().optional().openapi({ description: "Why the event was not counted", example: "unpaid_session" }),
    duplicate: z.literal(true).optional().openapi({ description: "The event was processed before; nothing changed" }),
  })
  .openapi("WebhookReceipt");

const ChannelReceipt = z
  .union([
    z.object({
      donation: z.object({
        id: z.string().openapi({ description: "The payment's donation (stable across refunds)" }),
        amount: z.number().int().openapi({ description: "What it counts now: gross − refunds, 0 when taken back" }),
        source: z.string().openapi({ example: "donations" }),
      }),
      duplicate: z.boolean().openapi({ description: "The event was processed before; nothing changed" }),
    }),
    z.object({
      ignored: z.string().openapi({
        description: "Why a valid event was not counted (unknown_campaign, currency_mismatch, event_type_not_handled…)",
        example: "currency_mismatch",
      }),
      duplicate: z.boolean(),
    }),
  ])
  .openapi("ChannelReceipt");

const error = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });
const CampaignQuery = z.object({
  campaign: z.string().max(2048).optional().openapi({ description: "The campaign's slug", example: "january-drive" }),
});

// Documented here and handled by plain routes: the body must be read raw for the signature,
// before anything parses it.
function document(channel: Channel, body: z.ZodType, receipt: z.ZodType, withCampaign: boolean) {
  const headers = Object.fromEntries(
    Object.entries(channel.doc.headers).map(([name, example]) => [name, z.string().openapi({ example })]),
  );
  webhooks.openAPIRegistry.registerPath(
    createRoute({
      method: "post",
      path: `/${channel.name}`,
      tags: ["Webhooks"],
      summary: channel.doc.summary,
      description: channel.doc.description,
      request: {
        ...(withCampaign ? { query: CampaignQuery } : {}),
        ...(Object.keys(headers).length ? { headers: z.object(headers) } : {}),
        body: { required: true, content: { [channel.doc.contentType]: { schema: body } } },
      },
      responses: {
        200: {
          description: "Received (counted, applied or ignored with the reason)",
          content: { "application/json": { schema: receipt } },
        },
        400: error(
          "invalid_signature (missing, malformed, wrong or stale signature or token), invalid_json or validation_failed",
        ),
        413: error("Body over 64 KiB"),
        503: error(`webhook_disabled: ${channel.setting} is not configured`),
      },
    }),
  );
}

/** Verifies and applies one delivery of `channel`; `answer` shapes the 200 body. */
function handler(channel: Channel, answer: (db: D1Database, received: Received) => Promise<unknown> | unknown) {
  return async (c: Context<AppEnv>) => {
    const secret = c.env[channel.setting];
    if (typeof secret !== "string" || secret === "") {
      throw new ApiError(
        503,
        "webhook_disabled",
        `The ${channel.name} webhook is disabled: ${channel.setting} is not configured`,
      );
    }
    const requestId = c.get("requestId");
    // The exact bytes the provider signed; decoding first could alter them (a BOM, invalid UTF-8).
    const request = {
      headers: c.req.raw.headers,
      body: new Uint8Array(await c.req.arrayBuffer()),
      campaign: c.req.query("campaign") ?? null,
      now: c.get("now"),
      env: c.env,
    };
    const check = await channel.verify(request, secret);
    if (!check.ok) {
      console.log(`[${requestId}] ${channel.name} webhook: signature rejected (${check.reason})`);
      throw new ApiError(
        400,
        "invalid_signature",
        `The ${channel.name} signature or token is missing, malformed, wrong or stale`,
      );
    }
    const event = channel.parse(request);
    const log = (line: string) => console.log(`[${requestId}] ${channel.name} ${event.type} ${event.id} ${line}`);
    const db = database(c);
    const received = await receive(db, channel.name, event, c.get("now").getTime(), log);
    notifyLive(c, paymentChange(channel.name, received));
    return c.json(await answer(db, received), 200);
  };
}

const stripeReceipt = (received: Received) => ({
  received: true as const,
  outcome: received.outcome === "reversal" ? ("dispute_lost" as const) : received.outcome,
  ...(received.reason ? { ignored: received.reason } : {}),
  ...(received.duplicate ? { duplicate: true as const } : {}),
});

document(stripe, StripeEvent, WebhookReceipt, false);
webhooks.post(
  "/stripe",
  handler(stripe, (_db, received) => stripeReceipt(received)),
);

const PROVIDER_BODY = z.looseObject({}).openapi({ description: "The provider's event, as it sends it" });
for (const channel of CHANNELS) {
  document(channel, channel.name === "donations" ? GenericDonationEvent : PROVIDER_BODY, ChannelReceipt, true);
  webhooks.post(
    `/${channel.name}`,
    handler(channel, (db, received) => channelAnswer(db, channel.name, received)),
  );
}
