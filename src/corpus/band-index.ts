/**
 * The LSH band index: which articles (refs 0, 1, 2, … in the order added) have which band key, in
 * one KeyChains table for all bands (~12 bytes a band an article).
 */

import { KeyChains } from './key-chains.js';

export class BandIndex {
  readonly #bands: number;
  /** Entry number = ref × bands + band: every article adds exactly one entry per band, in band order. */
  readonly #chains = new KeyChains();
  readonly #found: number[] = [];

  constructor(bands: number) {
    this.#bands = bands;
  }

  /** Adds the next article's band keys, one per band (its ref is the number of articles added before it). */
  add(bandKeys: Uint32Array): void {
    for (const key of bandKeys) this.#chains.add(key);
  }

  /** Refs of the articles sharing at least one band key with `bandKeys`, ascending, each once. */
  candidates(bandKeys: Uint32Array): number[] {
    const found = this.#found;
    found.length = 0;
    for (let band = 0; band < bandKeys.length; band += 1) {
      const start = found.length;
      this.#chains.collect(bandKeys[band] as number, found);
      // Keep the entries of this band only (another band's equal key is a 2⁻³² accident), as refs.
      let kept = start;
      for (let i = start; i < found.length; i += 1) {
        const entry = found[i] as number;
        if (entry % this.#bands === band) found[kept++] = (entry - band) / this.#bands;
      }
      found.length = kept;
    }
    // A typed array sorts numerically without calling back into JavaScript: a sixth of a decision's
    // time on a corpus with many candidates (55 an article at 100k in the benchmark's).
    const sorted = Uint32Array.from(found).sort();
    const refs: number[] = [];
    for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[i - 1]) refs.push(sorted[i] as number);
    return refs;
  }

  get bytes(): number {
    return this.#chains.bytes;
  }
}
