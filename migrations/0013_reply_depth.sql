-- Reply depth cap (MAX_REPLY_DEPTH): a reply to a comment at the cap is stored one level up,
-- under that comment's parent, and remembers the comment it answers here (NULL otherwise).
ALTER TABLE comments ADD COLUMN reply_to_id TEXT;

-- Reply paging: the oldest shown replies of a root, in order, straight off an index, so a
-- page reads at most 51 replies per root however large or deep its thread is.
CREATE INDEX comments_root_replies ON comments (root_id, shown, created_at, id);
