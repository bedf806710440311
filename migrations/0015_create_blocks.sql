-- Sources the owner blocked (docs/spam.md): their new comments are stored as spam.
CREATE TABLE blocks (
  id         TEXT    PRIMARY KEY,
  kind       TEXT    NOT NULL CHECK (kind IN ('network', 'author', 'email')),
  -- network: keyed network hash; author: author key hash (or SSO id); email: the mailbox
  -- (lowercase, +tag removed).
  value      TEXT    NOT NULL,
  -- The comment it was made from, and what the owner is shown of the source.
  comment_id TEXT,
  label      TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER
);

CREATE INDEX blocks_kind_value ON blocks (kind, value, expires_at);
