/**
 * Fast word scanning for the hot paths (rule keyword lookup, dedup keys): a word is a run of
 * letters or digits, as `/[\p{L}\p{N}]+/u` would find, but read with char codes instead of a
 * Unicode regex, which profiling showed to dominate the cost of cleaning an article.
 */

const NON_ASCII_WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** Verdicts for non-ASCII UTF-16 code units, filled on first sight (Indonesian text has few). */
const nonAsciiVerdicts = new Map<number, boolean>();

function isWordCode(code: number): boolean {
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
