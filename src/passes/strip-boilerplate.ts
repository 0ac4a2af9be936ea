/**
 * boilerplate: applies the rule pack to each line (drop, cut at an inline marker, or drop a footer
 * block), recording the rule id of every change. The engine knows no site; rules are data.
 */

import type { ResolvedOptions } from '../options.js';
import type { ArticlePass } from '../pipeline.js';
import { allRules, selectRules } from '../rules/index.js';
import { applyToLine, HEAD_LINES, isCutKind, placeOf, type Rule } from '../rules/rule.js';
import { endsSentence, isHeadlineLike, startsWithDateline } from '../text/classify.js';
import { wordCount } from '../text/lines.js';
import type { Edit, Line } from '../types.js';

const PASS = 'boilerplate';
/** A footer block swallows following lines only while they are this short (credits, URLs, "Editor: X"). */
const FOOTER_LINE_MAX_WORDS = 15;
/** Cuts can expose a further marker ("... AR. (mad) (*)"); a line is re-examined at most this often. */
const MAX_RULES_PER_LINE = 4;
const LOWERCASE_START_RE = /^\p{Ll}/u;

/** Where a line sits, for rules that only fire at the article's edges. */
interface Position {
  readonly index: number;
  /**
   * The line starts in lower case right after an unfinished line: a fragment of a sentence the
   * scraper broke ("dan" / "berita pilihan" / "kami ..."), content however boilerplate its words look.
   */
  readonly continuesSentence: boolean;
  readonly count: number;
  /** Index of the datelined lead within the head, or -1. */
  readonly datelineIndex: number;
  readonly tailWindow: number;
}

const selectionCache = new WeakMap<ResolvedOptions, Map<string, readonly Rule[]>>();

function rulesFor(site: string | undefined, options: ResolvedOptions): readonly Rule[] {
  let bySite = selectionCache.get(options);
  if (!bySite) {
    bySite = new Map();
    selectionCache.set(options, bySite);
  }
  const key = site ?? '';
  let rules = bySite.get(key);
  if (!rules) {
    rules = selectRules(allRules, site, options.disabledRules);
    bySite.set(key, rules);
  }
  return rules;
}

function placeAllows(rule: Rule, at: Position): boolean {
  if (at.continuesSentence && !isCutKind(rule.kind)) return false;
  const inTail = at.index >= at.count - at.tailWindow;
  switch (placeOf(rule)) {
    case 'anywhere':
      return true;
    case 'end':
      return inTail;
    case 'edges':
      return inTail || at.index < HEAD_LINES;
    case 'before-dateline':
      return at.index < at.datelineIndex;
  }
}

interface Hit {
  readonly rule: Rule;
  readonly remaining: string;
  /** Text after the match: empty for a bare marker. */
  readonly rest: string;
}

function firstHit(rules: readonly Rule[], text: string, at: Position): Hit | undefined {
  for (const rule of rules) {
    if (!placeAllows(rule, at)) continue;
    const applied = applyToLine(rule, text);
    if (!applied) continue;
    const rest = text.slice(applied.match.index + applied.match[0].length).trim();
    return { rule, remaining: applied.remaining, rest };
  }
  return undefined;
}

function dropEdit(rule: string, line: Line, reason: string): Edit {
  return { pass: PASS, rule, action: 'drop', from: line.from, text: line.text, reason };
}

export const stripBoilerplate: ArticlePass = {
  id: PASS,
  summary: 'Drops boilerplate lines, cuts inline markers and footer blocks, as the rule pack says.',
  run(article, options) {
    const rules = rulesFor(article.site, options);
    const source = article.lines;
    const head = source.slice(0, HEAD_LINES).findIndex((line) => startsWithDateline(line.text));
    const lines: Line[] = [];
    const edits: Edit[] = [];
    let index = 0;
    while (index < source.length) {
      const line = source[index] as Line;
      const previous = source[index - 1];
      const continuesSentence = previous !== undefined && LOWERCASE_START_RE.test(line.text) && !endsSentence(previous.text);
      const at: Position = { index, continuesSentence, count: source.length, datelineIndex: head, tailWindow: options.tailWindow };
      let text = line.text;
      let dropped = false;
      for (let round = 0; round < MAX_RULES_PER_LINE && !dropped; round++) {
        const hit = firstHit(rules, text, at);
        if (!hit) break;
        if (hit.remaining !== '') {
          edits.push({ pass: PASS, rule: hit.rule.id, action: 'cut', from: line.from, text: text.slice(hit.remaining.length).trim(), reason: 'marker and what follows it cut from the line' });
          text = hit.remaining;
          continue;
        }
        dropped = true;
        edits.push(dropEdit(hit.rule.id, { text, from: line.from }, hit.rule.kind === 'tail' ? 'footer starts here' : 'boilerplate line'));
        const taken = hit.rule.kind === 'tail'
          ? countFollowing(source, index, Number.POSITIVE_INFINITY, isFooterLine)
          : hit.rest === '' ? countFollowing(source, index, hit.rule.takesHeadlines ?? 0, (next) => isHeadlineLike(next.text)) : 0;
        for (let offset = 1; offset <= taken; offset++) {
          const next = source[index + offset] as Line;
          edits.push(dropEdit(hit.rule.id, next, hit.rule.kind === 'tail' ? 'inside the footer block' : 'related-article title under the marker'));
        }
        index += taken;
      }
      if (!dropped) lines.push(text === line.text ? line : { text, from: line.from });
      index++;
    }
    return { lines, edits };
  },
};

/** How many lines right after `index` satisfy `accepts`, up to `max`. */
function countFollowing(source: readonly Line[], index: number, max: number, accepts: (line: Line) => boolean): number {
  let count = 0;
  while (count < max && index + count + 1 < source.length && accepts(source[index + count + 1] as Line)) count++;
  return count;
}

/** A line a footer block may swallow: short (a credit, a URL, a title), never a paragraph of prose. */
function isFooterLine(line: Line): boolean {
  return wordCount(line.text) <= FOOTER_LINE_MAX_WORDS;
}
