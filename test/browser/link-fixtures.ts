// A pending subscription and a sent notification, seeded by the global setup, so the link
// pages' tests know their link tokens (the database keeps only their hashes).
import { createHash, randomBytes } from "node:crypto";

export interface LinkTokens {
  confirm: string;
  unsubscribe: string;
}

const token = () => randomBytes(32).toString("base64url");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Fresh tokens and the SQL that stores their hashes. */
export function linkFixtures(now = Date.now()): { tokens: LinkTokens; sql: string } {
  const tokens = { confirm: token(), unsubscribe: token() };
  const sql = `
INSERT INTO subscriptions (id, email, email_key, thread, kind, comment_id, confirmed, unsubscribe_token_hash,
                           created_at, confirm_token_hash, confirm_sent_at)
VALUES ('s_page', 'reader@example.org', 'reader@example.org', '/link-pages', 'thread', 'c_page', 0,
        '${sha256(token())}', ${now}, '${sha256(tokens.confirm)}', ${now});
INSERT INTO notification_deliveries (comment_id, recipient, email, kind, thread, status, unsubscribe_token_hash, created_at)
VALUES ('c_other', 'reader@example.org', 'reader@example.org', 'thread', '/link-pages', 'sent',
        '${sha256(tokens.unsubscribe)}', ${now});
`;
  return { tokens, sql };
}
