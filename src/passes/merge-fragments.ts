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

/**
 * A paragraph being assembled. Pieces are joined once at the end, so a paragraph built from
 * thousands of fragments costs linear time, not a new string per fragment.
 */
class ParagraphBuilder {
  private readonly pieces: string[];
  readonly from: number[];
  /** Text so far; rebuilt only when read after a change. */
  private joined: string | undefined;

  constructor(line: Line) {
    this.pieces = [line.text];
    this.from = [...line.from];
    this.joined = line.text;
  }

  get text(): string {
    this.joined ??= this.pieces.join('');
    return this.joined;
  }

  /**
   * The end of the paragraph, which is all the join decisions look at (final punctuation, last
   * word), plus its start while it is short (a dateline waiting for its dash).
   */
  get decisionText(): string {
    return this.pieces.length <= 3 ? this.text : (this.pieces.at(-1) as string);
  }

  append(line: Line, join: Join): void {
    if (join.trimPrevious) {
      const last = this.pieces.length - 1;
      this.pieces[last] = (this.pieces[last] as string).slice(0, -join.trimPrevious);
    }
    this.pieces.push(join.glue, line.text);
    this.from.push(...line.from);
    this.joined = undefined;
  }

  toLine(original: Line): Line {
    return this.pieces.length === 1 ? original : { text: this.text, from: this.from };
  }
}

/**
 * The most times the pass goes over an article. A join can change what the next decision sees (a
 * fragment joined to the line below it makes a line that now goes on from the line above), so the
 * pass repeats while it joins something, until a further run would join nothing: cleaning the
 * output again then changes nothing. Each round is linear; real articles settle in one or two.
 */
const MAX_ROUNDS = 8;

export const mergeFragments: ArticlePass = {
  id: PASS,
  summary: 'Joins sentence fragments split across lines and drops stray punctuation lines.',
  run(article) {
    let lines = article.lines;
    const edits: Edit[] = [];
    let settled = false;
    for (let round = 0; round < MAX_ROUNDS && !settled; round++) {
      const output = mergeOnce(lines);
      for (const edit of output.edits) edits.push(edit);
      settled = output.lines.length === lines.length;
      lines = output.lines;
    }
    return { lines, edits, settled };
  },
};

/** One pass over the lines: each line joins the paragraph above it or starts a new one. */
function mergeOnce(source: readonly Line[]): { lines: Line[]; edits: Edit[] } {
  let knownWords: Set<string> | undefined;
  // Built only when a hyphen break needs it: the article's words, to recognise a word broken in two.
  const articleWords = (): ReadonlySet<string> => {
    knownWords ??= new Set(source.flatMap((line) => line.text.toLowerCase().match(WORD_RE) ?? []));
    return knownWords;
  };
  const paragraphs: { builder: ParagraphBuilder; first: Line }[] = [];
  const edits: Edit[] = [];
  for (let index = 0; index < source.length; index++) {
    const line = source[index] as Line;
    const current = paragraphs.at(-1)?.builder;
    const punctuation = isPunctuationOnly(line.text);
    const join = punctuation
      ? punctuationJoin(current?.decisionText, line.text)
      : current && joinDecision(current.decisionText, line.text, source[index + 1]?.text, articleWords);
    if (current && join) {
      current.append(line, join);
      edits.push({ pass: PASS, rule: join.rule, action: 'merge', from: line.from, text: line.text, reason: join.reason });
    } else if (punctuation) {
      edits.push({ pass: PASS, rule: 'merge/lone-punctuation', action: 'drop', from: line.from, text: line.text, reason: 'punctuation-only line between paragraphs' });
    } else {
      paragraphs.push({ builder: new ParagraphBuilder(line), first: line });
    }
  }
  return { lines: paragraphs.map(({ builder, first }) => builder.toLine(first)), edits };
}
