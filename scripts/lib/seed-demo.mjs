// The demo data of `npm start`: campaign `demo` (monthly, America/New_York, tiers
// 2,500 $ and 5,000 $) with 900 $ raised this month through recorded donations.
import { randomBytes } from "node:crypto";

const q = (value) =>
  value === null ? "NULL" : typeof value === "number" ? String(value) : `'${String(value).replace(/'/g, "''")}'`;

/** The first instant of the current month in `timeZone`, in epoch ms. */
function monthStart(now, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    })
      .formatToParts(now)
      .map((p) => [p.type, Number(p.value)]),
  );
  const elapsed = (((parts.day - 1) * 24 + parts.hour) * 60 + parts.minute) * 60_000 + parts.second * 1000;
  return now - elapsed + 60 * 60_000; // an hour of margin for a DST change inside the month
}

const id = (prefix, at) => `${prefix}_${at.toString(36).padStart(10, "0")}${randomBytes(8).toString("hex")}`;

/** SQL inserting the demo campaign and its donations. */
export function demoCampaignSql(now = Date.now()) {
  const start = Math.min(monthStart(now, "America/New_York"), now - 60_000);
  const gifts = [
    [25000, "Maria L.", "For the Deir ez-Zor coverage."],
    [10000, null, null],
    [5000, "Jonas", "Keep it independent."],
    [30000, "A reader in Austin", null],
    [15000, "Priya", null],
    [5000, null, "Thanks for the newsletter."],
  ];
  const lines = [
    `INSERT INTO campaigns (slug, title, currency, period_kind, time_zone, starts_at, ends_at, window_start, window_end, created_at, updated_at)
     VALUES ('demo', 'Support independent reporting', 'USD', 'monthly', 'America/New_York', NULL, NULL, NULL, NULL, ${start}, ${now});`,
    `INSERT INTO tiers (campaign_id, position, amount, label) SELECT id, 0, 250000, 'Keep the lights on' FROM campaigns WHERE slug = 'demo';`,
    `INSERT INTO tiers (campaign_id, position, amount, label) SELECT id, 1, 500000, 'Hire a reporter' FROM campaigns WHERE slug = 'demo';`,
  ];
  gifts.forEach(([amount, donor, message], i) => {
    const at = Math.round(start + ((now - start) * (i + 1)) / (gifts.length + 1));
    lines.push(
      `INSERT INTO donations (id, campaign_id, amount, donor, message, at, source, created_at)
       SELECT ${q(id("d", at))}, id, ${amount}, ${q(donor)}, ${q(message)}, ${at}, 'manual', ${at} FROM campaigns WHERE slug = 'demo';`,
    );
  });
  return lines.join("\n");
}
