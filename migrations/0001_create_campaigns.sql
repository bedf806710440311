-- Donation goals: campaigns, their tiers (goal marks) and the donations ledger.
-- Times are integer milliseconds since the Unix epoch (UTC).

CREATE TABLE campaigns (
  id           INTEGER PRIMARY KEY,
  slug         TEXT    NOT NULL UNIQUE,
  title        TEXT    NOT NULL,
  currency     TEXT    NOT NULL,
  period_kind  TEXT    NOT NULL CHECK (period_kind IN ('monthly', 'fixed', 'open')),
  time_zone    TEXT    NOT NULL DEFAULT 'UTC',
  starts_at    INTEGER,
  ends_at      INTEGER,
  -- The current period's [window_start, window_end), kept so the public read is one
  -- query; recomputed when the clock leaves it (a monthly campaign, once a month).
  window_start INTEGER,
  window_end   INTEGER,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
);

CREATE TABLE tiers (
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount > 0),
  label       TEXT,
  PRIMARY KEY (campaign_id, position)
);

CREATE TABLE donations (
  id              TEXT    PRIMARY KEY,
  campaign_id     INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  amount          INTEGER NOT NULL CHECK (amount > 0),
  donor           TEXT,
  message         TEXT,
  at              INTEGER NOT NULL,
  idempotency_key TEXT,
  source          TEXT    NOT NULL DEFAULT 'manual',
  created_at      INTEGER NOT NULL,
  UNIQUE (campaign_id, idempotency_key)
);

-- "Sum of a campaign's donations in [start, end)": a covering range scan.
CREATE INDEX donations_window ON donations (campaign_id, at, amount);
-- The ledger, newest first, with (at, id) cursors.
CREATE INDEX donations_ledger ON donations (campaign_id, at, id);
