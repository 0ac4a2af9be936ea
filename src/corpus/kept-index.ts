/**
 * The in-memory part of every store: kept articles' exact keys, band keys, shingle counts and
 * sketches, by ref (0, 1, 2, … in the order kept). Everything a decision needs but the ids, which a
 * store keeps its own way and reads only for the article a decision names.
 */

import { BandIndex } from './band-index.js';
import { ChunkedArray } from './chunked-array.js';
import type { Candidate, StoreLayout } from './dedup-store.js';
import { ExactIndex } from './exact-index.js';

/** Rows of per-article arrays in one chunk. */
const ARTICLES_PER_CHUNK = 1 << 12;

/** What the index keeps of a kept article. */
export interface IndexedArticle {
  readonly exactKey: string;
  readonly bandKeys: Uint32Array;
  readonly sketch: Uint16Array;
  readonly shingles: number;
}

export class KeptIndex {
  readonly #layout: StoreLayout;
  readonly #exact = new ExactIndex();
  readonly #bands: BandIndex;
  readonly #shingles = new ChunkedArray((length) => new Uint32Array(length), ARTICLES_PER_CHUNK);
  readonly #sketches: ChunkedArray<Uint16Array>;
  #size = 0;

  constructor(layout: StoreLayout) {
    this.#layout = layout;
    this.#bands = new BandIndex(layout.bands);
    this.#sketches = new ChunkedArray((length) => new Uint16Array(length), ARTICLES_PER_CHUNK * layout.permutations);
  }

  get size(): number {
    return this.#size;
  }

  /** Adds the next kept article; its ref is the number added before it. */
  add(article: IndexedArticle): void {
    const { bands, permutations } = this.#layout;
    if (article.bandKeys.length !== bands || article.sketch.length !== permutations) {
      throw new RangeError(`expected ${bands} band keys and ${permutations} sketch values`);
    }
    const ref = this.#size;
    this.#bands.add(article.bandKeys);
    this.#exact.add(article.exactKey);
    this.#shingles.set(ref, article.shingles);
    this.#sketches.view(ref * permutations, permutations).set(article.sketch);
    this.#size += 1;
  }

  /** The earliest ref with this exact key, or -1. */
  findExact(exactKey: string): number {
    return this.#exact.find(exactKey);
  }

  /** Every kept article sharing a band key, each once, in the order kept. */
  candidates(bandKeys: Uint32Array): Candidate[] {
    return this.#bands.candidates(bandKeys).map((ref) => this.candidate(ref));
  }

  candidate(ref: number): Candidate {
    const { permutations } = this.#layout;
    return { ref, shingles: this.#shingles.get(ref), sketch: this.#sketches.view(ref * permutations, permutations) };
  }

  get bytes(): number {
    return this.#exact.bytes + this.#bands.bytes + this.#shingles.bytes + this.#sketches.bytes;
  }
}
