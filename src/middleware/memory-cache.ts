/** An answer kept in memory: the body and its validators. */
export type CachedAnswer = { body: ArrayBuffer; etag: string; type: string };

/**
 * The in-isolate layer in front of the Cache API: at most `capacity` answers, each until
 * its expiry on the request clock, the least recently used dropped first (a Map keeps
 * insertion order, and a hit is re-inserted).
 */
export class MemoryLayer {
  readonly #entries = new Map<string, CachedAnswer & { expires: number }>();
  constructor(readonly capacity: number) {}

  get(key: string, now: number): CachedAnswer | null {
    const entry = this.#entries.get(key);
    if (!entry) return null;
    this.#entries.delete(key);
    if (entry.expires <= now) return null;
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, answer: CachedAnswer, expires: number): void {
    this.#entries.delete(key);
    this.#entries.set(key, { ...answer, expires });
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as string);
  }
}
