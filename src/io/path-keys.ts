/**
 * Finding the few repeats among many paths (two inputs reaching one file, two files writing one
 * output) without a set of every path: a 53-bit key per path, sorted, shows which keys occur twice;
 * only the paths behind those keys need comparing. A key shared by chance only adds a path to compare.
 */

import { lineHashes, lineKey } from '../learn/line-key.js';

/** The key of a path (the two hashes the learned pass keys lines by; any good 53-bit hash would do). */
export function pathKey(path: string): number {
  return lineKey(lineHashes(path));
}

/** The keys that occur more than once. */
export function repeatedKeys(keys: Float64Array): Set<number> {
  const sorted = keys.slice().sort();
  const repeated = new Set<number>();
  for (let index = 1; index < sorted.length; index += 1) if (sorted[index] === sorted[index - 1]) repeated.add(sorted[index] ?? 0);
  return repeated;
}
