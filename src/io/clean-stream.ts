/**
 * The batch machinery every run goes through: articles from a source are gathered into batches,
 * cleaned on the pool (in this thread or on workers), and settled in the order they were read:
 * measured, written by the sink, handed to `onFile`. Only the batches in flight are in memory, so
 * the run is bounded whatever the size of the corpus, and the order (hence every output byte) does
 * not depend on the number of workers.
 */

import type { SourceArticle, SourceItem } from './article-source.js';
import type { ArticleSink } from './article-sink.js';
import type { CleanOutcome } from './clean-job.js';
import { outcomeResult, type FileResult } from './clean-files.js';
import type { Options } from '../options.js';
import { createCleanPool, type CleanPool } from './clean-pool.js';

export interface CleanStreamParams {
  readonly items: AsyncIterable<SourceItem>;
  readonly pool: CleanPool;
  readonly sink: ArticleSink;
  /** Called once per item, in the source's order. */
  readonly onFile: (result: FileResult) => void;
  /** An article that loses more than this share of its non-space characters gets `dropRatio` set. */
  readonly maxDropRatio?: number | undefined;
  /**
   * Sees each cleaned article in order before it is written and may change its result (a
   * corpus-level step such as cross-article dedup); only results still `cleaned` are written.
   */
  readonly decide?: ((article: SourceArticle, outcome: CleanOutcome, result: FileResult) => FileResult) | undefined;
}

/** Articles per batch sent to the pool, and the bytes that close a batch early. */
export const BATCH_ARTICLES = 128;
const BATCH_BYTES = 1 << 20;

/** Cleans every item of the source; resolves with the number of items seen once the sink is closed. */
export async function cleanStream(params: CleanStreamParams): Promise<number> {
  const { pool, sink } = params;
  const inFlight: { items: SourceItem[]; outcomes: Promise<CleanOutcome[]> }[] = [];
  let batch: SourceItem[] = [];
  let batchBytes = 0;
  let seen = 0;
  const submit = (): void => {
    if (batch.length === 0) return;
    const items = batch;
    const jobs = items.flatMap((item) => ('article' in item ? [{ id: item.article.id, text: item.article.text }] : []));
    inFlight.push({ items, outcomes: pool.clean(jobs) });
    batch = [];
    batchBytes = 0;
  };
  const finishOldest = async (): Promise<void> => {
    const done = inFlight.shift();
    if (!done) return;
    const outcomes = await done.outcomes;
    let next = 0;
    for (const item of done.items) {
      params.onFile('failure' in item ? item.failure : settle(item.article, outcomes[next++] as CleanOutcome, params));
    }
    await sink.drain();
  };
  try {
    for await (const item of params.items) {
      seen += 1;
      batch.push(item);
      if ('article' in item) batchBytes += item.article.bytesIn;
      if (batch.length >= BATCH_ARTICLES || batchBytes >= BATCH_BYTES) submit();
      // Two batches per worker keep every worker busy while this thread reads and writes.
      while (inFlight.length > 2 * pool.parallelism) await finishOldest();
    }
    submit();
    while (inFlight.length > 0) await finishOldest();
    await sink.close();
  } catch (error) {
    sink.discard();
    // Batches still on the workers settle unseen; their failure (if any) is this one's echo.
    for (const pending of inFlight) pending.outcomes.catch(() => {});
    throw error;
  }
  return seen;
}

function settle(article: SourceArticle, outcome: CleanOutcome, params: CleanStreamParams): FileResult {
  let result = outcomeResult(article.id, article.input, article.bytesIn, outcome);
  if (result.status === 'cleaned' && params.maxDropRatio !== undefined) {
    const ratio = dropRatio(article.text, outcome.text);
    // Compared unrounded; reported to four decimals.
    if (ratio > params.maxDropRatio) result = { ...result, dropRatio: Math.round(ratio * 10_000) / 10_000 };
  }
  if (params.decide !== undefined && result.status === 'cleaned') result = params.decide(article, outcome, result);
  return result.status === 'cleaned' ? params.sink.write(article, outcome, result) : result;
}

/** Share (0..1) of the non-space characters of `before` that `after` no longer has. */
export function dropRatio(before: string, after: string): number {
  const had = nonSpaceLength(before);
  return had === 0 ? 0 : Math.max(0, 1 - nonSpaceLength(after) / had);
}

function nonSpaceLength(text: string): number {
  let count = 0;
  for (const match of text.matchAll(NON_SPACE_RE)) count += match[0].length;
  return count;
}

/** Runs of characters other than whitespace (Unicode spaces included). */
const NON_SPACE_RE = /\S+/g;

/**
 * A pool that cleans the first batch in this thread and starts `jobs` workers only when a second
 * batch comes: a small input (one short JSONL file, stdin) never pays for starting workers, a large
 * one is cleaned on all of them. Outcomes are the same either way.
 */
export function createLazyPool(options: Options, jobs: number): CleanPool {
  const inline = createCleanPool(options, 1);
  if (jobs <= 1) return inline;
  let workers: CleanPool | undefined;
  let batches = 0;
  return {
    parallelism: jobs,
    clean(batch) {
      batches += 1;
      if (batches === 1) return inline.clean(batch);
      workers ??= createCleanPool(options, jobs);
      return workers.clean(batch);
    },
    async close() {
      await inline.close();
      await workers?.close();
    },
  };
}
