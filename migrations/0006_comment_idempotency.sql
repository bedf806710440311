-- A client-generated Idempotency-Key on comment creation, so the widget can retry a post
-- whose answer it never saw without posting twice. Only the key's SHA-256 is stored.
ALTER TABLE comments ADD COLUMN idempotency_key_hash TEXT;
CREATE UNIQUE INDEX comments_idempotency ON comments (idempotency_key_hash) WHERE idempotency_key_hash IS NOT NULL;
