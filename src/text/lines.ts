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

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
