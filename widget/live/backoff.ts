// The live client's reconnection delays, pure so the domain tests can check them.

const MAX_DELAY_MS = 60_000;
const FIRST_DELAY_MS = 1_000;

/** Delay before attempt `n` (0-based): 1 s, 2 s, 4 s … capped at 60 s, times 0.5–1.5 (jitter). */
export const backoff = (n: number, random = Math.random()) =>
  Math.round(Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** n) * (0.5 + random));
