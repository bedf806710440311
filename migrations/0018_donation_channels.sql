-- Donation channels: every provider (Stripe, PayPal, Ko-fi, Buy Me a Coffee, GitHub Sponsors,
-- Patreon, the generic signed webhook) shares one path from an external payment to a
-- donation. Deliveries are at-least-once and unordered, so every event is remembered per
-- channel (replays change nothing) and each payment's state is kept by its external key:
-- a refund or reversal that arrives before its payment is applied when the payment arrives.
-- Replaces the Stripe-only tables of 0003, whose rows are carried over.
-- Times are integer milliseconds since the Unix epoch (UTC).

CREATE TABLE payment_events (
  channel      TEXT    NOT NULL,                 -- stripe, paypal, kofi, buymeacoffee, github-sponsors, patreon, donations
  id           TEXT    NOT NULL,                 -- the provider's event (or delivery) id
  type         TEXT    NOT NULL,
  payment_key  TEXT,
  outcome      TEXT    NOT NULL CHECK (outcome IN ('recorded', 'refund', 'reversal', 'ignored', 'rejected')),
  reason       TEXT,                             -- why it was ignored or rejected
  created      INTEGER NOT NULL,                 -- the event's own time
  received_at  INTEGER NOT NULL,
  -- The request that stored the row: the other statements of that request's batch run
  -- only if this request's insert won, so a concurrent duplicate delivery writes nothing.
  request_id   TEXT    NOT NULL,
  PRIMARY KEY (channel, id)
);

-- One row per external payment, whichever of its events came first. Its donation is derived
-- from it: amount = gross − refunds while positive and not reversed.
CREATE TABLE payments (
  channel             TEXT    NOT NULL,
  payment_key         TEXT    NOT NULL,
  -- The donation's id, fixed by the first event, so a refunded-then-restored payment keeps it.
  donation_id         TEXT    NOT NULL,
  campaign_id         INTEGER,                   -- null until the payment event arrives
  -- Pins the campaign: a deleted campaign's integer id may be reused by a new one.
  campaign_created_at INTEGER,
  gross               INTEGER,                   -- null until the payment event arrives
  reversed            INTEGER NOT NULL DEFAULT 0 CHECK (reversed IN (0, 1)),   -- lost dispute, chargeback
  donor               TEXT,
  donor_public        INTEGER NOT NULL DEFAULT 0 CHECK (donor_public IN (0, 1)),
  paid_at             INTEGER,
  updated_at          INTEGER NOT NULL,
  PRIMARY KEY (channel, payment_key)
);

-- Refunds of a payment, one row per provider refund. A provider that reports a cumulative
-- refunded total (Stripe's charge.amount_refunded) keeps one row whose amount only grows.
CREATE TABLE payment_refunds (
  channel     TEXT    NOT NULL,
  payment_key TEXT    NOT NULL,
  refund_key  TEXT    NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (channel, payment_key, refund_key)
);

-- Donor wall: a donation shows its donor's name publicly only when the donor said yes at the
-- provider or the owner marked it; a campaign shows the wall only when the owner turns it on.
ALTER TABLE donations ADD COLUMN donor_public INTEGER NOT NULL DEFAULT 0 CHECK (donor_public IN (0, 1));
ALTER TABLE campaigns ADD COLUMN donor_wall INTEGER NOT NULL DEFAULT 0 CHECK (donor_wall IN (0, 1));

INSERT INTO payment_events (channel, id, type, payment_key, outcome, reason, created, received_at, request_id)
SELECT 'stripe', id, type, payment_key, CASE outcome WHEN 'dispute_lost' THEN 'reversal' ELSE outcome END,
       reason, created, received_at, request_id
  FROM stripe_events;

INSERT INTO payments (channel, payment_key, donation_id, campaign_id, campaign_created_at, gross, reversed, donor,
                      paid_at, updated_at)
SELECT 'stripe', p.payment_key,
       COALESCE((SELECT d.id FROM donations AS d
                  WHERE d.idempotency_key = 'stripe:' || p.payment_key AND d.source = 'stripe'),
                'd_' || lower(hex(randomblob(13)))),
       p.campaign_id, p.campaign_created_at, p.gross, p.dispute_lost, p.donor, p.paid_at, p.updated_at
  FROM stripe_payments AS p;

INSERT INTO payment_refunds (channel, payment_key, refund_key, amount)
SELECT 'stripe', payment_key, 'cumulative', refunded FROM stripe_payments WHERE refunded > 0;

DROP TABLE stripe_events;
DROP TABLE stripe_payments;

-- The donor wall: a campaign's newest public donations.
CREATE INDEX donations_wall ON donations (campaign_id, donor_public, at);
