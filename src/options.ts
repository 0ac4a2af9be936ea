/**
 * Every option of the cleaner, each with its one documented default, resolved once into a frozen
 * object. Passes read their slice of `ResolvedOptions` and never apply defaults themselves.
 */

import { ConfigError } from './errors.js';
import type { LearnedLines } from './learn/learned-lines.js';
import type { Rule } from './rules/rule.js';

export interface Options {
  /** Strip boilerplate lines and inline markers (rules in `src/rules`). @default true */
  boilerplate?: boolean;
  /** Join sentences the scraper broke across lines; drop stray punctuation lines. @default true */
  merge?: boolean;
  /** Drop paragraphs that repeat an earlier one inside the same article. @default true */
  dedup?: boolean;
  /** Site id whose rules apply, instead of detecting it from the text. @default undefined (detect) */
  site?: string | undefined;
  /** Rule ids to switch off (`common/baca-juga`, `antara/copyright`, ...). @default [] */
  disabledRules?: readonly string[];
  /** A paragraph needs at least this many words to be dropped as an exact or contained repeat. @default 5 */
  dedupMinWords?: number;
  /** Dice similarity (0..1) at or above which a long paragraph counts as a near repeat. @default 0.9 */
  nearDuplicateThreshold?: number;
  /** Paragraphs shorter than this many characters are never compared for near repeats. @default 80 */
  nearDuplicateMinChars?: number;
  /** How many of an article's last lines are searched for footers and credits. @default 8 */
  tailWindow?: number;
  /**
   * Cut the outlet dateline ("JAKARTA, KOMPAS.com -") from the lead paragraph. Off, a dateline is
   * still recognised and reported as a `flag` edit, and the paragraph stays whole. @default false
   */
  stripDatelines?: boolean;
  /**
   * Also compute the clean text's cross-article dedup signature (src/corpus), so that the batch
   * runner's worker threads, not its main thread, do that work. @default false
   */
  signature?: boolean;
  /**
   * Rules of the user's own (e.g. from `loadUserRules`), tried after the site rules and before the
   * common ones; checked like the shipped pack (ids unique against it, examples pass). @default []
   */
  extraRules?: readonly Rule[];
  /**
   * Lines learned from the whole corpus (`createLineCounter().result()`), dropped as
   * `learned/<hash>` where no rule took them. @default undefined (nothing learned)
   */
  learnedLines?: LearnedLines | undefined;
}

export type ResolvedOptions = Readonly<Required<Omit<Options, 'site' | 'learnedLines'>>> & {
  readonly site: string | undefined;
  readonly learnedLines: LearnedLines | undefined;
};

export function resolveOptions(options: Options = {}): ResolvedOptions {
  const resolved: ResolvedOptions = {
    boilerplate: options.boilerplate ?? true,
    merge: options.merge ?? true,
    dedup: options.dedup ?? true,
    site: options.site,
    disabledRules: Object.freeze([...(options.disabledRules ?? [])]),
    dedupMinWords: options.dedupMinWords ?? 5,
    nearDuplicateThreshold: options.nearDuplicateThreshold ?? 0.9,
    nearDuplicateMinChars: options.nearDuplicateMinChars ?? 80,
    tailWindow: options.tailWindow ?? 8,
    stripDatelines: options.stripDatelines ?? false,
    signature: options.signature ?? false,
    extraRules: Object.freeze([...(options.extraRules ?? [])]),
    learnedLines: options.learnedLines,
  };
  requireRange('nearDuplicateThreshold', resolved.nearDuplicateThreshold, 0, 1);
  requireRange('dedupMinWords', resolved.dedupMinWords, 1, Number.MAX_SAFE_INTEGER);
  requireRange('nearDuplicateMinChars', resolved.nearDuplicateMinChars, 1, Number.MAX_SAFE_INTEGER);
  requireRange('tailWindow', resolved.tailWindow, 0, Number.MAX_SAFE_INTEGER);
  return Object.freeze(resolved);
}

function requireRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(`option ${name} must be a number between ${min} and ${max}, got ${String(value)}`);
  }
}
