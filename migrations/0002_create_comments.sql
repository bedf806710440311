-- Threaded comments, their votes, notification subscriptions and the per-IP rate-limit window.
-- Times are integer milliseconds since the Unix epoch (UTC).

CREATE TABLE comments (
  id              TEXT    PRIMARY KEY,
  thread          TEXT    NOT NULL,
  parent_id       TEXT,
  -- The top-level ancestor (itself for a top-level comment): a page of roots and every
  -- reply under them is one `root_id IN (…)` lookup.
  root_id         TEXT    NOT NULL,
  -- Materialised path `root/…/parent/id`: subtrees are the range [path || '/', path || '0').
  path            TEXT    NOT NULL,
  depth           INTEGER NOT NULL CHECK (depth >= 0),
  author_name     TEXT    NOT NULL,
  author_email    TEXT,
  -- lower(trim(email)): "known commenter" look-ups for MODERATION=first.
  email_key       TEXT,
  body            TEXT    NOT NULL,
  html            TEXT    NOT NULL,
  status          TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'deleted')),
  pinned          INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
  -- Tallies of `votes`, recomputed in the same batch as every vote.
  upvotes         INTEGER NOT NULL DEFAULT 0,
  downvotes       INTEGER NOT NULL DEFAULT 0,
  -- Direct replies that are shown, recomputed in the batch of every change that shows or hides one.
  reply_count     INTEGER NOT NULL DEFAULT 0,
  edit_token_hash TEXT    NOT NULL,
  -- HMAC-SHA-256 of the client IP; raw IPs are never stored.
  ip_hash         TEXT,
  created_at      INTEGER NOT NULL,
  edited_at       INTEGER,
  -- Shown in a thread: approved, or a placeholder that still has shown replies.
  shown           INTEGER GENERATED ALWAYS AS (status = 'approved' OR reply_count > 0) VIRTUAL,
  score           INTEGER GENERATED ALWAYS AS (upvotes - downvotes) VIRTUAL,
  -- Ascending twins of "pinned DESC" and "score DESC", so every sort is one index direction
  -- and cursors compare as row values.
  unpinned        INTEGER GENERATED ALWAYS AS (1 - pinned) VIRTUAL,
  neg_score       INTEGER GENERATED ALWAYS AS (downvotes - upvotes) VIRTUAL
);

-- First pages cost the same for 50 or 5,000 comments: each sort reads its roots straight
-- off an index, in order, and stops after `limit`.
CREATE INDEX comments_roots_oldest ON comments (thread, depth, shown, unpinned, created_at, id);
CREATE INDEX comments_roots_newest ON comments (thread, depth, shown, pinned, created_at, id);
CREATE INDEX comments_roots_top ON comments (thread, depth, shown, unpinned, neg_score, created_at, id);
-- Replies of a page's roots.
CREATE INDEX comments_root ON comments (root_id, shown);
-- Direct replies, for reply_count; and subtrees by path.
CREATE INDEX comments_parent ON comments (parent_id, shown);
CREATE INDEX comments_path ON comments (path);
-- total and counts: visible comments of a thread.
CREATE INDEX comments_thread_status ON comments (thread, status);
-- Moderation queue, newest first.
CREATE INDEX comments_status_created ON comments (status, created_at, id);
CREATE INDEX comments_email ON comments (email_key, status);

CREATE TABLE votes (
  comment_id TEXT    NOT NULL,
  voter      TEXT    NOT NULL,
  value      INTEGER NOT NULL CHECK (value IN (1, -1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (comment_id, voter)
);

-- `notify` requests; delivery comes later. Unconfirmed until the address is proven.
CREATE TABLE subscriptions (
  id                     TEXT    PRIMARY KEY,
  email                  TEXT    NOT NULL,
  thread                 TEXT    NOT NULL,
  kind                   TEXT    NOT NULL CHECK (kind IN ('replies', 'thread')),
  comment_id             TEXT    NOT NULL,
  confirmed              INTEGER NOT NULL DEFAULT 0,
  unsubscribe_token_hash TEXT    NOT NULL,
  created_at             INTEGER NOT NULL
);

CREATE INDEX subscriptions_thread ON subscriptions (thread, kind);
CREATE INDEX subscriptions_comment ON subscriptions (comment_id);

-- Comments posted per client per minute; `ip_hash` is a keyed hash, never the IP.
CREATE TABLE comment_rate (
  ip_hash TEXT    NOT NULL,
  minute  INTEGER NOT NULL,
  count   INTEGER NOT NULL,
  PRIMARY KEY (ip_hash, minute)
);

CREATE INDEX comment_rate_minute ON comment_rate (minute);
