import { createRoute, z } from "@hono/zod-openapi";
import { database } from "../db/counted";
import {
  applyStripeChange,
  readPaymentCampaign,
  readStripeEvent,
  recordStripeEvent,
  type StripeOutcome,
} from "../db/stripe";
import { newId } from "../domain/ids";
import { type StripeEventEnvelope, stripeIntent } from "../domain/stripe-events";
import { verifyStripeSignature } from "../domain/stripe-signature";
import { ApiError, validationFailed } from "../errors";
import { stripeChange } from "../live/changes";
import { notifyLive } from "../live/notify";
import { ErrorSchema } from "../schemas/common";
import { createRouter, zodIssues } from "../validation";

export const webhooks = createRouter();

/** The envelope every Stripe event has; the object's own fields are read by the domain mapper. */
const StripeEvent = z
  .looseObject({
    id: z.string().min(1).max(255).openapi({ example: "evt_1PZ…" }),
    type: z.string().min(1).max(255).openapi({ example: "checkout.session.completed" }),
    created: z.number().int().nonnegative().openapi({ description: "Unix seconds; dates the donation" }),
    data: z.looseObject({ object: z.record(z.string(), z.unknown()) }),
  })
  .openapi("StripeEvent");

const OUTCOMES = [
  "recorded",
  "refund",
  "dispute_lost",
  "ignored",
  "rejected",
] as const satisfies readonly StripeOutcome[];

const WebhookReceipt = z
  .object({
    received: z.literal(true),
    outcome: z.enum(OUTCOMES).openapi({
      description:
        "recorded: a donation counted; refund / dispute_lost: applied to its payment; ignored / rejected: not counted",
    }),
    ignored: z.string().optional().openapi({ description: "Why the event was not counted", example: "unpaid_session" }),
    duplicate: z.literal(true).optional().openapi({ description: "The event was processed before; nothing changed" }),
  })
  .openapi("WebhookReceipt");

type Receipt = z.infer<typeof WebhookReceipt>;

const error = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });

// Documented here and handled by a plain route: the body must be read raw for the
// signature, before anything parses it.
webhooks.openAPIRegistry.registerPath(
  createRoute({
    method: "post",
    path: "/stripe",
    tags: ["Webhooks"],
    summary: "Stripe events: paid checkouts and invoices count as donations; refunds and lost disputes reduce them",
    description:
      "Signed as Stripe signs (`Stripe-Signature: t=…,v1=…`, HMAC-SHA256 with STRIPE_WEBHOOK_SECRET, 5-minute " +
      "tolerance). The campaign comes from `metadata.goalpost_campaign`. Valid events that are not counted answer 200.",
    request: {
      headers: z.object({ "stripe-signature": z.string().openapi({ example: "t=1768896000,v1=5257a869…" }) }),
      body: { required: true, content: { "application/json": { schema: StripeEvent } } },
    },
    responses: {
      200: {
        description: "Received (counted, applied or ignored)",
        content: { "application/json": { schema: WebhookReceipt } },
      },
      400: error("invalid_signature (missing, malformed, wrong or stale signature), invalid_json or validation_failed"),
      413: error("Body over 64 KiB"),
      503: error("webhook_disabled: STRIPE_WEBHOOK_SECRET is not configured"),
    },
  }),
);

function parseEvent(body: Uint8Array): StripeEventEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(body));
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON");
  }
  const result = StripeEvent.safeParse(json);
  if (!result.success) throw validationFailed(zodIssues(result.error));
  return result.data as StripeEventEnvelope;
}

const receipt = (outcome: StripeOutcome, reason: string | null, duplicate = false): Receipt => ({
  received: true,
  outcome,
  ...(reason ? { ignored: reason } : {}),
  ...(duplicate ? { duplicate: true as const } : {}),
});

/** Applies one verified event and says what became of it. */
async function processEvent(db: D1Database, event: StripeEventEnvelope, now: number, log: (line: string) => void) {
  const known = await readStripeEvent(db, event.id);
  if (known) return receipt(known.outcome, known.reason, true);

  const skip = async (outcome: "ignored" | "rejected", reason: string, paymentKey: string | null, detail = "") => {
    log(`${outcome}: ${reason}${detail}`);
    const fresh = await recordStripeEvent(db, { event, paymentKey, outcome, reason }, now);
    return receipt(outcome, reason, !fresh);
  };

  const intent = stripeIntent(event);
  if (intent.kind === "ignore") return skip("ignored", intent.reason, intent.paymentKey);

  let campaign = null;
  if (intent.kind === "payment") {
    campaign = await readPaymentCampaign(db, intent.campaign);
    if (!campaign)
      return skip("ignored", "unknown_campaign", intent.paymentKey, ` (${JSON.stringify(intent.campaign)})`);
    if (campaign.currency !== intent.currency) {
      // Recorded as rejected, never converted: the owner decides what a foreign payment is worth.
      const detail = ` (${intent.amount} ${intent.currency}, campaign is ${campaign.currency})`;
      return skip("rejected", "currency_mismatch", intent.paymentKey, detail);
    }
  }
  const fresh = await applyStripeChange(db, event, intent, campaign, newId("d", now), now);
  const outcome = intent.kind === "payment" ? "recorded" : intent.kind;
  log(`${outcome}: ${intent.paymentKey}${fresh ? "" : " (duplicate)"}`);
  return receipt(outcome, null, !fresh);
}

webhooks.post("/stripe", async (c) => {
  const secret = c.env.STRIPE_WEBHOOK_SECRET;
  if (!secret) {
    throw new ApiError(
      503,
      "webhook_disabled",
      "The Stripe webhook is disabled: STRIPE_WEBHOOK_SECRET is not configured",
    );
  }
  const requestId = c.get("requestId");

  // The exact bytes Stripe signed; decoding first could alter them (a BOM, invalid UTF-8).
  const body = new Uint8Array(await c.req.arrayBuffer());
  const check = await verifyStripeSignature(c.req.header("stripe-signature"), body, secret, c.get("now"));
  if (!check.ok) {
    console.log(`[${requestId}] stripe webhook: signature rejected (${check.reason})`);
    throw new ApiError(400, "invalid_signature", "The Stripe-Signature header is missing, malformed, wrong or stale");
  }

  const event = parseEvent(body);
  const log = (line: string) => console.log(`[${requestId}] stripe ${event.type} ${event.id} ${line}`);
  const result = await processEvent(database(c), event, c.get("now").getTime(), log);
  notifyLive(c, stripeChange(event, result));
  return c.json(result, 200);
});
