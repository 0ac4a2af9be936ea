/**
 * The batch machinery every run goes through: articles from a source are gathered into batches,
 * cleaned on the pool (in this thread or on workers), and settled in the order they were read:
 * measured, written by the sink, handed to `onFile`. Only the batches in flight are in memory, so
 * the run is bounded whatever the size of the corpus, and the order (hence every output byte) does
 * not depend on the number of workers.
 */

import { failedResult, type ArticleItem, type SourceArticle, type SourceItem } from './article-source.js';
import type { ArticleSink } from './article-sink.js';
import type { Batch, BatchJob, BatchOutcome, CleanOutcome } from './clean-job.js';
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

/**
 * Articles per batch sent to the pool, and the bytes that close a batch early. Each batch in flight
 * is held on both sides until it is settled; at 50,000 articles on two workers, batches of 64 took
 * 20 MB less peak memory than batches of 128 (text files and JSONL alike) for the same CPU, while
 * batches of 32 began to cost CPU.
 */
const BATCH_ARTICLES = 64;
const BATCH_BYTES = 1 << 20;

/** An item of a batch in flight, as kept here: an article without its text (which went to the pool), or a failure. */
export type Slot = { readonly article: SourceArticle } | { readonly failure: FileResult };

/** Cleans every item of the source; resolves with the number of items seen once the sink is closed. */
export async function cleanStream(params: CleanStreamParams): Promise<number> {
  const { pool, sink } = params;
  const dropRatio = params.maxDropRatio !== undefined;
  try {
    const seen = await inBatches(params.items, pool.parallelism, (batch) => pool.clean({ ...batch, dropRatio }), async (slots, outcomes) => {
      let next = 0;
      for (const slot of slots) {
        params.onFile('failure' in slot ? slot.failure : settle(slot.article, outcomes[next++] as BatchOutcome, params));
      }
      await sink.drain();
    });
    await sink.close();
    return seen;
  } catch (error) {
    sink.discard();
    throw error;
  }
}

/**
 * The batch machinery every pass over a source goes through: items are gathered into batches,
 * `run` on the pool, and handed to `settle` in the order they were read, with one result per
 * article (failures have none). Two batches per worker stay in flight, so every worker is busy while
 * this thread reads and writes; nothing else is held. Resolves with the number of items seen.
 */
export async function inBatches<R>(
  items: AsyncIterable<SourceItem>,
  parallelism: number,
  run: (batch: Batch) => Promise<R>,
  settle: (slots: readonly Slot[], results: R) => Promise<void> | void,
): Promise<number> {
  const inFlight: { slots: Slot[]; results: Promise<R> }[] = [];
  let gathered: SourceItem[] = [];
  let gatheredBytes = 0;
  let seen = 0;
  const submit = (): void => {
    if (gathered.length === 0) return;
    const { slots, batch } = pack(gathered);
    inFlight.push({ slots, results: run(batch) });
    gathered = [];
    gatheredBytes = 0;
  };
  const finishOldest = async (): Promise<void> => {
    const done = inFlight.shift();
    if (done) await settle(done.slots, await done.results);
  };
  try {
    for await (const item of items) {
      seen += 1;
      gathered.push(item);
      if ('article' in item) gatheredBytes += item.article.bytesIn;
      if (gathered.length >= BATCH_ARTICLES || gatheredBytes >= BATCH_BYTES) submit();
      while (inFlight.length > 2 * parallelism) await finishOldest();
    }
    submit();
    while (inFlight.length > 0) await finishOldest();
  } catch (error) {
    // Batches still on the workers settle unseen; their failure (if any) is this one's echo.
    for (const pending of inFlight) pending.results.catch(() => {});
    throw error;
  }
  return seen;
}

/** The batch for the pool (the text files' bytes copied into one buffer: one message, one copy to a worker) and what stays here. */
function pack(items: readonly SourceItem[]): { slots: Slot[]; batch: Batch } {
  const articles = items.filter((item): item is ArticleItem => 'article' in item);
  let size = 0;
  for (const item of articles) if ('bytes' in item) size += item.bytes.byteLength;
  const bytes = size === 0 ? undefined : new Uint8Array(size);
  let offset = 0;
  const jobs = articles.map((item): BatchJob => {
    if ('text' in item) return { id: item.article.id, text: item.text };
    bytes?.set(item.bytes, offset);
    offset += item.bytes.byteLength;
    return { id: item.article.id, start: offset - item.bytes.byteLength, end: offset };
  });
  const slots = items.map((item): Slot => ('failure' in item ? item : { article: item.article }));
  return { slots, batch: { jobs, bytes: bytes?.buffer } };
}

function settle(article: SourceArticle, outcome: BatchOutcome, params: CleanStreamParams): FileResult {
  if ('failure' in outcome) return failedResult(article.id, article.input, 'failed', outcome.failure);
  let result = outcomeResult(article.id, article.input, article.bytesIn, outcome);
  const ratio = outcome.dropRatio ?? 0;
  // Compared unrounded; reported to four decimals.
  if (result.status === 'cleaned' && params.maxDropRatio !== undefined && ratio > params.maxDropRatio) {
    result = { ...result, dropRatio: Math.round(ratio * 10_000) / 10_000 };
  }
  if (params.decide !== undefined && result.status === 'cleaned') result = params.decide(article, outcome, result);
  return result.status === 'cleaned' ? params.sink.write(article, outcome, result) : result;
}

/**
 * A pool that cleans the first batch in this thread and starts `jobs` workers only when a second
 * batch comes: a small input (one short JSONL file, stdin) never pays for starting workers, a large
 * one is cleaned on all of them. Outcomes are the same either way.
 */
export function createLazyPool(initial: Options, jobs: number): CleanPool {
  const inline = createCleanPool(initial, 1);
  if (jobs <= 1) return inline;
  let options = initial;
  let workers: CleanPool | undefined;
  let batches = 0;
  const poolFor = (): CleanPool => {
    batches += 1;
    return batches === 1 ? inline : (workers ??= createCleanPool(options, jobs));
  };
  return {
    parallelism: jobs,
    clean: (batch) => poolFor().clean(batch),
    lines: (batch) => poolFor().lines(batch),
    setOptions(next) {
      inline.setOptions(next);
      workers?.setOptions(next);
      options = next;
    },
    async close() {
      await inline.close();
      await workers?.close();
    },
  };
}
