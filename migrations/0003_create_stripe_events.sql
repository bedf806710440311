-- Stripe webhook state. Deliveries are at-least-once and unordered, so every event is
-- remembered (replays change nothing) and each payment's state is kept by its key, so a
-- refund or lost dispute that arrives before the payment is applied when it arrives.
-- Times are integer milliseconds since the Unix epoch (UTC).

-- Every event that passed the signature check, with what became of it.
CREATE TABLE stripe_events (
  id           TEXT    PRIMARY KEY,              -- evt_…
  type         TEXT    NOT NULL,
  payment_key  TEXT,                             -- pi_… (or in_… for invoices without one)
  outcome      TEXT    NOT NULL CHECK (outcome IN ('recorded', 'refund', 'dispute_lost', 'ignored', 'rejected')),
  reason       TEXT,                             -- why it was ignored or rejected
  created      INTEGER NOT NULL,                 -- the event's own time
  received_at  INTEGER NOT NULL,
  -- The request that stored the row: the other statements of that request's batch run
  -- only if this request's insert won, so a concurrent duplicate delivery writes nothing.
  request_id   TEXT    NOT NULL
);

-- One row per payment, whichever of its events came first. The donation in the ledger is
-- derived from it: amount = gross − refunded while positive and no dispute was lost.
CREATE TABLE stripe_payments (
  payment_key         TEXT    PRIMARY KEY,
  campaign_id         INTEGER,                   -- null until the payment event arrives
  -- The campaign's created_at pins the campaign itself: a deleted campaign's integer id
  -- may be reused by a new one, which must not inherit this payment.
  campaign_created_at INTEGER,
  gross               INTEGER,                   -- null until the payment event arrives
  refunded            INTEGER NOT NULL DEFAULT 0 CHECK (refunded >= 0),   -- cumulative
  dispute_lost        INTEGER NOT NULL DEFAULT 0 CHECK (dispute_lost IN (0, 1)),
  donor               TEXT,
  paid_at             INTEGER,
  updated_at          INTEGER NOT NULL
);
