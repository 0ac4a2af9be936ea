/**
 * boilerplate: applies the rule pack to each line (drop, cut at an inline marker, or drop a footer
 * block) and drops lines learned from the corpus, recording the rule id of every change. The
 * engine knows no site; rules and learned lines are data. (Dateline rules are applied apart, by
 * `passes/dateline.ts`.)
 */

import { findLearned } from '../learn/learned-lines.js';
import type { ArticlePass } from '../pipeline.js';
import type { CompiledRules } from '../rules/compile.js';
import { rulesForSite } from '../rules/select.js';
import { HEAD_LINES, isCutKind, matchRule, placeOf, type Rule } from '../rules/rule.js';
import { endsSentence, isHeadlineLike, isPunctuationOnly, startsWithDateline } from '../text/classify.js';
import { endsOpen, isListItem } from '../text/continuation.js';
import { wordCount } from '../text/lines.js';
import type { Edit, Line } from '../types.js';

const PASS = 'boilerplate';
/** A footer block swallows following lines only while they are this short (credits, URLs, "Editor: X"). */
const FOOTER_LINE_MAX_WORDS = 15;
const CREDIT_MAX_WORDS = 6;
const CAPTION_MAX_WORDS = 15;
const ANNOUNCED_TITLE_MAX_WORDS = 20;
/** A full stop, question or exclamation mark followed by a new sentence: two sentences, so not a title. */
const SENTENCE_BREAK_RE = /[.!?]\s+\p{Lu}/u;
/** Cuts can expose a further marker ("... AR. (mad) (*)"); a line is re-examined at most this often. */
const MAX_RULES_PER_LINE = 4;
const LOWERCASE_START_RE = /^\p{Ll}/u;
const CLOSING_START_RE = /^[,.;:!?)\]”’/%]/u;

/** Where a line sits and what comes before it, for rules that depend on position or context. */
interface Position {
  readonly index: number;
  readonly count: number;
  /** Index of the datelined lead within the head, or -1. */
  readonly datelineIndex: number;
  readonly tailWindow: number;
  /**
   * The line starts in lower case right after an unfinished line: a fragment of a sentence the
   * scraper broke ("dan" / "berita pilihan" / "kami ..."), content however boilerplate its words look.
   */
  readonly continuesInLowerCase: boolean;
  /** The line above stops mid-sentence (comma, preposition, open bracket): this line likely goes on with it. */
  readonly followsOpenEnd: boolean;
}

