-- Statements whose cost grew with the whole site rather than with what they read (found with
-- EXPLAIN QUERY PLAN: D1 keeps no table statistics, so the plan on an empty database is the
-- plan a large one gets; see docs/caching.md "Plans without statistics").

-- The privacy view and erase (GET/DELETE /api/v1/admin/privacy) read a mailbox's messages:
-- without this they walked every notification the site ever sent.
CREATE INDEX notification_deliveries_recipient ON notification_deliveries (recipient);

-- The housekeeping of every published comment's plan ("DELETE FROM notify_rate WHERE hour < ?"),
-- like comment_rate_minute: without this it walked the table.
CREATE INDEX notify_rate_hour ON notify_rate (hour);
