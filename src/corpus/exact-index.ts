/**
 * The exact-key index: the earliest article (ref 0, 1, 2, … in the order added) with a given 64-bit
 * key, in ~16 bytes an article: the low 32 bits hashed in KeyChains, the high 32 bits beside it.
 */

import { ChunkedArray } from './chunked-array.js';
import { KeyChains } from './key-chains.js';

export class ExactIndex {
  /** Entry number = ref. */
  readonly #low = new KeyChains();
  readonly #high = new ChunkedArray((length) => new Uint32Array(length), 1 << 16);
  readonly #found: number[] = [];

  /** Adds the next article's key, as 16 hex digits (signature.ts). */
  add(exactKey: string): void {
    const { high, low } = splitKey(exactKey);
    this.#high.set(this.#low.add(low), high);
  }

  /** The earliest ref with this key, or -1. */
  find(exactKey: string): number {
    const { high, low } = splitKey(exactKey);
    this.#found.length = 0;
    this.#low.collect(low, this.#found);
    // Chains are newest first: the last match is the earliest article.
    let earliest = -1;
    for (const ref of this.#found) if (this.#high.get(ref) === high) earliest = ref;
    return earliest;
  }

  get bytes(): number {
    return this.#low.bytes + this.#high.bytes;
  }
}

/** The two 32-bit halves of a 16-hex-digit key. */
function splitKey(exactKey: string): { high: number; low: number } {
  return { high: Number.parseInt(exactKey.slice(0, 8), 16), low: Number.parseInt(exactKey.slice(8, 16), 16) };
}
