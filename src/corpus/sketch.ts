/**
 * What the index keeps of a signature to verify candidates, and the similarity estimated from it.
 *
 * The index keeps the low 16 bits of each MinHash value (256 bytes at 128 permutations), not the
 * article's text or its shingle set. Why:
 * - The text is not in memory (millions of articles), and reading the kept copy back from its output
 *   path ties the index to output files a later run may not have (another `--out`, files moved).
 * - The exact shingle set costs 4 bytes a shingle: ~1.6 KB for a 400-word article, over the 1 KB an
 *   article budget on its own; the sketch is a fixed 256 bytes.
 * - Equal MinHash values agree in their low bits; unequal ones agree by chance with probability
 *   2⁻¹⁶, corrected for below. So the estimate is the 128-value signature's estimate (standard
 *   error ≤ 0.5/√128 ≈ 0.044). Measured at 10k articles (scripts/bench-dedup.ts), deciding with the
 *   default rule on exact shingle sets instead changes 14 of 2,607 planted copy pairs (4 accepted
 *   only on the estimate, 10 only on the exact sets) and none of 433 template and 5,000 random pairs.
 * - Dice over character bigrams (`similarity()`, string-similarity) does not separate the cases on
 *   whole articles: measured, unrelated articles score 0.63 (median; up to 0.81) and template
 *   stories 0.83, while 5% of true copies score below 0.76. It is not used for verification.
 */

const CHANCE_MATCH = 1 / 65536;

/** The low 16 bits of each MinHash value. */
export function toSketch(minhash: Uint32Array): Uint16Array {
  const sketch = new Uint16Array(minhash.length);
  for (let i = 0; i < minhash.length; i += 1) sketch[i] = (minhash[i] as number) & 0xffff;
  return sketch;
}

/** Estimated Jaccard similarity of the two shingle sets: the share of equal values, less chance agreements. */
export function estimateJaccard(a: Uint16Array, b: Uint16Array): number {
  const length = Math.min(a.length, b.length);
  if (length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < length; i += 1) if (a[i] === b[i]) equal += 1;
  return Math.max(0, (equal / length - CHANCE_MATCH) / (1 - CHANCE_MATCH));
}

/**
 * Estimated containment: the share of the smaller article's shingles found in the other. From
 * J = |A∩B| / |A∪B| and |A∪B| = |A| + |B| − |A∩B| follows |A∩B| = J·(|A| + |B|) / (1 + J).
 * Containment stays high when one copy cut the last paragraphs or added one, where Jaccard drops.
 */
export function estimateContainment(jaccard: number, shinglesA: number, shinglesB: number): number {
  const smaller = Math.min(shinglesA, shinglesB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (shinglesA + shinglesB)) / (1 + jaccard) / smaller);
}

/** The limits a candidate must pass to be a near duplicate (options.ts documents each). */
export interface NearLimits {
  readonly threshold: number;
  readonly minJaccard: number;
  readonly minShingles: number;
}

/**
 * The rule both keep policies verify a candidate pair with: the estimated containment when both
 * articles are long enough and the pair passes the Jaccard floor and the threshold, else undefined.
 */
export function nearSimilarity(
  a: { readonly sketch: Uint16Array; readonly shingles: number },
  b: { readonly sketch: Uint16Array; readonly shingles: number },
  limits: NearLimits,
): number | undefined {
  if (a.shingles < limits.minShingles || b.shingles < limits.minShingles) return undefined;
  const jaccard = estimateJaccard(a.sketch, b.sketch);
  if (jaccard < limits.minJaccard) return undefined;
  const containment = estimateContainment(jaccard, a.shingles, b.shingles);
  return containment >= limits.threshold ? containment : undefined;
}
