/**
 * Fast word scanning for the hot paths (rule keyword lookup, dedup keys): a word is a run of
 * letters or digits, as `/[\p{L}\p{N}]+/u` would find, but read with char codes instead of a
 * Unicode regex, which profiling showed to dominate the cost of cleaning an article.
 */

const NON_ASCII_WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** Verdicts for non-ASCII UTF-16 code units, filled on first sight (Indonesian text has few). */
const nonAsciiVerdicts = new Map<number, boolean>();

/** Whether a UTF-16 code unit is a letter or digit (a surrogate half never is). */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  // Surrogate halves (emoji and rare scripts) are not letters on their own; treat them as breaks.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let verdict = nonAsciiVerdicts.get(code);
  if (verdict === undefined) {
    verdict = NON_ASCII_WORD_CHAR_RE.test(String.fromCharCode(code));
    nonAsciiVerdicts.set(code, verdict);
  }
  return verdict;
}

/** The words of a text, in order ("Baca Juga:Judul" → Baca, Juga, Judul), at most `limit` of them. */
export function wordsOf(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const words: string[] = [];
  let start = -1;
  for (let index = 0; index < text.length && words.length < limit; index++) {
    if (isWordCode(text.charCodeAt(index))) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      words.push(text.slice(start, index));
      start = -1;
    }
  }
  if (start >= 0 && words.length < limit) words.push(text.slice(start));
  return words;
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index++) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The lower case of one UTF-16 code unit when lower-casing it alone gives what lower-casing it in
 * any text would: one code unit, the same whatever its neighbours. -1 for the rest: letters whose
 * lower case is two units ("İ") and the Greek capital sigma, whose lower case depends on its place.
 */
const GREEK_CAPITAL_SIGMA = 0x3a3;
const foldedNonAscii = new Map<number, number>();

export function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let folded = foldedNonAscii.get(code);
  if (folded === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    folded = lower.length === 1 && code !== GREEK_CAPITAL_SIGMA ? lower.charCodeAt(0) : -1;
    foldedNonAscii.set(code, folded);
  }
  return folded;
}

/**
 * `wordsOf(text.toLowerCase()).map(hashWord)`, without building the lower-cased text or its words:
 * each code unit is folded on its own and hashed as it is read. A text holding a unit that cannot be
 * folded alone takes the slow path, so the hashes are the same either way.
 */
export function foldedWordHashes(text: string): number[] {
  const hashes: number[] = [];
  let hash = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    let wordChar: boolean;
    if (code < 128) {
      // The common case, without calls: ASCII folds by adding 32 to a capital.
      if (code >= 65 && code <= 90) code += 32;
      wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    } else {
      code = foldCode(code);
      if (code < 0) return wordsOf(text.toLowerCase()).map(hashWord);
      wordChar = isWordCode(code);
    }
    if (wordChar) {
      if (!inWord) hash = 0x811c9dc5;
      hash = Math.imul(hash ^ code, 0x01000193);
      inWord = true;
    } else if (inWord) {
      hashes.push(hash >>> 0);
      inWord = false;
    }
  }
  if (inWord) hashes.push(hash >>> 0);
  return hashes;
}
