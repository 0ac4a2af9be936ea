/**
 * The result of learning: lines that recur across many different stories, handed to the cleaner
 * as data (`Options.learnedLines`) and dropped there as `learned/<hash>`.
 */

import { lineHashes, lineKey, lineKeyText } from './line-key.js';

export interface LearnedLine {
  /** `learned/<8 hex digits>`: the rule id of every drop it causes. */
  readonly id: string;
  /** The line as first seen (normalised, original case; cut to 200 characters for display). */
  readonly text: string;
  /** Number of different articles it occurs in (exact unless the counter ran out of room; then an upper estimate). */
  readonly docs: number;
  /** Distinct stories among the articles sampled for it. */
  readonly stories: number;
  /** Articles sampled to count the stories. */
  readonly sampled: number;
  /** The 53-bit key of the line (see `lineKey`). */
  readonly key: number;
}

export interface LearnedLines {
  /** Articles counted. */
  readonly articles: number;
  /** The thresholds the lines were learned under. */
  readonly minDocs: number;
  readonly minStoryShare: number;
  /** Most frequent first, ties by text. */
  readonly lines: readonly LearnedLine[];
}

/** An empty result: what cleaning without learning amounts to. */
export const NO_LEARNED_LINES: LearnedLines = Object.freeze({ articles: 0, minDocs: 0, minStoryShare: 0, lines: Object.freeze([]) });

const lookups = new WeakMap<LearnedLines, ReadonlyMap<number, LearnedLine>>();

/** The learned line a line of text is, if any (lookup built once per result). */
export function findLearned(learned: LearnedLines, text: string): LearnedLine | undefined {
  if (learned.lines.length === 0) return undefined;
  let byKey = lookups.get(learned);
  if (!byKey) {
    byKey = new Map(learned.lines.map((line) => [line.key, line]));
    lookups.set(learned, byKey);
  }
  return byKey.get(lineKey(lineHashes(lineKeyText(text))));
}
