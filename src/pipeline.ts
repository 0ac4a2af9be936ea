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
  /** Indices (into `steps`) of the steps that changed something: made an edit other than `flag`. */
  readonly changedSteps: readonly number[];
}

export function runPipeline(
  article: Article,
  steps: readonly PipelineStep[],
  options: ResolvedOptions,
): PipelineResult {
  let current = article;
  const edits: Edit[] = [];
  const changedSteps: number[] = [];
  for (const [index, step] of steps.entries()) {
    if (!step.enabled(options)) continue;
    const output = step.pass.run(current, options);
    current = { ...current, lines: output.lines };
    // A loop, not push(...edits): spreading a huge article's edits would overflow the call stack.
    for (const edit of output.edits) edits.push(edit);
    if (output.edits.some((edit) => edit.action !== 'flag')) changedSteps.push(index);
  }
  return { article: current, edits, changedSteps };
}
