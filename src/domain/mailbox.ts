/**
 * The key a mailbox is known by: the address trimmed and lower-cased, with any `+tag` removed
 * from its local part. Limits, opt-outs and "nobody is told about their own comment" all
 * count per mailbox, so `Victim+1@Example.org` is `victim@example.org`. Migration
 * 0011_mailbox_keys.sql applies the same rule to stored rows in SQL.
 */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.indexOf("@");
  if (at < 0) return address;
  const plus = address.indexOf("+");
  return plus >= 0 && plus < at ? address.slice(0, plus) + address.slice(at) : address;
}
