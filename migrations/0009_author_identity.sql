-- Who wrote a comment, as far as the server can tell (API.md "Abuse resistance and identity"):
-- `author_hash` is SHA-256 of the author key (`key:<X-Goalpost-Author>`) or of the verified
-- SSO id (`sso:<id>`); the key itself is never stored. Trust under MODERATION=first is
-- "this author_hash has an approved comment", never an e-mail or a name.
ALTER TABLE comments ADD COLUMN author_hash TEXT;
ALTER TABLE comments ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN owner INTEGER NOT NULL DEFAULT 0;
-- SHA-256 of the request an Idempotency-Key was first used with: a retry must match it.
ALTER TABLE comments ADD COLUMN idempotency_fingerprint TEXT;
CREATE INDEX comments_author ON comments (author_hash, status) WHERE author_hash IS NOT NULL;

-- The keyed hash of the voter's client network, scoped to the comment (so it links no two
-- comments): at most 3 voter ids of one network count per comment.
ALTER TABLE votes ADD COLUMN network_hash TEXT;
CREATE INDEX votes_network ON votes (comment_id, network_hash);
