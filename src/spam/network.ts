/**
 * The client network a request comes from (API.md "Client identity"): an IPv4 address as
 * is, an IPv6 address cut to its /64 prefix, so one household or phone cannot dodge a block
 * by walking its own prefix. Anything unparseable is kept whole.
 */
export function clientNetwork(ip: string): string {
  const address = ip.trim().toLowerCase();
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  if (groups.length < 4) return address;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** The mailbox an address delivers to: lowercase, without a `+tag` in the local part. */
export function mailboxOf(email: string): string {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf("@");
  if (at < 0) return lower;
  return `${lower.slice(0, at).replace(/\+.*$/, "")}${lower.slice(at)}`;
}

/** A well-formed author key (API.md "Author key"), else null. */
export const authorKey = (header: string | undefined) =>
  header !== undefined && /^[A-Za-z0-9_-]{32,128}$/.test(header) ? header : null;
