/**
 * The dedup index of one run, in memory: the kept articles' lookup tables (kept-index.ts) and their
 * ids. Measured at 100k articles (scripts/bench-dedup.ts): 785 bytes a kept article as counted here,
 * 825 of heap growth; nothing of the text but its id.
 */

import type { Candidate, DedupStore, StoreLayout } from './dedup-store.js';
import { KeptIndex } from './kept-index.js';

/** V8's header of a string plus the array slot pointing at it, for the byte estimate of ids. */
const STRING_OVERHEAD = 24;

export interface MemoryStore extends DedupStore {
  /** The kept article at `ref` (0 ≤ ref < size), as a candidate. */
  candidate(ref: number): Candidate;
}

export function createMemoryStore(layout: StoreLayout): MemoryStore {
  const index = new KeptIndex(layout);
  const ids: string[] = [];
  let idBytes = 0;

  return {
    layout: { bands: layout.bands, permutations: layout.permutations },

    findExact(exactKey) {
      const ref = index.findExact(exactKey);
      return ref === -1 ? undefined : ref;
    },

    findCandidates: (bandKeys) => index.candidates(bandKeys),
    candidate: (ref) => index.candidate(ref),
    describe: (ref) => ({ id: ids[ref] as string, earlierRun: false }),

    add(article) {
      index.add(article);
      ids.push(article.id);
      idBytes += article.id.length + STRING_OVERHEAD;
    },

    commit() {},
    close() {},

    get size() {
      return index.size;
    },

    bytes() {
      return { memory: index.bytes + idBytes, disk: 0 };
    },
  };
}
