/**
 * Cross-article dedup with the "keep the longest" policy: given every article's signature first
 * (the CLI's first pass), group copies into clusters and name the longest member of each as kept.
 *
 * Every verified pair is joined (union-find), so a cluster is a connected component: two members
 * may be linked only through a third, and their reported similarity to the kept member can then be
 * below the threshold. The clusters do not depend on the order of the items: a pair is compared
 * when it shares a band, whichever came first, and the verification is symmetric.
 */

import { ChunkedArray } from './chunked-array.js';
import { bandKeys } from './lsh.js';
import { createMemoryStore } from './memory-store.js';
import { PackedStrings } from './packed-strings.js';
import { resolveCorpusDedupOptions, type CorpusDedupOptions } from './options.js';
import type { ArticleSignature } from './signature.js';
import { estimateContainment, estimateJaccard, nearSimilarity, toSketch } from './sketch.js';

export interface ClusterItem {
  readonly id: string;
  readonly signature: ArticleSignature;
}

export interface ClusterMember {
  readonly id: string;
  readonly method: 'exact' | 'near';
  /** Estimated shingle containment with the kept member; 1 for exact. */
  readonly similarity: number;
}

export interface Cluster {
  /** The longest member (ties: the smallest id). */
  readonly kept: string;
  /** The other members, by id. */
  readonly duplicates: readonly ClusterMember[];
}

const CHUNK = 1 << 16;

/** Clusters of two or more articles, sorted by kept id; an article in no cluster is unique. */
export function clusterArticles(items: Iterable<ClusterItem>, options: CorpusDedupOptions = {}): Cluster[] {
  const clusterer = createArticleClusterer(options);
  for (const { id, signature } of items) clusterer.add(id, signature);
  return clusterer.clusters();
}

/** `clusterArticles` one article at a time, for a first pass whose signatures arrive asynchronously. */
export interface ArticleClusterer {
  /** Adds an article; the order does not change the clusters. */
  add(id: string, signature: ArticleSignature): void;
  /** The clusters of the articles added so far, sorted by kept id. */
  clusters(): Cluster[];
}

export function createArticleClusterer(options: CorpusDedupOptions = {}): ArticleClusterer {
  const resolved = resolveCorpusDedupOptions(options);
  const store = createMemoryStore(resolved);
  const ids = new PackedStrings();
  const lengths = new ChunkedArray((length) => new Uint32Array(length), CHUNK);
  /** The exact key's two 32-bit halves per item. */
  const keyHigh = new ChunkedArray((length) => new Uint32Array(length), CHUNK);
  const keyLow = new ChunkedArray((length) => new Uint32Array(length), CHUNK);
  /** Item → its row in the store (an exact copy shares its original's row); -1 without words. */
  const storeRef = new ChunkedArray((length) => new Int32Array(length), CHUNK);
  /** Store row → item. */
  const itemOf: number[] = [];
  const parent = new ChunkedArray((length) => new Int32Array(length), CHUNK);

  const find = (item: number): number => {
    let node = item;
    while (parent.get(node) !== node) {
      parent.set(node, parent.get(parent.get(node))); // path halving keeps trees shallow
      node = parent.get(node);
    }
    return node;
  };
  const union = (a: number, b: number) => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent.set(Math.max(rootA, rootB), Math.min(rootA, rootB));
  };

  return {
    add(id, signature) {
      const item = ids.length;
      ids.push(id);
      keyHigh.set(item, Number.parseInt(signature.exactKey.slice(0, 8), 16));
      keyLow.set(item, Number.parseInt(signature.exactKey.slice(8, 16), 16));
      lengths.set(item, signature.length);
      parent.set(item, item);
      storeRef.set(item, -1);
      if (signature.shingles === 0) return;
      const exact = store.findExact(signature.exactKey);
      if (exact !== undefined) {
        storeRef.set(item, exact);
        union(item, itemOf[exact] as number);
        return;
      }
      const keys = bandKeys(signature.minhash, resolved.bands, resolved.rows);
      const sketch = toSketch(signature.minhash);
      if (signature.shingles >= resolved.minShingles) {
        for (const candidate of store.findCandidates(keys)) {
          if (nearSimilarity({ sketch, shingles: signature.shingles }, candidate, resolved) !== undefined) {
            union(item, itemOf[candidate.ref] as number);
          }
        }
      }
      storeRef.set(item, store.size);
      itemOf.push(item);
      store.add({ id, exactKey: signature.exactKey, bandKeys: keys, sketch, shingles: signature.shingles });
    },

    clusters() {
      // Sizes first, so that only clustered items (usually a minority) get a place in a list.
      const sizes = new ChunkedArray((length) => new Int32Array(length), CHUNK);
      for (let item = 0; item < ids.length; item += 1) {
        const root = find(item);
        sizes.set(root, sizes.get(root) + 1);
      }
      const members = new Map<number, number[]>();
      for (let item = 0; item < ids.length; item += 1) {
        const root = find(item);
        if (sizes.get(root) < 2) continue;
        const group = members.get(root);
        if (group === undefined) members.set(root, [item]);
        else group.push(item);
      }

      const clusters: Cluster[] = [];
      for (const group of members.values()) {
        const kept = group.reduce((best, item) => (isLonger(item, best) ? item : best));
        const similarityToKept = (item: number): ClusterMember => {
          const id = ids.get(item);
          if (keyHigh.get(item) === keyHigh.get(kept) && keyLow.get(item) === keyLow.get(kept)) {
            return { id, method: 'exact', similarity: 1 };
          }
          const a = store.candidate(storeRef.get(item));
          const b = store.candidate(storeRef.get(kept));
          const similarity = estimateContainment(estimateJaccard(a.sketch, b.sketch), a.shingles, b.shingles);
          return { id, method: 'near', similarity };
        };
        const duplicates = group
          .filter((item) => item !== kept)
          .map(similarityToKept)
          .sort((a, b) => compareIds(a.id, b.id));
        clusters.push({ kept: ids.get(kept), duplicates });
      }
      return clusters.sort((a, b) => compareIds(a.kept, b.kept));
    },
  };

  function isLonger(a: number, b: number): boolean {
    const difference = lengths.get(a) - lengths.get(b);
    return difference > 0 || (difference === 0 && compareIds(ids.get(a), ids.get(b)) < 0);
  }
}


/** Code-unit order, the order the CLI sorts paths in (not locale order, which varies by machine). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
