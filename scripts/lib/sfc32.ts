/** sfc32, a small fast PRNG with 128 bits of state, for the dedup benchmark corpus. */

import { Random } from './generate-corpus.js';

/**
 * A seeded PRNG with 128 bits of state (sfc32), one stream per (seed, group, variant). Not
 * generate-corpus.ts's mulberry32: it is a counter, so two seeds are one stream at two offsets, and
 * with a stream per story, 100k stories overlapped often enough to plant dozens of false duplicates
 * (measured: "distinct" pairs at Jaccard ~0.5); hashing (group, variant) to a 32-bit seed would
 * also collide (about 2 pairs at 100k articles, 200 at 1M). The three numbers are the state itself,
 * so distinct inputs give distinct, non-overlapping streams. Floats in [0, 1).
 */
export function sfc32(seed: number, group: number, variant: number): () => number {
  let a = seed | 0;
  let b = group | 0;
  let c = variant | 0;
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i += 1) next();
  return next;
}

/** The benchmark's draws (int, chance, pick, sample) over an sfc32 stream. */
export class Rng extends Random {
  constructor(seed: number, group: number, variant: number) {
    super(sfc32(seed, group, variant));
  }
}
