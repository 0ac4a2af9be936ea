/**
 * merge: rejoins a sentence the scraper broke across lines, re-attaches punctuation that belongs
 * to it, and drops stray punctuation lines between paragraphs.
 */

import type { ArticlePass } from '../pipeline.js';
import { isPunctuationOnly } from '../text/classify.js';
import { joinDecision, punctuationJoin, type Join } from '../text/continuation.js';
import type { Edit, Line } from '../types.js';

const PASS = 'merge';
const WORD_RE = /\p{L}+/gu;

export const mergeFragments: ArticlePass = {
  id: PASS,
  summary: 'Joins sentence fragments split across lines and drops stray punctuation lines.',
  run(article) {
    let knownWords: Set<string> | undefined;
    // Built only when a hyphen break needs it: the article's words, to recognise a word broken in two.
    const articleWords = (): ReadonlySet<string> => {
      knownWords ??= new Set(article.lines.flatMap((line) => line.text.toLowerCase().match(WORD_RE) ?? []));
      return knownWords;
    };
    const lines: Line[] = [];
    const edits: Edit[] = [];
    const source = article.lines;
    for (let index = 0; index < source.length; index++) {
      const line = source[index] as Line;
      const previous = lines[lines.length - 1];
      const join = isPunctuationOnly(line.text)
        ? punctuationJoin(previous?.text, line.text)
        : previous && joinDecision(previous.text, line.text, source[index + 1]?.text, articleWords);
      if (previous && join) {
        lines[lines.length - 1] = joined(previous, line, join);
        edits.push({ pass: PASS, rule: join.rule, action: 'merge', from: line.from, text: line.text, reason: join.reason });
      } else if (isPunctuationOnly(line.text)) {
        edits.push({ pass: PASS, rule: 'merge/lone-punctuation', action: 'drop', from: line.from, text: line.text, reason: 'punctuation-only line between paragraphs' });
      } else {
        lines.push(line);
      }
    }
    return { lines, edits };
  },
};

function joined(previous: Line, next: Line, join: Join): Line {
  const head = join.trimPrevious ? previous.text.slice(0, -join.trimPrevious) : previous.text;
  return { text: `${head}${join.glue}${next.text}`, from: [...previous.from, ...next.from] };
}
