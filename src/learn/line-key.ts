/**
 * How a line is known to the learned pass: its text normalised as the normalize pass does and
 * lower-cased, hashed twice. Counting and matching go through these same functions, so a line
 * counted in the corpus is found again when its article is cleaned.
 */

import { normalizeLineText } from '../passes/normalize-lines.js';

/** The text a line is counted and matched by ('' for a blank line). */
export function lineKeyText(raw: string): string {
  return normalizeLineText(raw).toLowerCase();
}

/** Two independent 32-bit hashes of a key text (FNV-1a under two seeds, each finished with murmur3's fmix32). */
export interface LineHashes {
  readonly h1: number;
  readonly h2: number;
}

export function lineHashes(keyText: string): LineHashes {
  let a = 0x811c9dc5;
  let b = 0x2f7c1a93;
  for (let index = 0; index < keyText.length; index++) {
    const code = keyText.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
  }
  return { h1: fmix32(a), h2: fmix32(b ^ 0x9e3779b9) };
}

/**
 * One number from both hashes (53 bits: `h1` and the top 21 bits of `h2`), the key of the learned
 * set: two different lines share it with probability about n² / 2^54 for n distinct lines.
 */
export function lineKey({ h1, h2 }: LineHashes): number {
  return h1 * 0x200000 + (h2 >>> 11);
}

/** A 32-bit hash as 8 lower-case hex digits: the `<hash>` of `learned/<hash>`. */
export function hex8(hash: number): string {
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
