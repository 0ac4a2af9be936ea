/**
 * The dedup index of one run, in memory: the kept articles' lookup tables (kept-index.ts) and their
 * ids (packed-strings.ts: UTF-8 in typed arrays, not a string object each). Measured at 100k
 * articles (scripts/bench-dedup.ts): 776 bytes a kept article as counted here, 814 of heap growth;
 * nothing of the text but its id.
 */

import type { Candidate, DedupStore, StoreLayout } from './dedup-store.js';
import { KeptIndex } from './kept-index.js';
import { PackedStrings } from './packed-strings.js';

export interface MemoryStore extends DedupStore {
  /** The kept article at `ref` (0 ≤ ref < size), as a candidate. */
  candidate(ref: number): Candidate;
}

export function createMemoryStore(layout: StoreLayout): MemoryStore {
  const index = new KeptIndex(layout);
  const ids = new PackedStrings();

  return {
    layout: { bands: layout.bands, permutations: layout.permutations },

    findExact(exactKey) {
      const ref = index.findExact(exactKey);
      return ref === -1 ? undefined : ref;
    },

    findCandidates: (bandKeys) => index.candidates(bandKeys),
    candidate: (ref) => index.candidate(ref),
    describe: (ref) => ({ id: ids.get(ref), earlierRun: false }),

    add(article) {
      index.add(article);
      ids.push(article.id);
    },

    commit() {},
    close() {},

    get size() {
      return index.size;
    },

    bytes() {
      return { memory: index.bytes + ids.bytes, disk: 0 };
    },
  };
}
