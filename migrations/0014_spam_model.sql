-- The spam filter (docs/spam.md): what it knows of each comment's source, the score and
-- reasons it gave, and the model it learns from the owner's decisions.

-- Keyed hash of the client network (IPv4 address or IPv6 /64), kept for network blocks.
ALTER TABLE comments ADD COLUMN network_hash TEXT;
-- SHA-256 of the X-Goalpost-Author key the comment was written with.
ALTER TABLE comments ADD COLUMN author_key_hash TEXT;
-- The filter's verdict when the comment arrived: 0..1 and a JSON array of reasons.
ALTER TABLE comments ADD COLUMN spam_score REAL;
ALTER TABLE comments ADD COLUMN spam_reasons TEXT;
-- The example this comment currently is in the model (NULL: none), so a changed decision
-- moves it from one side to the other instead of counting it twice.
ALTER TABLE comments ADD COLUMN spam_label TEXT CHECK (spam_label IN ('spam', 'ham'));

CREATE INDEX comments_network_hash ON comments (network_hash) WHERE network_hash IS NOT NULL;

-- Per feature, in how many spam and ham examples it appeared.
CREATE TABLE spam_features (
  feature TEXT    PRIMARY KEY,
  spam    INTEGER NOT NULL DEFAULT 0,
  ham     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- The one model row: example counts, a version bumped by every change (workers cache the
-- model in memory and reload it when the version moves) and when it last learned.
CREATE TABLE spam_model (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  spam_docs  INTEGER NOT NULL DEFAULT 0,
  ham_docs   INTEGER NOT NULL DEFAULT 0,
  version    INTEGER NOT NULL DEFAULT 0,
  trained_at INTEGER
);

INSERT INTO spam_model (id) VALUES (1);
