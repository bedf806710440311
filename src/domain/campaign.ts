import type { Campaign } from "../schemas/campaigns";
import { daysLeft, type PeriodConfig, type Window } from "./period";

export type Tier = { amount: number; label: string | null };

/** A donor-wall line: a name the donor agreed to show, the amount and when (epoch ms). */
export type WallEntry = { name: string; amount: number; at: number };

/** What storage knows of a campaign, with the raised figures of its current window. */
export type CampaignRecord = {
  slug: string;
  title: string;
  currency: string;
  tiers: Tier[];
  period: PeriodConfig;
  window: Window;
  raised: number;
  donorCount: number;
  updatedAt: number;
  /** The donor wall, or null (absent from the answer) while the owner has not turned it on. */
  wall?: WallEntry[] | null;
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The public progress shape of API.md, computed at `now`. */
export function toPublicCampaign(record: CampaignRecord, now: number): Campaign {
  const { raised, tiers, period, window } = record;
  const goal = tiers[tiers.length - 1]?.amount ?? 0;
  const next = tiers.find((tier) => raised < tier.amount) ?? null;
  const ended = period.kind === "fixed" && period.endsAt !== null && now >= period.endsAt;
  return {
    slug: record.slug,
    title: record.title,
    currency: record.currency,
    raised,
    donorCount: record.donorCount,
    goal,
    percent: goal > 0 ? Math.floor((100 * raised) / goal) : 0,
    tiers: tiers.map((tier) => ({ amount: tier.amount, label: tier.label, reached: raised >= tier.amount })),
    nextTier: next && { amount: next.amount, label: next.label, remaining: next.amount - raised },
    period: {
      kind: period.kind,
      timeZone: period.timeZone,
      startsAt: iso(window.start),
      endsAt: iso(window.end),
    },
    daysLeft: period.kind === "open" ? null : daysLeft(window.end, now, period.timeZone),
    ended,
    updatedAt: new Date(record.updatedAt).toISOString(),
    asOf: new Date(now).toISOString(),
    ...(record.wall
      ? { donors: record.wall.map((entry) => ({ ...entry, at: new Date(entry.at).toISOString() })) }
      : {}),
  };
}
