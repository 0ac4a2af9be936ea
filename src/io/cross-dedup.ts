/**
 * Cross-article deduplication in the batch run: each cleaned article, in sorted order, is checked
 * against every article kept before it (src/corpus); a duplicate is not written to the output but
 * reported with the copy it repeats, and optionally written aside. With an index file the kept
 * articles persist across runs (SQLite), so tomorrow's batch is checked against today's.
 */

import path from 'node:path';
import { articleSignature, createArticleClusterer, createCorpusDeduper, createMemoryStore, openSqliteStore, resolveCorpusDedupOptions } from '../corpus/index.js';
import type { Cluster } from '../corpus/index.js';
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
  /** Commits the index; returns how many articles it holds (kept ones, earlier runs' included). */
  close(): { readonly indexedArticles: number };
}

/** A duplicate as a result records it. */
type Duplicate = NonNullable<FileResult['duplicate']>;

/** Characters an article id may hold that a file name should not (a JSONL record id is `path:line`). */
const UNSAFE_NAME_RE = /[:\\]/g;

export function createCrossDedup(settings: CrossDedupSettings, cwd: string): CrossDedup {
  const options = resolveCorpusDedupOptions();
  const store = settings.index === undefined ? createMemoryStore(options) : openSqliteStore(path.resolve(cwd, settings.index), options);
  const deduper = createCorpusDeduper(options, store);
  const markDuplicate = duplicateMarker(settings, cwd);
  return {
    decide(outcome, result) {
      const decision = deduper.observe(result.id, outcome.text, outcome.signature);
      if (decision.kind === 'unique') return result;
      const { of, method, similarity, earlierRun } = decision;
      return markDuplicate(outcome, result, { of, method, similarity, ...(earlierRun ? { earlierRun } : {}) });
    },
    close: () => deduper.close(),
  };
}

/**
 * `--keep longest`: every article's signature is gathered first (a first pass over the corpus that
 * writes nothing), the copies are clustered, and the longest member of each cluster is kept.
 */
export function createSignatureCollector(): { add(outcome: CleanOutcome, result: FileResult): FileResult; clusters(): Cluster[] } {
  const options = resolveCorpusDedupOptions();
  const clusterer = createArticleClusterer(options);
  return {
    add(outcome, result) {
      clusterer.add(result.id, outcome.signature ?? articleSignature(outcome.text, options));
      return result;
    },
    clusters: () => clusterer.clusters(),
  };
}

/** The second pass of `--keep longest`: drops every cluster member but the kept one. */
export function createLongestKeeper(clusters: readonly Cluster[], settings: CrossDedupSettings, cwd: string): CrossDedup {
  const duplicates = new Map<string, Duplicate>();
  for (const cluster of clusters) {
    for (const member of cluster.duplicates) duplicates.set(member.id, { of: cluster.kept, method: member.method, similarity: member.similarity });
  }
  const markDuplicate = duplicateMarker(settings, cwd);
  let kept = 0;
  return {
    decide(outcome, result) {
      const duplicate = duplicates.get(result.id);
      if (duplicate === undefined) {
        kept += 1;
        return result;
      }
      return markDuplicate(outcome, result, duplicate);
    },
    close: () => ({ indexedArticles: kept }),
  };
}

/** Turns a result into a duplicate's, writing the text aside when `--duplicates` asks for it. */
function duplicateMarker(settings: CrossDedupSettings, cwd: string): (outcome: CleanOutcome, result: FileResult, duplicate: Duplicate) => FileResult {
  const writer = createAtomicWriter();
  const asideDir = settings.duplicatesDir === undefined ? undefined : path.resolve(cwd, settings.duplicatesDir);
  return (outcome, result, duplicate) => {
    if (asideDir !== undefined) writer.write(path.join(asideDir, result.id.replace(UNSAFE_NAME_RE, '_')), outcome.text);
    return { ...result, status: 'duplicate', duplicate: { ...duplicate, similarity: Math.round(duplicate.similarity * 1000) / 1000 } };
  };
}
