/**
 * The shape of a boilerplate rule, and `defineRules()`, which refuses a rule pack that is malformed
 * or whose rules fail their own examples. Rules are data; `passes/strip-boilerplate.ts` applies them.
 */

import { isHeadlineLike } from '../text/classify.js';

/**
 * How a match is applied:
 * - `line`: the whole line is boilerplate and is dropped;
 * - `inline`: the line is cut from the match start to its end; content before the match stays
 *   (a line that is all marker is dropped);
 * - `tail`: a footer starts at the matching line and runs to the end of the article; following lines
 *   are swallowed only while they look like footer lines (short, or boilerplate themselves);
 * - `credit`: like `inline`, but only in the first lines or the last lines of the article, where
 *   bylines and editor codes sit;
 * - `dateline`: an outlet dateline opening the lead ("JAKARTA, KOMPAS.com -"). The match is a prefix:
 *   it is always recognised and reported (a `flag` edit), and cut from the paragraph only with the
 *   option `stripDatelines`. Only the first dateline in the article's first lines counts, and only
 *   when the text after it does not read as a headline.
 */
export type RuleKind = 'line' | 'inline' | 'tail' | 'credit' | 'dateline';

/**
 * Where in the article a rule may fire:
 * - `anywhere`;
 * - `edges`: the first `HEAD_LINES` lines or the last `tailWindow` lines;
 * - `end`: the last `tailWindow` lines;
 * - `head`: the first `HEAD_LINES` lines;
 * - `before-dateline`: lines above an outlet dateline that opens the lead within the first lines.
 */
export type RulePlace = 'anywhere' | 'edges' | 'end' | 'head' | 'before-dateline';

/** How many leading lines count as the article's head (headline, byline, dateline). */
export const HEAD_LINES = 3;

export interface RuleExamples {
  /** Lines the rule must fire on, leaving nothing (line/tail kinds: whole line; cut kinds: see `cut`). */
  readonly strip: readonly string[];
  /** For cut kinds and datelines: `[line, what remains]` pairs. */
  readonly cut?: readonly (readonly [line: string, kept: string])[];
  /** Lines the rule must leave alone: real prose that merely contains the words. */
  readonly keep: readonly string[];
}

export interface Rule {
  /** `<site>/<name>` or `common/<name>`, kebab-case. */
  readonly id: string;
  /** Site id the rule belongs to, or `*` for every site. */
  readonly site: string;
  readonly kind: RuleKind;
  /** Where the rule may fire; defaults from the kind (`end` for tail, `edges` for credit, `head` for dateline, else `anywhere`). */
  readonly place?: RulePlace;
  readonly description: string;
  /**
   * Lower-case words (or single symbols such as `)` or `©`) of which at least one must appear in a
   * line for the rule to be tried: a cheap index lookup that spares most lines most patterns.
   * Omit only for rules that fire on position alone.
   */
  readonly keywords?: readonly string[];
  /** Case and Unicode flags as needed; never `g` or `y` (stateful `lastIndex`). */
  readonly pattern: RegExp;
  /** Fire only when the text after the match reads as a headline (a related-article title). */
  readonly restIsHeadline?: boolean;
  /**
   * A bare marker (nothing after the match) also takes up to this many following lines that read
   * as headlines: the related-article titles a scraper put under "Baca juga".
   */
  readonly takesHeadlines?: number;
  /**
   * The pattern matches ordinary words ("Facebook", "Share") that a scraper also leaves alone on a
   * line when they were a link inside a sentence; the rule does not fire right after a line that
   * stops mid-sentence ("... diunggah di" / "Facebook" / "pada Senin").
   */
  readonly ordinaryWords?: boolean;
  /** A bare marker also takes the short credit line right below it ("Photo :" / "VIVA.co.id/Anisa"). */
  readonly takesCredit?: boolean;
  /** A bare marker also takes the short caption line right above it ("Ilustrasi emas batangan." / "Photo :"). */
  readonly takesCaptionAbove?: boolean;
  readonly examples: RuleExamples;
}

export const RULE_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KINDS: readonly RuleKind[] = ['line', 'inline', 'tail', 'credit', 'dateline'];
export const PLACES: readonly RulePlace[] = ['anywhere', 'edges', 'end', 'head', 'before-dateline'];

export function placeOf(rule: Rule): RulePlace {
  if (rule.place) return rule.place;
  if (rule.kind === 'tail') return 'end';
  if (rule.kind === 'credit') return 'edges';
  if (rule.kind === 'dateline') return 'head';
  return 'anywhere';
}

/** Whether a cut kind: the match start is where the line is cut. */
export function isCutKind(kind: RuleKind): boolean {
  return kind === 'inline' || kind === 'credit';
}

const WORD_KEYWORD_RE = /^[\p{Ll}\p{N}]+$/u;

/** Whether a keyword is a word (looked up among a line's tokens) rather than a symbol (searched in its text). */
export function isWordKeyword(keyword: string): boolean {
  return WORD_KEYWORD_RE.test(keyword);
}

/**
 * What a rule's pattern does to one line: undefined when it does not fire, else the text that
 * remains ('' when the whole line goes; for a dateline, the paragraph after it). Keywords and
 * position are checked by the caller.
 */
export function matchRule(rule: Rule, text: string): { remaining: string; match: RegExpExecArray } | undefined {
  const match = rule.pattern.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match.index + match[0].length);
  if (rule.restIsHeadline && !isHeadlineLike(rest)) return undefined;
  if (rule.kind === 'dateline') {
    // A dateline opens a lead: it sits at the very start, and a lead is a sentence, not a
    // headline ("Persija - Persib Berbagi Poin" is a title that merely looks like one).
    if (match.index !== 0 || match[0].trim() === '' || isHeadlineLike(rest)) return undefined;
    return { remaining: rest.trim(), match };
  }
  const remaining = isCutKind(rule.kind) ? text.slice(0, match.index).trimEnd() : '';
  return { remaining, match };
}

/**
 * Whether every top-level alternative of the pattern starts with `^`: such a rule can only fire on
 * a keyword near the line's start, so the keyword lookup reads just the first words.
 */
export function isStartAnchored(pattern: RegExp): boolean {
  const source = pattern.source;
  let depth = 0;
  let inClass = false;
  let alternativeStart = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      index++;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
    } else if (char === '(') {
      depth++;
    } else if (char === ')') {
      depth--;
    } else if (char === '|' && depth === 0) {
      if (source[alternativeStart] !== '^') return false;
      alternativeStart = index + 1;
    }
  }
  return source[alternativeStart] === '^';
}
