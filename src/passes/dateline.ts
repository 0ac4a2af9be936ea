/**
 * dateline: recognises the outlet dateline opening the lead ("JAKARTA, KOMPAS.com -") with the
 * pack's `dateline` rules and reports it as a `flag`; with `stripDatelines` it cuts it from the
 * paragraph instead. It runs last: a dateline split over lines is whole only after merging, and
 * only after in-article dedup is the lead one paragraph (a body captured twice has two leads,
 * and a lead cut of its dateline would no longer match its copy).
 */

import type { ArticlePass } from '../pipeline.js';
import { HEAD_LINES, matchRule } from '../rules/rule.js';
import { rulesForSite } from '../rules/select.js';
import type { Edit, Line } from '../types.js';

const PASS = 'dateline';

export const recogniseDateline: ArticlePass = {
  id: PASS,
  summary: 'Recognises the dateline opening the lead and reports it; cuts it only with stripDatelines.',
  run(article, options) {
    const rules = rulesForSite(article.site, options).datelines;
    const source = article.lines;
    for (let index = 0; index < Math.min(HEAD_LINES, source.length) && rules.length > 0; index++) {
      const line = source[index] as Line;
      for (const rule of rules) {
        const applied = matchRule(rule, line.text);
        if (!applied) continue;
        const dateline = applied.match[0].trim();
        if (!options.stripDatelines) {
          return { lines: source, edits: [{ pass: PASS, rule: rule.id, action: 'flag', from: line.from, text: dateline, reason: 'dateline recognised; kept (stripDatelines is off)' }] };
        }
        const lines = [...source];
        let edit: Edit;
        if (applied.remaining === '') {
          lines.splice(index, 1);
          edit = { pass: PASS, rule: rule.id, action: 'drop', from: line.from, text: line.text, reason: 'dateline alone on its line' };
        } else {
          lines[index] = { text: applied.remaining, from: line.from };
          edit = { pass: PASS, rule: rule.id, action: 'cut', from: line.from, text: dateline, reason: 'dateline cut from the lead' };
        }
        return { lines, edits: [edit] };
      }
    }
    return { lines: source, edits: [] };
  },
};
