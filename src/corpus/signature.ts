/**
 * An article's dedup fingerprint: a hash of its normalised words (exact duplicates) and a MinHash of
 * its word shingles (near duplicates). Pure and worker-safe: no I/O, no state kept between calls.
 */

import { createHash } from 'node:crypto';
import type { ResolvedCorpusDedupOptions } from './options.js';

export interface ArticleSignature {
  /** 64 bits of sha1 over the words, lower-cased, joined by one space (16 hex digits). */
  readonly exactKey: string;
  /** `permutations` minimum hashes over the distinct shingles; all 0xffffffff when there are none. */
  readonly minhash: Uint32Array;
  /** Number of distinct word shingles. */
  readonly shingles: number;
  /** Length of the clean text in UTF-16 code units (what `keep: 'longest'` compares). */
  readonly length: number;
}

/** A letter or digit outside ASCII; ASCII is classified by its code, 2–3× faster than this regex. */
const NON_ASCII_WORD_CHAR_RE = /[\p{L}\p{N}]/u;

export function articleSignature(cleanText: string, options: ResolvedCorpusDedupOptions): ArticleSignature {
  const { words, hashes } = words32(cleanText);
  const exactKey = createHash('sha1').update(words.join(' ')).digest('hex').slice(0, 16);
  const shingles = distinctShingles(hashes, options.shingleSize);
  return {
    exactKey,
    minhash: minhash(shingles, options.permutations, options.seed),
    shingles: shingles.length,
    length: cleanText.length,
  };
}

/**
 * The text's words (runs of letters and digits, lower-cased; everything else separates words) and
 * their 32-bit FNV-1a hashes, in one pass over the characters.
 */
export function words32(text: string): { words: string[]; hashes: Int32Array } {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const hashes: number[] = [];
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= lower.length; i += 1) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    const wordChar =
      code < 128 ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) : NON_ASCII_WORD_CHAR_RE.test(lower.charAt(i));
    if (wordChar) {
      if (start === -1) {
        start = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    } else if (start !== -1) {
      words.push(lower.slice(start, i));
      hashes.push(hash);
      start = -1;
    }
  }
  return { words, hashes: Int32Array.from(hashes) };
}

/**
 * Sorted distinct hashes of every run of `size` consecutive words, as int32 bit patterns. A text
 * shorter than one shingle still gets one (all its words), so short texts can match each other.
 */
export function distinctShingles(wordHashes: Int32Array, size: number): Int32Array {
  if (wordHashes.length === 0) return new Int32Array(0);
  const width = Math.min(size, wordHashes.length);
  const hashes = new Int32Array(wordHashes.length - width + 1);
  for (let start = 0; start < hashes.length; start += 1) {
    // Rotate-and-multiply makes the combination depend on word order ("a b" ≠ "b a").
    let h = width;
    for (let offset = 0; offset < width; offset += 1) {
      h = Math.imul(h ^ (wordHashes[start + offset] as number), 0x85ebca6b);
      h = (h << 13) | (h >>> 19);
    }
    hashes[start] = fmix32(h) | 0;
  }
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i += 1) {
    if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i] as number;
  }
  return hashes.subarray(0, distinct);
}

/**
 * The minimum of each permutation `x ↦ a·x + b (mod 2³²)` (a odd, so a bijection) over the shingle
 * hashes. Four permutations per pass over the shingles, their `a` and `b` in registers: each
 * shingle is loaded once per four, about twice as fast as one permutation per pass (DEPS.md §3
 * measured permutations-outer 1.4× faster than shingles-outer), same values. The loop stays in
 * int32 (V8's fast path): flipping the top bit makes signed order equal unsigned order, and it is
 * flipped back when stored.
 */
function minhash(shingles: Int32Array, permutations: number, seed: number): Uint32Array {
  const signature = new Uint32Array(permutations);
  const next = splitmix32(seed);
  const a = new Int32Array(permutations);
  const b = new Int32Array(permutations);
  for (let p = 0; p < permutations; p += 1) {
    a[p] = next() | 1;
    b[p] = next() | 0;
  }
  let p = 0;
  for (; p + 4 <= permutations; p += 4) {
    const a0 = a[p] as number, a1 = a[p + 1] as number, a2 = a[p + 2] as number, a3 = a[p + 3] as number;
    const b0 = b[p] as number, b1 = b[p + 1] as number, b2 = b[p + 2] as number, b3 = b[p + 3] as number;
    let min0 = 0x7fffffff, min1 = 0x7fffffff, min2 = 0x7fffffff, min3 = 0x7fffffff;
    for (let s = 0; s < shingles.length; s += 1) {
      const x = shingles[s] as number;
      const v0 = (Math.imul(a0, x) + b0) ^ 0x80000000;
      const v1 = (Math.imul(a1, x) + b1) ^ 0x80000000;
      const v2 = (Math.imul(a2, x) + b2) ^ 0x80000000;
      const v3 = (Math.imul(a3, x) + b3) ^ 0x80000000;
      if (v0 < min0) min0 = v0;
      if (v1 < min1) min1 = v1;
      if (v2 < min2) min2 = v2;
      if (v3 < min3) min3 = v3;
    }
    signature[p] = (min0 ^ 0x80000000) >>> 0;
    signature[p + 1] = (min1 ^ 0x80000000) >>> 0;
    signature[p + 2] = (min2 ^ 0x80000000) >>> 0;
    signature[p + 3] = (min3 ^ 0x80000000) >>> 0;
  }
  for (; p < permutations; p += 1) {
    let min = 0x7fffffff;
    for (let s = 0; s < shingles.length; s += 1) {
      const value = (Math.imul(a[p] as number, shingles[s] as number) + (b[p] as number)) ^ 0x80000000;
      if (value < min) min = value;
    }
    signature[p] = (min ^ 0x80000000) >>> 0;
  }
  return signature;
}

/** MurmurHash3's finaliser: spreads every input bit over the whole word. */
export function fmix32(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A tiny seeded generator of uint32s for the permutations: the same seed gives the same signatures everywhere. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    return fmix32(state);
  };
}
