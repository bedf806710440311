-- Moving in: comments imported from another system (WordPress/wpDiscuz, Disqus, Remark42, Isso)
-- are keyed by (source, external id), so importing the same export again adds nothing and an
-- interrupted import resumes by running it again. Goalpost's own export keeps its comment
-- ids, so it needs no key here.
CREATE TABLE import_keys (
  source      TEXT    NOT NULL,
  external_id TEXT    NOT NULL,
  comment_id  TEXT    NOT NULL,
  imported_at INTEGER NOT NULL,
  PRIMARY KEY (source, external_id)
);

-- Vote tallies brought from the old system, which has no voter ids we could keep: the
-- tallies are `imported + votes cast here`, so a new vote adds to them instead of
-- recounting them away.
ALTER TABLE comments ADD COLUMN imported_upvotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN imported_downvotes INTEGER NOT NULL DEFAULT 0;
