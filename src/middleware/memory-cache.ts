/** An answer kept in memory: the body and its validators. */
export type CachedAnswer = { body: ArrayBuffer; etag: string; type: string };

/**
 * The in-isolate layer in front of the Cache API: at most `capacity` answers and
 * `maxBytes` of bodies (an isolate has 128 MB), each until its expiry on the request
 * clock, the least recently used dropped first (a Map keeps insertion order, and a hit is
 * re-inserted).
 */
export class MemoryLayer {
  readonly #entries = new Map<string, CachedAnswer & { expires: number }>();
  #bytes = 0;
  constructor(
    readonly capacity: number,
    readonly maxBytes = 8 * 1024 * 1024,
  ) {}

  get(key: string, now: number): CachedAnswer | null {
    const entry = this.#entries.get(key);
    if (!entry) return null;
    this.#entries.delete(key);
    if (entry.expires <= now) {
      this.#bytes -= entry.body.byteLength;
      return null;
    }
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, answer: CachedAnswer, expires: number): void {
    this.#drop(key);
    if (answer.body.byteLength > this.maxBytes / 16) return;
    this.#entries.set(key, { ...answer, expires });
    this.#bytes += answer.body.byteLength;
    while (this.#entries.size > this.capacity || this.#bytes > this.maxBytes) {
      this.#drop(this.#entries.keys().next().value as string);
    }
  }

  #drop(key: string) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.body.byteLength;
  }
}
