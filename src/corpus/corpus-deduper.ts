/**
 * Cross-article dedup with the "keep the first" policy: articles are observed one at a time in path
 * order, and each is either kept (added to the store) or reported as a duplicate of a kept article.
 */

import { ConfigError } from '../errors.js';
import type { Candidate, DedupStore, KeptArticle } from './dedup-store.js';
import { bandKeys } from './lsh.js';
import { resolveCorpusDedupOptions, type CorpusDedupOptions, type ResolvedCorpusDedupOptions } from './options.js';
import { articleSignature, type ArticleSignature } from './signature.js';
import { nearSimilarity, toSketch, type NearLimits } from './sketch.js';

export type Decision =
  | { readonly kind: 'unique' }
  | {
      readonly kind: 'duplicate';
      /** Id of the kept article this one duplicates. */
      readonly of: string;
      /** `exact`: same words once case, spacing and punctuation are folded; `near`: verified candidate. */
      readonly method: 'exact' | 'near';
      /** Estimated shingle containment with the kept article (sketch.ts); 1 for exact. */
      readonly similarity: number;
      /** The kept article came from an earlier run of a persistent index (`--index FILE`). */
      readonly earlierRun: boolean;
    };

export interface CorpusDedupStats {
  readonly observed: number;
  /** Kept in this run (added to the index). */
  readonly unique: number;
  /** Articles without a single word: kept, never indexed (there is nothing to compare). */
  readonly empty: number;
  readonly exactDuplicates: number;
  readonly nearDuplicates: number;
  /** Candidate pairs verified (LSH candidates, before the threshold). */
  readonly candidatesVerified: number;
  /** Kept articles in the index at close, including earlier runs'. */
  readonly indexedArticles: number;
  /** Memory the index held at close (both stores keep their lookup tables in memory). */
  readonly indexMemoryBytes: number;
  /** Size of the index file at close (SQLite store; 0 in memory). */
  readonly indexDiskBytes: number;
}

export interface CorpusDeduper {
  readonly options: ResolvedCorpusDedupOptions;
  /**
   * Decides one article against every article kept before it. Call in path order; `signature` is
   * the article's `articleSignature` when a worker computed it already.
   */
  observe(id: string, cleanText: string, signature?: ArticleSignature): Decision;
  /** Commits and closes the store (the deduper owns it) and returns the counts. */
  close(): CorpusDedupStats;
}

const UNIQUE: Decision = Object.freeze({ kind: 'unique' });

export function createCorpusDeduper(options: CorpusDedupOptions, store: DedupStore): CorpusDeduper {
  const resolved = resolveCorpusDedupOptions(options);
  if (store.layout.bands !== resolved.bands || store.layout.permutations !== resolved.permutations) {
    throw new ConfigError(
      `the dedup index holds ${store.layout.bands} bands of ${store.layout.permutations} permutations, ` +
        `the options ask for ${resolved.bands} of ${resolved.permutations}`,
    );
  }
  const counts = { observed: 0, unique: 0, empty: 0, exactDuplicates: 0, nearDuplicates: 0, candidatesVerified: 0 };

  return {
    options: resolved,

    observe(id, cleanText, signature) {
      const sig = signature ?? articleSignature(cleanText, resolved);
      if (sig.minhash.length !== resolved.permutations) {
        throw new RangeError(`signature of ${id} has ${sig.minhash.length} values, expected ${resolved.permutations}`);
      }
      counts.observed += 1;
      if (sig.shingles === 0) {
        counts.empty += 1;
        return UNIQUE;
      }
      const exact = store.findExact(sig.exactKey);
      if (exact !== undefined) {
        counts.exactDuplicates += 1;
        return duplicate(store.describe(exact), 'exact', 1);
      }
      const keys = bandKeys(sig.minhash, resolved.bands, resolved.rows);
      const sketch = toSketch(sig.minhash);
      if (sig.shingles >= resolved.minShingles) {
        const match = bestCandidate(store.findCandidates(keys), { sketch, shingles: sig.shingles }, resolved);
        counts.candidatesVerified += match.verified;
        if (match.candidate !== undefined) {
          counts.nearDuplicates += 1;
          return duplicate(store.describe(match.candidate.ref), 'near', match.similarity);
        }
      }
      store.add({ id, exactKey: sig.exactKey, bandKeys: keys, sketch, shingles: sig.shingles });
      counts.unique += 1;
      return UNIQUE;
    },

    close() {
      store.commit();
      const bytes = store.bytes();
      const stats: CorpusDedupStats = {
        ...counts,
        indexedArticles: store.size,
        indexMemoryBytes: bytes.memory,
        indexDiskBytes: bytes.disk,
      };
      store.close();
      return stats;
    },
  };
}

function duplicate(kept: KeptArticle, method: 'exact' | 'near', similarity: number): Decision {
  return { kind: 'duplicate', of: kept.id, method, similarity, earlierRun: kept.earlierRun };
}

/**
 * The candidate most similar to the article, at or above the threshold. Candidates come in the order
 * they were kept and only a strictly higher similarity replaces the best so far, so a tie goes to the
 * first kept article.
 */
export function bestCandidate(
  candidates: readonly Candidate[],
  article: { readonly sketch: Uint16Array; readonly shingles: number },
  limits: NearLimits,
): { candidate: Candidate | undefined; similarity: number; verified: number } {
  let best: Candidate | undefined;
  let bestSimilarity = 0;
  let verified = 0;
  for (const candidate of candidates) {
    if (candidate.shingles >= limits.minShingles) verified += 1;
    const similarity = nearSimilarity(article, candidate, limits);
    if (similarity !== undefined && similarity > bestSimilarity) {
      best = candidate;
      bestSimilarity = similarity;
    }
  }
  return { candidate: best, similarity: bestSimilarity, verified };
}
