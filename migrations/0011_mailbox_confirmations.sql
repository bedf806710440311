-- Subscriptions are confirmed one by one, by the link of the confirmation message sent for
-- each, never because their address was confirmed by someone else's link; and addresses are
-- counted per mailbox: lower-cased, trimmed, any +tag removed from the local part (the SQL
-- below is src/domain/mailbox.ts's mailboxKey). Confirmation links sent before this
-- migration stop working; the subscription's next comment sends a new one.

-- Every stored address key becomes a mailbox key (imported subscriptions had none).
UPDATE comments SET email_key =
  CASE WHEN instr(email_key, '+') > 0 AND instr(email_key, '+') < instr(email_key, '@')
       THEN substr(email_key, 1, instr(email_key, '+') - 1) || substr(email_key, instr(email_key, '@'))
       ELSE email_key END
 WHERE email_key IS NOT NULL;

UPDATE subscriptions SET email_key =
  CASE WHEN instr(lower(trim(email)), '+') > 0 AND instr(lower(trim(email)), '+') < instr(lower(trim(email)), '@')
       THEN substr(lower(trim(email)), 1, instr(lower(trim(email)), '+') - 1) || substr(lower(trim(email)), instr(lower(trim(email)), '@'))
       ELSE lower(trim(email)) END;

UPDATE OR IGNORE notification_deliveries SET recipient =
  CASE WHEN instr(recipient, '+') > 0 AND instr(recipient, '+') < instr(recipient, '@')
       THEN substr(recipient, 1, instr(recipient, '+') - 1) || substr(recipient, instr(recipient, '@'))
       ELSE recipient END;

-- The author key (SHA-256 of X-Goalpost-Author, or of a verified SSO id) a subscription was
-- made with, and the hash of the confirmation link sent for it, with when it was sent (links
-- work for 7 days).
ALTER TABLE subscriptions ADD COLUMN author_key_hash TEXT;
ALTER TABLE subscriptions ADD COLUMN confirm_token_hash TEXT;
ALTER TABLE subscriptions ADD COLUMN confirm_sent_at INTEGER;
CREATE UNIQUE INDEX subscriptions_confirm_token ON subscriptions (confirm_token_hash);

-- Which author keys proved they read a mailbox (by following a confirmation link): their
-- later subscriptions of that mailbox are confirmed at once.
CREATE TABLE mailbox_authors (
  email_key       TEXT    NOT NULL,
  author_key_hash TEXT    NOT NULL,
  confirmed_at    INTEGER NOT NULL,
  PRIMARY KEY (email_key, author_key_hash)
) WITHOUT ROWID;

-- notify_addresses, keyed per mailbox, without the address-wide confirmation (confirmed_at,
-- confirm_token_hash) that let anyone subscribe an address once its owner had confirmed.
CREATE TABLE notify_mailboxes (
  email_key          TEXT    PRIMARY KEY,
  -- When the latest confirmation message was planned: at most one per mailbox a day.
  confirm_sent_at    INTEGER,
  -- The comment whose publication planned that message.
  confirm_comment_id TEXT,
  -- Unsubscribed from everything (scope all): later subscriptions send nothing until the
  -- owner confirms one again.
  opted_out_at       INTEGER,
  -- The owner's address stopped moderation notices (their unsubscribe link).
  moderation_off_at  INTEGER
);

INSERT INTO notify_mailboxes (email_key, confirm_sent_at, confirm_comment_id, opted_out_at, moderation_off_at)
SELECT mailbox, MAX(confirm_sent_at), MAX(confirm_comment_id), MAX(opted_out_at), MAX(moderation_off_at)
  FROM (SELECT CASE WHEN instr(email_key, '+') > 0 AND instr(email_key, '+') < instr(email_key, '@')
                    THEN substr(email_key, 1, instr(email_key, '+') - 1) || substr(email_key, instr(email_key, '@'))
                    ELSE email_key END AS mailbox,
               confirm_sent_at, confirm_comment_id, opted_out_at, moderation_off_at
          FROM notify_addresses)
 GROUP BY mailbox;

DROP TABLE notify_addresses;
ALTER TABLE notify_mailboxes RENAME TO notify_addresses;
