const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/**
 * A new id `prefix_` + 10 chars of time + 16 random chars (Crockford base32, lower case):
 * ids sort by creation time, and 80 random bits make collisions negligible.
 */
export function newId(prefix: string, now = Date.now()): string {
  let time = "";
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let random = "";
  for (const byte of bytes) random += ALPHABET[byte % 32];
  return `${prefix}_${time}${random}`;
}
