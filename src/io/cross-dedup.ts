/**
 * Cross-article deduplication in the batch run: each cleaned article, in sorted order, is checked
 * against every article kept before it (src/corpus); a duplicate is not written to the output but
 * reported with the copy it repeats, and optionally written aside. With an index file the kept
 * articles persist across runs (SQLite), so tomorrow's batch is checked against today's.
 */

import path from 'node:path';
import { createCorpusDeduper, createMemoryStore, openSqliteStore, resolveCorpusDedupOptions } from '../corpus/index.js';
import type { CorpusDedupStats } from '../corpus/index.js';
import type { CleanOutcome } from './clean-job.js';
import type { FileResult } from './clean-files.js';
import { createAtomicWriter } from './write-atomic.js';

export interface CrossDedupSettings {
  /** SQLite index file kept across runs; absent: an in-memory index for this run only. */
  readonly index?: string | undefined;
  /** Where duplicates are written instead of being dropped (a mirrored tree of their ids). */
  readonly duplicatesDir?: string | undefined;
}

export interface CrossDedup {
  /** Decides one cleaned article (call in sorted order); a duplicate's result gets status `duplicate`. */
  decide(outcome: CleanOutcome, result: FileResult): FileResult;
  /** Commits the index and returns the counts. */
  close(): CorpusDedupStats;
}

/** Characters an article id may hold that a file name should not (a JSONL record id is `path:line`). */
const UNSAFE_NAME_RE = /[:\\]/g;

export function createCrossDedup(settings: CrossDedupSettings, cwd: string): CrossDedup {
  const options = resolveCorpusDedupOptions();
  const store = settings.index === undefined ? createMemoryStore(options) : openSqliteStore(path.resolve(cwd, settings.index), options);
  const deduper = createCorpusDeduper(options, store);
  const writer = createAtomicWriter();
  const asideDir = settings.duplicatesDir === undefined ? undefined : path.resolve(cwd, settings.duplicatesDir);
  return {
    decide(outcome, result) {
      const decision = deduper.observe(result.id, outcome.text);
      if (decision.kind === 'unique') return result;
      if (asideDir !== undefined) writer.write(path.join(asideDir, result.id.replace(UNSAFE_NAME_RE, '_')), outcome.text);
      const { of, method, similarity, earlierRun } = decision;
      return { ...result, status: 'duplicate', duplicate: { of, method, similarity: Math.round(similarity * 1000) / 1000, ...(earlierRun ? { earlierRun } : {}) } };
    },
    close: () => deduper.close(),
  };
}
