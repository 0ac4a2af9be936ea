/**
 * Runs per-article passes in order, threading the lines from one pass to the next and collecting
 * every edit, so the report can say why each line went.
 */

import type { ResolvedOptions } from './options.js';
import type { Article, Edit, PassOutput } from './types.js';

/** A per-article pass: pure, named, documented in one sentence. */
export interface ArticlePass {
  /** Kebab-case id, also the file name and the `pass` of every edit it makes. */
  readonly id: string;
  /** One sentence: what the pass does. */
  readonly summary: string;
  run(article: Article, options: ResolvedOptions): PassOutput;
}

/** A pass in the pipeline and the option that switches it on. */
export interface PipelineStep {
  readonly pass: ArticlePass;
  readonly enabled: (options: ResolvedOptions) => boolean;
}

export interface PipelineResult {
  readonly article: Article;
  readonly edits: readonly Edit[];
  /**
   * Whether running the steps again on `article` would change nothing beyond the first step
   * (`roundIsFinal`), as far as this run can tell without running them.
   */
  readonly final: boolean;
}

/** What one step did in a run, for `roundIsFinal`. */
export interface StepRun {
  readonly pass: ArticlePass;
  /** Made an edit other than `flag`. */
  readonly changed: boolean;
  readonly settled: boolean;
}

export function runPipeline(
  article: Article,
  steps: readonly PipelineStep[],
  options: ResolvedOptions,
): PipelineResult {
  let current = article;
  const edits: Edit[] = [];
  const runs: StepRun[] = [];
  for (const step of steps) {
    if (!step.enabled(options)) continue;
    const output = step.pass.run(current, options);
    current = { ...current, lines: output.lines };
    // A loop, not push(...edits): spreading a huge article's edits would overflow the call stack.
    for (const edit of output.edits) edits.push(edit);
    runs.push({ pass: step.pass, changed: output.edits.some((edit) => edit.action !== 'flag'), settled: output.settled === true });
  }
  return { article: current, edits, final: roundIsFinal(runs) };
}

/**
 * Whether a second run of the steps on the result would change nothing, told from the first run
 * alone. The first step's changes do not count (normalising normalised text changes nothing). Let
 * the last step that changed something be L; the steps after it ran on the result itself and
 * changed nothing, so they would do the same again. Every step up to L must be as surely a no-op
 * on the result: its pass ran again after L and changed nothing, or it is L and said its own
 * output is settled. Otherwise only running again can tell.
 */
export function roundIsFinal(runs: readonly StepRun[]): boolean {
  const last = runs.findLastIndex((run, index) => index > 0 && run.changed);
  if (last < 0) return true;
  const unchangedAfter = new Set(runs.slice(last + 1).map((run) => run.pass));
  return runs.slice(1, last + 1).every((run, offset) => unchangedAfter.has(run.pass) || (offset + 1 === last && run.settled));
}
