/** sfc32, a small fast PRNG with 128 bits of state, for the dedup benchmark corpus. */

/**
 * A seeded PRNG with 128 bits of state (sfc32), one stream per (seed, group, variant). Not
 * generate-corpus.ts's mulberry32: it is a counter, so two seeds are one stream at two offsets, and
 * with a stream per story, 100k stories overlapped often enough to plant dozens of false duplicates
 * (measured: "distinct" pairs at Jaccard ~0.5); hashing (group, variant) to a 32-bit seed would
 * also collide (about 2 pairs at 100k articles, 200 at 1M).
 */
export class Rng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  /** The three numbers are the state itself: distinct inputs give distinct, non-overlapping streams. */
  constructor(seed: number, group: number, variant: number) {
    this.#a = seed | 0;
    this.#b = group | 0;
    this.#c = variant | 0;
    this.#d = 1;
    for (let i = 0; i < 15; i += 1) this.float();
  }

  /** A float in [0, 1). */
  float(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const n = Math.min(count, pool.length);
    for (let i = 0; i < n; i += 1) {
      const j = this.int(i, pool.length - 1);
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, n);
  }
}
