/**
 * The shapes every pass, rule and report shares. A `Line` remembers which raw lines it came from, so
 * that every edit can be traced back to the input file.
 */

/** One line of an article as it moves through the passes. */
export interface Line {
  readonly text: string;
  /** 1-based numbers of the raw input lines this line was built from (several after a merge). */
  readonly from: readonly number[];
}

/** An article between passes: its id (the input path relative to its base) and its current lines. */
export interface Article {
  readonly id: string;
  /** Site id detected from the text (or forced by the user); undefined when unknown. */
  readonly site: string | undefined;
  readonly lines: readonly Line[];
}

/**
 * What happened to a line:
 * - `drop`: the whole line went;
 * - `cut`: the end of the line went (an inline marker and what follows it);
 * - `merge`: the line was joined to the previous one (nothing was removed);
 * - `flag`: the line was kept, but looked suspicious and is reported for a human to judge.
 */
export type EditAction = 'drop' | 'cut' | 'merge' | 'flag';

/** One explained change. Report totals are derived from edits, never counted separately. */
export interface Edit {
  /** Id of the pass that made the change (`boilerplate`, `merge`, ...). */
  readonly pass: string;
  /** Id of the rule or heuristic that decided it (`common/baca-juga`, `merge/lowercase-continuation`). */
  readonly rule: string;
  readonly action: EditAction;
  /** Raw line numbers affected. */
  readonly from: readonly number[];
  /** The text removed (`drop`, `cut`), the text joined (`merge`), or what was flagged (`flag`: a dateline, the line). */
  readonly text: string;
  /** Why, in a few words a user can read. */
  readonly reason: string;
}

/** What a pass returns: the new lines and one edit per change. */
export interface PassOutput {
  readonly lines: readonly Line[];
  readonly edits: readonly Edit[];
  /** Set when the pass knows that running it again on `lines` would change nothing. */
  readonly settled?: boolean;
}
