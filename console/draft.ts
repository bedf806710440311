// The campaign form's state and what it becomes: the API body (with the same issue paths
// the API uses, so local and server errors show the same way) and, for the live preview,
// the public campaign shape computed by the server's own domain code.
import { toPublicCampaign } from "../src/domain/campaign";
import { currentWindow, type PeriodConfig, startOfZonedDay, zonedParts } from "../src/domain/period";
import type { Campaign, Issue } from "./api";
import { parseMajor, toMajorString } from "./money";
import type { TierDraft } from "./tiers";

export type Draft = {
  slug: string;
  title: string;
  currency: string;
  tiers: TierDraft[];
  kind: "monthly" | "fixed" | "open";
  timeZone: string;
  /** yyyy-mm-dd in the campaign's zone; the end date is the last day, inclusive. */
  startDate: string;
  endDate: string;
};

export const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** True for a zone name this browser's Intl accepts. */
export function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

const civil = (ms: number, zone: string) => {
  const p = zonedParts(ms, zone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
};

/** The first instant of yyyy-mm-dd (plus `days`) in `zone`. */
function dayStart(date: string, zone: string, days = 0): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return startOfZonedDay(
    { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() },
    zone,
  );
}

export function emptyDraft(): Draft {
  return {
    slug: "",
    title: "",
    currency: "USD",
    tiers: [{ amount: "", label: "" }],
    kind: "monthly",
    timeZone: browserZone(),
    startDate: "",
    endDate: "",
  };
}

/** The form state of an existing campaign. */
export function draftOf(c: Campaign): Draft {
  const zone = c.period.timeZone;
  const { startsAt, endsAt } = c.period;
  return {
    slug: c.slug,
    title: c.title,
    currency: c.currency,
    tiers: c.tiers.map((t) => ({ amount: toMajorString(t.amount, c.currency), label: t.label ?? "" })),
    kind: c.period.kind,
    timeZone: zone,
    startDate: c.period.kind === "fixed" && startsAt ? civil(Date.parse(startsAt), zone) : "",
    endDate: c.period.kind === "fixed" && endsAt ? civil(Date.parse(endsAt) - 1, zone) : "",
  };
}

type Body = Record<string, unknown> & {
  tiers: { amount: number; label: string | null }[];
  period: Record<string, unknown>;
};

/** The API body for `draft` and the issues the console can already see. */
export function bodyOf(draft: Draft, creating: boolean): { body: Body; issues: Issue[] } {
  const issues: Issue[] = [];
  if (creating && !SLUG.test(draft.slug))
    issues.push({
      path: "slug",
      message: "Use lowercase letters, digits and dashes (1–64), starting with a letter or digit",
    });
  if (!draft.title.trim()) issues.push({ path: "title", message: "Give the campaign a title" });
  const tiers = draft.tiers.map((tier, i) => {
    const parsed = parseMajor(tier.amount, draft.currency);
    if (!parsed.ok) issues.push({ path: `tiers.${i}.amount`, message: parsed.message });
    return { amount: parsed.ok ? parsed.minor : 0, label: tier.label.trim() || null };
  });
  tiers.forEach((tier, i) => {
    const before = tiers[i - 1];
    if (i > 0 && tier.amount && before?.amount && tier.amount <= before.amount) {
      issues.push({ path: `tiers.${i}.amount`, message: "Must be more than the tier above: tiers go up" });
    }
  });
  const zoneOk = knownZone(draft.timeZone);
  if (!zoneOk) issues.push({ path: "period.timeZone", message: "Pick a time zone from the list, e.g. Europe/Berlin" });
  const period: Record<string, unknown> = { kind: draft.kind, timeZone: draft.timeZone };
  if (draft.kind === "fixed") {
    if (!draft.endDate) issues.push({ path: "period.endsAt", message: "Choose the last day of the campaign" });
    if (zoneOk && draft.endDate) period.endsAt = new Date(dayStart(draft.endDate, draft.timeZone, 1)).toISOString();
    if (zoneOk && draft.startDate) period.startsAt = new Date(dayStart(draft.startDate, draft.timeZone)).toISOString();
    if (draft.startDate && draft.endDate && draft.endDate < draft.startDate)
      issues.push({ path: "period.endsAt", message: "The last day must not be before the first" });
  }
  const body: Body = { title: draft.title.trim(), currency: draft.currency, tiers, period };
  if (creating) body.slug = draft.slug;
  return { body, issues };
}

/** The public shape the widget would receive for `draft`, with the given raised figures; null without a valid tier. */
export function previewOf(draft: Draft, raised: number, donorCount: number, now = Date.now()): Campaign | null {
  const { body } = bodyOf(draft, false);
  const tiers = body.tiers.filter(
    (tier, i, all) => tier.amount > 0 && all.slice(0, i).every((t) => t.amount < tier.amount),
  );
  if (!tiers.length) return null;
  const timeZone = knownZone(draft.timeZone) ? draft.timeZone : "UTC";
  const fixed = draft.kind === "fixed" && draft.endDate;
  const period: PeriodConfig = {
    kind: draft.kind === "fixed" && !fixed ? "open" : draft.kind,
    timeZone,
    startsAt: fixed && draft.startDate ? dayStart(draft.startDate, timeZone) : null,
    endsAt: fixed ? dayStart(draft.endDate, timeZone, 1) : null,
  };
  const slug = SLUG.test(draft.slug) ? draft.slug : "preview";
  const record = {
    slug,
    title: draft.title.trim() || "Untitled campaign",
    currency: draft.currency,
    tiers,
    period,
    window: currentWindow(period, now),
    raised,
    donorCount,
    updatedAt: now,
  };
  return toPublicCampaign(record, now);
}
