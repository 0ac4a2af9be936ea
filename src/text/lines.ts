/** Splitting raw text into numbered lines, and the character classes the passes share. */

import type { Line } from '../types.js';

/** Any line break a scraper may leave: CRLF, CR, LF, and the Unicode line/paragraph separators. */
const LINE_BREAK_RE = /\r\n|[\r\n\u2028\u2029\u0085]/;

/** Splits raw text into lines numbered from 1, after dropping a leading byte-order mark. */
export function splitRawLines(text: string): Line[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body === '') return [];
  const parts = body.split(LINE_BREAK_RE);
  // A final line break ends the last line; it does not start an empty one.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((text, index) => ({ text, from: [index + 1] }));
}

/** Whether a UTF-16 code unit is what `\s` matches: JavaScript's white space and line terminators. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Number of whitespace-separated words; counted in place, as it is asked of nearly every line. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const space = isSpaceCode(text.charCodeAt(index));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
