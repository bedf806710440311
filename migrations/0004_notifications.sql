-- Reply, thread and moderation notifications delivered through the NOTIFICATIONS queue.
-- Times are integer milliseconds since the Unix epoch (UTC). Addresses are keyed by
-- lower(trim(email)), like comments.email_key.

-- Subscriptions are looked up by address (confirmation, unsubscribe) and by the comment
-- they were made with (replies).
ALTER TABLE subscriptions ADD COLUMN email_key TEXT;
UPDATE subscriptions SET email_key = lower(trim(email));
CREATE INDEX subscriptions_email_key ON subscriptions (email_key, thread);

-- One row per address that was ever asked to confirm. Confirmed once, confirmed for every
-- later subscription; declined (unsubscribe in the confirmation message) means never asked again.
CREATE TABLE notify_addresses (
  email_key          TEXT    PRIMARY KEY,
  confirmed_at       INTEGER,
  -- SHA-256 of the latest confirmation link's token; only the hash is stored.
  confirm_token_hash TEXT,
  -- When the latest confirmation message was planned: at most one per address a day.
  confirm_sent_at    INTEGER,
  -- The comment whose publication planned that message.
  confirm_comment_id TEXT,
  opted_out_at       INTEGER,
  -- The owner's address stopped moderation notices (their unsubscribe link).
  moderation_off_at  INTEGER
);

CREATE UNIQUE INDEX notify_addresses_token ON notify_addresses (confirm_token_hash);

-- Confirmation messages planned per client IP (keyed hash) per hour.
CREATE TABLE notify_rate (
  ip_hash TEXT    NOT NULL,
  hour    INTEGER NOT NULL,
  count   INTEGER NOT NULL,
  PRIMARY KEY (ip_hash, hour)
);

-- Every message, planned before it is sent: one per recipient per comment, whatever made
-- it (a reply, a thread subscription, a confirmation, a comment held for moderation).
-- Marked sent only after the transport accepted it, and claimed before sending, so a
-- replayed queue message never sends twice.
CREATE TABLE notification_deliveries (
  -- What a `deliver` queue message names, so messages carry no address.
  id                     INTEGER PRIMARY KEY,
  comment_id             TEXT    NOT NULL,
  recipient              TEXT    NOT NULL,
  email                  TEXT    NOT NULL,
  kind                   TEXT    NOT NULL CHECK (kind IN ('reply', 'thread', 'confirm', 'moderation')),
  thread                 TEXT    NOT NULL,
  status                 TEXT    NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'skipped')),
  attempts               INTEGER NOT NULL DEFAULT 0,
  claimed_at             INTEGER,
  sent_at                INTEGER,
  -- SHA-256 of the one-click unsubscribe token in this message.
  unsubscribe_token_hash TEXT,
  created_at             INTEGER NOT NULL,
  UNIQUE (comment_id, recipient)
);

CREATE UNIQUE INDEX notification_deliveries_token ON notification_deliveries (unsubscribe_token_hash);
