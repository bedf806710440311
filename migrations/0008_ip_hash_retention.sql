-- Comments keep the keyed hash of their IP only for an hour (rate limits); this index
-- keeps the sweep that drops older ones cheap.
CREATE INDEX comments_ip_hash_age ON comments (created_at) WHERE ip_hash IS NOT NULL;
