-- Inline feedback: the passage of the page a comment is about, as a W3C Web Annotation
-- text-quote selector (exact, prefix, suffix). A top-level comment carries the reader's
-- anchor; a reply stores a copy of its root's (anchors never change after posting), so
-- the anchors of a thread are one indexed scan with no join, and a root that becomes a
-- deleted placeholder does not take its replies' passage with it.
ALTER TABLE comments ADD COLUMN anchor_exact TEXT;
ALTER TABLE comments ADD COLUMN anchor_prefix TEXT;
ALTER TABLE comments ADD COLUMN anchor_suffix TEXT;

-- The embed's anchors of a thread: only anchored rows are indexed.
CREATE INDEX comments_anchored ON comments (thread, status, created_at) WHERE anchor_exact IS NOT NULL;
