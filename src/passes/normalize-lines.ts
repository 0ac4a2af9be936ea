/**
 * normalize: unify the characters a scraper leaves around words (Unicode spaces, zero-width marks,
 * soft hyphens, decomposed letters), trim each line and drop the empty ones. Words and punctuation
 * are otherwise untouched.
 */

import type { ArticlePass } from '../pipeline.js';
import type { Edit, Line } from '../types.js';

/** Zero-width space/joiners, word joiner, BOM inside text, soft hyphen: invisible, never content. */
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Tabs, NBSP, the Unicode spaces (en/em/thin/hair...), ideographic space: all become one plain space. */
const ODD_SPACE_RE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const SPACE_RUN_RE = / {2,}/g;

/** Anything `normalizeLineText` could change, but for NFC, which only text beyond ASCII can need. */
const NEEDS_WORK_RE = /[^\x20-\x7e]|^ | $| {2}/;

export function normalizeLineText(text: string): string {
  // Most lines are plain ASCII, single-spaced and trimmed already: one test instead of five scans.
  if (!NEEDS_WORK_RE.test(text)) return text;
  return text
    .normalize('NFC')
    .replace(INVISIBLE_RE, '')
    .replace(ODD_SPACE_RE, ' ')
    .replace(SPACE_RUN_RE, ' ')
    .trim();
}

export const normalizeLines: ArticlePass = {
  id: 'normalize',
  summary: 'Unifies Unicode spaces and invisible characters, trims lines and drops empty ones.',
  run(article) {
    const lines: Line[] = [];
    const edits: Edit[] = [];
    for (const line of article.lines) {
      const text = normalizeLineText(line.text);
      if (text === '') {
        edits.push({ pass: 'normalize', rule: 'normalize/blank-line', action: 'drop', from: line.from, text: line.text, reason: 'blank line (layout, not content)' });
      } else {
        lines.push(text === line.text ? line : { text, from: line.from });
      }
    }
    return { lines, edits };
  },
};
