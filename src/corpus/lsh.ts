/**
 * LSH banding: a MinHash signature cut into `bands` runs of `rows` values, each run hashed to one
 * uint32 key, so two articles share a band key with probability 1 − (1 − J^rows)^bands at Jaccard J.
 */

import { fmix32 } from './signature.js';

/** One key per band; the band number is mixed in, so equal runs in different bands give different keys. */
export function bandKeys(minhash: Uint32Array, bands: number, rows: number): Uint32Array {
  const keys = new Uint32Array(bands);
  for (let band = 0; band < bands; band += 1) {
    let h = Math.imul(band + 1, 0x9e3779b1);
    for (let row = 0; row < rows; row += 1) {
      h = Math.imul(h ^ (minhash[band * rows + row] as number), 0xcc9e2d51);
      h = (h << 15) | (h >>> 17);
    }
    keys[band] = fmix32(h);
  }
  return keys;
}

/** The probability that a pair at Jaccard `jaccard` shares at least one band key. */
export function candidateProbability(jaccard: number, bands: number, rows: number): number {
  return 1 - (1 - jaccard ** rows) ** bands;
}
