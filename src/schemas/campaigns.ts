import { z } from "@hono/zod-openapi";
import { isKnownCurrency, isTimeZone } from "../domain/intl";
import { CursorParam, IsoTime, IsoTimeInput, limitParam } from "./common";

/** Largest amount in minor units we accept; sums of many stay exact in a double. */
export const MAX_AMOUNT = 1_000_000_000_000;

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "must be lowercase letters, digits and dashes, 1–64 chars")
  .openapi({ example: "january-drive" });

// `refine` rather than `.int()`: an aborting check would hide the other fields' issues.
const Amount = z
  .number()
  .positive("must be > 0")
  .max(MAX_AMOUNT)
  .refine(Number.isInteger, "must be an integer in minor units")
  .openapi({ type: "integer", example: 250000 });

const Currency = z.string().refine(isKnownCurrency, "must be a current ISO 4217 code").openapi({ example: "USD" });

const TimeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, "must be an IANA time zone")
  .openapi({ example: "Europe/Berlin" });

const TierInput = z.object({
  amount: Amount,
  label: z.string().trim().max(120).nullish(),
});

const Tiers = z
  .array(TierInput)
  .min(1)
  .max(10)
  .superRefine(
    (tiers, ctx) => {
      tiers.forEach((tier, index) => {
        const previous = tiers[index - 1];
        const ordered =
          typeof tier?.amount !== "number" || typeof previous?.amount !== "number" || tier.amount > previous.amount;
        if (!ordered)
          ctx.addIssue({ code: "custom", path: [index, "amount"], message: "tiers must be strictly ascending" });
      });
    },
    // Runs even when an element failed, so one answer lists every failing field.
    { when: (payload) => Array.isArray(payload.value) },
  );

const PeriodInput = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("monthly"), timeZone: TimeZone.optional() }),
    z.object({
      kind: z.literal("fixed"),
      timeZone: TimeZone.optional(),
      startsAt: IsoTimeInput.nullish(),
      endsAt: IsoTimeInput,
    }),
    z.object({ kind: z.literal("open"), timeZone: TimeZone.optional() }),
  ])
  .superRefine((period, ctx) => {
    if (period.kind === "fixed" && period.startsAt != null && period.endsAt <= period.startsAt) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "must be after startsAt" });
    }
  })
  .openapi("PeriodInput");

export type PeriodInput = z.infer<typeof PeriodInput>;

export const CampaignCreate = z
  .object({
    slug: SlugSchema,
    title: z.string().trim().min(1).max(200),
    currency: Currency,
    tiers: Tiers,
    period: PeriodInput,
  })
  .openapi("CampaignCreate");

export const CampaignPatch = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    currency: Currency.optional(),
    tiers: Tiers.optional(),
    period: PeriodInput.optional(),
  })
  .openapi("CampaignPatch");

export const Campaign = z
  .object({
    slug: z.string(),
    title: z.string(),
    currency: z.string(),
    raised: z.number().int(),
    donorCount: z.number().int(),
    goal: z.number().int(),
    percent: z.number().int(),
    tiers: z.array(z.object({ amount: z.number().int(), label: z.string().nullable(), reached: z.boolean() })),
    nextTier: z
      .object({ amount: z.number().int(), label: z.string().nullable(), remaining: z.number().int() })
      .nullable(),
    period: z.object({
      kind: z.enum(["monthly", "fixed", "open"]),
      timeZone: z.string(),
      startsAt: IsoTime.nullable(),
      endsAt: IsoTime.nullable(),
    }),
    daysLeft: z.number().int().nullable(),
    ended: z.boolean(),
    updatedAt: IsoTime,
    asOf: IsoTime,
    donors: z
      .array(z.object({ name: z.string(), amount: z.number().int(), at: IsoTime }))
      .optional()
      .openapi({ description: "Donor wall (only when the owner turned it on): newest public donors, names only" }),
  })
  .openapi("Campaign");

export type Campaign = z.infer<typeof Campaign>;

export const DonationCreate = z
  .object({
    amount: Amount,
    donor: z.string().trim().max(120).nullish(),
    message: z.string().trim().max(1000).nullish(),
    at: IsoTimeInput.optional(),
  })
  .openapi("DonationCreate");

export const Donation = z
  .object({
    id: z.string(),
    amount: z.number().int(),
    currency: z.string(),
    donor: z.string().nullable(),
    message: z.string().nullable(),
    at: IsoTime,
    source: z.string().openapi({
      description: "The channel: manual, stripe, paypal, kofi, buymeacoffee, github-sponsors, patreon, donations",
    }),
    createdAt: IsoTime,
    public: z.boolean().openapi({ description: "The donor's name may appear on the donor wall" }),
  })
  .openapi("Donation");

export type Donation = z.infer<typeof Donation>;

/** Lookups take any slug-sized string and match it exactly, so `HOSTILE` is simply not found. */
export const SlugParams = z.object({
  slug: z
    .string()
    .min(1)
    .max(2048)
    .openapi({ param: { name: "slug", in: "path" }, example: "january-drive" }),
});

export const DonationParams = SlugParams.extend({
  id: z
    .string()
    .min(1)
    .max(2048)
    .openapi({ param: { name: "id", in: "path" } }),
});

export const LedgerQuery = z.object({ cursor: CursorParam, limit: limitParam(50, 100) });

export const IdempotencyHeaders = z.object({
  "idempotency-key": z
    .string()
    .min(1)
    .max(128)
    .optional()
    .openapi({
      param: { name: "idempotency-key", in: "header" },
      description: "Idempotency-Key: a repeat returns the first donation",
    }),
});
