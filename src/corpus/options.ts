/** Every option of cross-article deduplication, each with its one documented default, resolved once. */

import { ConfigError } from '../errors.js';

/**
 * The defaults were chosen from `npm run bench:dedup -- --sweep 100000` (scripts/bench-dedup.ts) on
 * 100k generated articles with 26k planted copies and 6% template stories; the figures quoted are
 * precision / recall of duplicate pairs there, changing one default at a time. src/corpus/README.md
 * has the full tables.
 */
export interface CorpusDedupOptions {
  /**
   * Words per shingle. Longer shingles separate template stories (the same sentences with other
   * numbers and names: a changed word every 6–12) from edited copies (whole paragraphs changed):
   * each changed word breaks `shingleSize` shingles. 3 → 0.860 / 0.958 (4,099 template stories
   * merged), 5 → 0.935 / 0.974, 7 → 0.9999 / 0.978, 9 → 1.000 / 0.970. The price: rewording. At 7,
   * copies with 5% of their words replaced are still found (0.98), with 10% mostly not (0.38).
   * @default 7
   */
  shingleSize?: number;
  /**
   * MinHash values per signature: the bins of the one-permutation sketch (signature.ts), each
   * equal between two articles with probability J, as a permutation of classic MinHash would be
   * (the name stays, as the persistent index records it). The Jaccard estimate's standard error is
   * at most about 0.5/√permutations (0.044), classic MinHash's bound. Measured at 128: 0.031–0.040
   * at Jaccard 0.5 for 6–400 shingles (classic MinHash 0.042–0.045), and 0.031 on the benchmark's
   * copy pairs (classic 0.038).
   * @default 128
   */
  permutations?: number;
  /**
   * LSH bands; `bands × rows` must not exceed `permutations`.
   * 42×3 makes a pair a candidate with probability 0.68 at Jaccard 0.3, 0.94 at 0.4, 0.996 at 0.5,
   * which copies with a cut tail or a rewritten lead need (their Jaccard goes down to ~0.3). 32×4 →
   * recall 0.938, 20×6 → 0.770; 64×2 → 0.987 but 42 candidates an article (3.5 at 42×3) and
   * 1,078 index bytes an article, over the 1 KB budget.
   * @default 42
   */
  bands?: number;
  /** MinHash values per band (see `bands`). @default 3 */
  rows?: number;
  /** Seed of the sketch's hashes; signatures (and a persistent index) only compare under the same seed. @default 20240611 */
  seed?: number;
  /**
   * Verified similarity (estimated shingle containment, 0..1) at or above which a candidate is a
   * near duplicate. Containment rather than Jaccard, so that a copy that cut or added paragraphs
   * still scores high. 0.4 → 0.982 / 0.980 (481 template pairs), 0.45 → 0.998 / 0.981 (59), 0.5 →
   * 0.9999 / 0.978 (3), 0.55 → 1.000 / 0.971, 0.6 → 1.000 / 0.959, 0.7 → 1.000 / 0.907. Template
   * pairs vary with the seed: at 0.45 over 10 seeds, 19 to 375, median 73 (classic MinHash 171).
   * @default 0.5
   */
  threshold?: number;
  /**
   * A candidate also needs at least this estimated Jaccard similarity. Containment is estimated from
   * Jaccard and the two sizes, which multiplies the estimate's error by (|A|+|B|) / min(|A|,|B|): a
   * 90-shingle article beside a 450-shingle one at true containment 0.35 was estimated at 0.51 (by
   * classic MinHash). The floor keeps such lopsided pairs out (and an article that quotes a few
   * paragraphs of a long one). 0 → 3 false pairs outside templates, 0.2 → 0, 0.3 → 0 but recall
   * 0.975 (classic MinHash: 15, 4, 0).
   * @default 0.2
   */
  minJaccard?: number;
  /**
   * Articles with fewer distinct shingles (at 7-word shingles, about 26 words) are only ever exact
   * duplicates: a few sentences are contained in too many other articles for containment to mean
   * "the same story". No measured effect between 20 and 40 on the benchmark corpus, whose stories
   * are longer; it guards news briefs.
   * @default 20
   */
  minShingles?: number;
}

export interface ResolvedCorpusDedupOptions {
  readonly shingleSize: number;
  readonly permutations: number;
  readonly bands: number;
  readonly rows: number;
  readonly seed: number;
  readonly threshold: number;
  readonly minJaccard: number;
  readonly minShingles: number;
}

export const CORPUS_DEDUP_DEFAULTS: ResolvedCorpusDedupOptions = Object.freeze({
  shingleSize: 7,
  permutations: 128,
  bands: 42,
  rows: 3,
  seed: 20240611,
  threshold: 0.5,
  minJaccard: 0.2,
  minShingles: 20,
});

export function resolveCorpusDedupOptions(options: CorpusDedupOptions = {}): ResolvedCorpusDedupOptions {
  const resolved: ResolvedCorpusDedupOptions = {
    shingleSize: options.shingleSize ?? CORPUS_DEDUP_DEFAULTS.shingleSize,
    permutations: options.permutations ?? CORPUS_DEDUP_DEFAULTS.permutations,
    bands: options.bands ?? CORPUS_DEDUP_DEFAULTS.bands,
    rows: options.rows ?? CORPUS_DEDUP_DEFAULTS.rows,
    seed: options.seed ?? CORPUS_DEDUP_DEFAULTS.seed,
    threshold: options.threshold ?? CORPUS_DEDUP_DEFAULTS.threshold,
    minJaccard: options.minJaccard ?? CORPUS_DEDUP_DEFAULTS.minJaccard,
    minShingles: options.minShingles ?? CORPUS_DEDUP_DEFAULTS.minShingles,
  };
  requireInteger('shingleSize', resolved.shingleSize, 1, 32);
  requireInteger('permutations', resolved.permutations, 1, 1024);
  requireInteger('bands', resolved.bands, 1, resolved.permutations);
  requireInteger('rows', resolved.rows, 1, resolved.permutations);
  requireInteger('seed', resolved.seed, 0, 0xffffffff);
  requireInteger('minShingles', resolved.minShingles, 1, Number.MAX_SAFE_INTEGER);
  if (resolved.bands * resolved.rows > resolved.permutations) {
    throw new ConfigError(
      `bands × rows (${resolved.bands} × ${resolved.rows}) must not exceed permutations (${resolved.permutations})`,
    );
  }
  if (!(resolved.threshold > 0 && resolved.threshold <= 1)) {
    throw new ConfigError(`option threshold must be a number in (0, 1], got ${String(resolved.threshold)}`);
  }
  if (!(resolved.minJaccard >= 0 && resolved.minJaccard <= 1)) {
    throw new ConfigError(`option minJaccard must be a number in [0, 1], got ${String(resolved.minJaccard)}`);
  }
  return Object.freeze(resolved);
}

function requireInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`option ${name} must be an integer between ${min} and ${max}, got ${String(value)}`);
  }
}