function placeAllows(rule: Rule, at: Position): boolean {
  if (!isCutKind(rule.kind) && (at.continuesInLowerCase || (rule.ordinaryWords === true && at.followsOpenEnd))) return false;
  const inTail = at.index >= at.count - at.tailWindow;
  switch (placeOf(rule)) {
    case 'anywhere':
      return true;
    case 'end':
      return inTail;
    case 'edges':
      return inTail || at.index < HEAD_LINES;
    case 'head':
      return at.index < HEAD_LINES;
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

/**
 * Remembered verdicts, per line object: which rule (if any) fires on the line at a place of a given
 * kind, under a given rule set. The pipeline runs this pass twice and then again on its own output
 * until nothing changes; the lines nothing touched come back as the same objects, and a verdict
 * depends only on the text, the rule set and the few position facts `placeKey` packs.
 */
interface Verdicts {
  readonly rules: CompiledRules;
  readonly places: number[];
  readonly hits: (Hit | undefined)[];
}
const verdictsByLine = new WeakMap<Line, Verdicts>();

/** The position facts any rule's place can depend on, as a small number. */
function placeKey(at: Position): number {
  const inTail = at.index >= at.count - at.tailWindow;
  return (inTail ? 1 : 0) | (at.index < HEAD_LINES ? 2 : 0) | (at.index < at.datelineIndex ? 4 : 0) | (at.continuesInLowerCase ? 8 : 0) | (at.followsOpenEnd ? 16 : 0);
}

function firstHit(rules: CompiledRules, line: Line, at: Position): Hit | undefined {
  let known = verdictsByLine.get(line);
  if (known?.rules !== rules) verdictsByLine.set(line, (known = { rules, places: [], hits: [] }));
  const place = placeKey(at);
  const seen = known.places.indexOf(place);
  if (seen >= 0) return known.hits[seen];
  const hit = searchHit(rules, line.text, at);
  known.places.push(place);
  known.hits.push(hit);
  return hit;
}

function searchHit(rules: CompiledRules, text: string, at: Position): Hit | undefined {
  for (const rule of rules.candidates(text)) {
    if (!placeAllows(rule, at)) continue;
    const applied = matchRule(rule, text);
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
  summary: 'Drops boilerplate lines, cuts inline markers and footer blocks, as the rule pack says; drops learned lines.',
  run(article, options) {
    const rules = rulesForSite(article.site, options).compiled;
    const source = article.lines;
    const datelineIndex = source.slice(0, HEAD_LINES).findIndex((line) => startsWithDateline(line.text));
    const lines: Line[] = [];
    const edits: Edit[] = [];
    for (let index = 0; index < source.length; index++) {
      const line = source[index] as Line;
      const previous = source[index - 1]?.text;
      const unfinished = previous !== undefined && !endsSentence(previous);
      const at: Position = {
        index,
        count: source.length,
        datelineIndex,
        tailWindow: options.tailWindow,
        continuesInLowerCase: unfinished && LOWERCASE_START_RE.test(line.text),
        followsOpenEnd: unfinished && endsOpen(previous),
      };
      let text = line.text;
      let hit: Hit | undefined;
      for (let round = 0; round < MAX_RULES_PER_LINE; round++) {
        hit = round === 0 ? firstHit(rules, line, at) : searchHit(rules, text, at);
        if (!hit || hit.remaining === '') break;
        edits.push({ pass: PASS, rule: hit.rule.id, action: 'cut', from: line.from, text: text.slice(hit.remaining.length).trim(), reason: 'marker and what follows it cut from the line' });
        text = hit.remaining;
        hit = undefined;
      }
      if (!hit) {
        const learned = text === line.text && options.learnedLines ? findLearned(options.learnedLines, text) : undefined;
        if (learned && !options.disabledRules.includes(learned.id) && standsAlone(at, text, source[index + 1])) {
          edits.push(dropEdit(learned.id, line, `recurs in ${learned.docs} articles of different stories (learned from the corpus)`));
          continue;
        }
        lines.push(text === line.text ? line : { text, from: line.from });
        continue;
      }
      const { rule, rest } = hit;
      if (rule.takesCaptionAbove && rest === '' && lines.at(-1) === source[index - 1] && isCaptionLine(lines.at(-1))) {
        edits.push(dropEdit(rule.id, lines.pop() as Line, 'caption above the marker'));
      }
      edits.push(dropEdit(rule.id, { text, from: line.from }, rule.kind === 'tail' ? 'footer starts here' : 'boilerplate line'));
      const taken = linesTaken(rule, rest, source, index);
      for (let offset = 1; offset <= taken; offset++) {
        edits.push(dropEdit(rule.id, source[index + offset] as Line, rule.kind === 'tail' ? 'inside the footer block' : 'title or credit under the marker'));
      }
      index += taken;
    }
    return { lines, edits };
  },
};

/**
 * A learned line is dropped only where it stands as a line of its own: not a piece of a sentence
 * the scraper broke around a link ("... kepada" / "Kompas.com" / ", Senin ..."), whatever its words.
 */
function standsAlone(at: Position, text: string, next: Line | undefined): boolean {
  if (at.continuesInLowerCase || at.followsOpenEnd) return false;
  if (next === undefined || endsSentence(text)) return true;
  return !endsOpen(text) && !LOWERCASE_START_RE.test(next.text) && !(CLOSING_START_RE.test(next.text) && !isPunctuationOnly(next.text));
}

/** How many lines after a matched line go with it: a footer's lines, the titles or credit under a bare marker. */
function linesTaken(rule: Rule, rest: string, source: readonly Line[], index: number): number {
  if (rule.kind === 'tail') return countFollowing(source, index, Number.POSITIVE_INFINITY, isFooterLine);
  if (rest !== '') return 0;
  if (rule.takesCredit) return countFollowing(source, index, 1, isCreditLine);
  // "Baca juga:" announces one title, in title or sentence case (Kompas, Antara); a bare
  // "Baca Juga" heads a list of title-cased ones (Republika).
  const at = (offset: number): Line | undefined => source[index + offset];
  if (at(0)?.text.trimEnd().endsWith(':')) return isRelatedTitle(at(0), at(1), at(2), isAnnouncedTitle) ? 1 : 0;
  let taken = 0;
  while (taken < (rule.takesHeadlines ?? 0) && isRelatedTitle(at(taken), at(taken + 1), at(taken + 2), isHeadlineLike)) taken++;
  return taken;
}

/**
 * A related-article title under a marker: it sits right under the line above (a blank line in the
 * raw text means the link was empty and what follows is the article again, as on Antara), reads
 * as a title, and is not the start of a sentence going on in the next line ("Sebelumnya, Aipda PS" /
 * "resmi ditahan ...").
 */
function isRelatedTitle(above: Line | undefined, line: Line | undefined, next: Line | undefined, readsAsTitle: (text: string) => boolean): boolean {
  if (above === undefined || line === undefined || !readsAsTitle(line.text)) return false;
  if (line.from[0] !== (above.from.at(-1) ?? 0) + 1) return false;
  return next === undefined || !(LOWERCASE_START_RE.test(next.text) || (CLOSING_START_RE.test(next.text) && !isPunctuationOnly(next.text)));
}

/**
 * The one title a "Baca juga:" announces, in title or sentence case ("Pemerintah target bangun 500
 * politeknik"): short, one sentence, no full stop.
 */
function isAnnouncedTitle(text: string): boolean {
  return wordCount(text) <= ANNOUNCED_TITLE_MAX_WORDS && !/[.,;:]$/.test(text) && !SENTENCE_BREAK_RE.test(text) && !isListItem(text);
}

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

/** A photo credit under a marker: a name or agency, a few words, not a sentence. */
function isCreditLine(line: Line): boolean {
  return wordCount(line.text) <= CREDIT_MAX_WORDS && !endsSentence(line.text);
}

/** A caption above a photo marker: one short line, not a heading that announces a list. */
function isCaptionLine(line: Line | undefined): boolean {
  return line !== undefined && wordCount(line.text) <= CAPTION_MAX_WORDS && !line.text.endsWith(':');
}
