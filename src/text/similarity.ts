/**
 * The one place string-similarity is imported (the package is deprecated upstream, so it stays
 * behind this adapter). Only ever called on candidate pairs, never on all pairs of a corpus.
 */

import stringSimilarity from 'string-similarity';

/** Dice coefficient of the two texts' character bigrams, 0 (nothing shared) to 1 (same). */
export function similarity(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b);
}

/**
 * The highest Dice score two texts of these lengths could reach (all bigrams of the shorter one
 * shared), used to skip pairs that cannot reach a threshold without comparing them.
 */
export function similarityUpperBound(lengthA: number, lengthB: number): number {
  if (lengthA < 2 || lengthB < 2) return lengthA === lengthB ? 1 : 0;
  return (2 * Math.min(lengthA, lengthB) - 2) / (lengthA + lengthB - 2);
}
