/**
 * The shape of a boilerplate rule, and `defineRules()`, which refuses a rule pack that is malformed
 * or whose rules fail their own examples. Rules are data; `passes/strip-boilerplate.ts` applies them.
 */

import { ConfigError } from '../errors.js';
import { isHeadlineLike } from '../text/classify.js';

/**
 * How a match is applied:
 * - `line`: the whole line is boilerplate and is dropped;
 * - `inline`: the line is cut from the match start to its end; content before the match stays
 *   (a line that is all marker is dropped);
 * - `tail`: a footer starts at the matching line and runs to the end of the article; following lines
 *   are swallowed only while they look like footer lines (short, or boilerplate themselves);
 * - `credit`: like `inline`, but only in the first lines or the last lines of the article, where
 *   bylines and editor codes sit.
 */
export type RuleKind = 'line' | 'inline' | 'tail' | 'credit';

/**
 * Where in the article a rule may fire:
 * - `anywhere`;
 * - `edges`: the first `HEAD_LINES` lines or the last `tailWindow` lines;
 * - `end`: the last `tailWindow` lines;
 * - `before-dateline`: lines above an outlet dateline that opens the lead within the first lines.
 */
export type RulePlace = 'anywhere' | 'edges' | 'end' | 'before-dateline';

/** How many leading lines count as the article's head (headline, byline, dateline). */
export const HEAD_LINES = 3;

export interface RuleExamples {
  /** Lines the rule must fire on (line/tail kinds: whole line; cut kinds: see `cut`). */
  readonly strip: readonly string[];
  /** For cut kinds: `[line, what remains]` pairs. */
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
  /** Where the rule may fire; defaults from the kind (`end` for tail, `edges` for credit, else `anywhere`). */
  readonly place?: RulePlace;
  readonly description: string;
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

const RULE_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KINDS: readonly RuleKind[] = ['line', 'inline', 'tail', 'credit'];

export function placeOf(rule: Rule): RulePlace {
  if (rule.place) return rule.place;
  if (rule.kind === 'tail') return 'end';
  if (rule.kind === 'credit') return 'edges';
  return 'anywhere';
}

/** Whether a cut kind: the match start is where the line is cut. */
export function isCutKind(kind: RuleKind): boolean {
  return kind === 'inline' || kind === 'credit';
}

/**
 * What a rule does to one line on its own (ignoring position): undefined when it does not fire,
 * else the text that remains ('' when the whole line goes).
 */
export function applyToLine(rule: Rule, text: string): { remaining: string; match: RegExpExecArray } | undefined {
  const match = rule.pattern.exec(text);
  if (!match) return undefined;
  if (rule.restIsHeadline && !isHeadlineLike(text.slice(match.index + match[0].length))) return undefined;
  const remaining = isCutKind(rule.kind) ? text.slice(0, match.index).trimEnd() : '';
  return { remaining, match };
}

/** Checks the pack once at load: ids, kinds, flags, and every rule against its own examples. */
export function defineRules(rules: readonly Rule[]): readonly Rule[] {
  const seen = new Set<string>();
  for (const rule of rules) {
    const problem = ruleProblem(rule, seen);
    if (problem) throw new ConfigError(`rule ${rule.id || '(no id)'}: ${problem}`);
    seen.add(rule.id);
  }
  return Object.freeze([...rules]);
}

function ruleProblem(rule: Rule, seen: ReadonlySet<string>): string | undefined {
  if (!RULE_ID_RE.test(rule.id)) return 'id must look like <site>/<name> in kebab-case';
  if (seen.has(rule.id)) return 'duplicate id';
  if (!KINDS.includes(rule.kind)) return `unknown kind "${String(rule.kind)}"`;
  if (rule.pattern.global || rule.pattern.sticky) return 'pattern must not use the g or y flag';
  if (rule.description.trim() === '') return 'description is empty';
  const { strip, keep, cut = [] } = rule.examples;
  if (strip.length + cut.length === 0 || keep.length === 0) return 'needs at least one strip (or cut) and one keep example';
  for (const line of strip) {
    if (applyToLine(rule, line)?.remaining !== '') return `strip example is not stripped: "${line}"`;
  }
  for (const [line, kept] of cut) {
    const remaining = applyToLine(rule, line)?.remaining;
    if (remaining !== kept) return `cut example "${line}" leaves "${remaining ?? line}", expected "${kept}"`;
  }
  for (const line of keep) {
    if (applyToLine(rule, line)) return `keep example is matched: "${line}"`;
  }
  return undefined;
}
