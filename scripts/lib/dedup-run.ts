/**
 * One measured run of cross-article dedup on the generated corpus (dedup-corpus.ts), scored against
 * the planted truth. Meant to run alone in its own process, so its peak memory is its own.
 *
 * Scoring: every decision "B duplicates A" is a predicted pair, correct when A and B are copies of
 * one story. The truth is one pair per planted copy (a story with g copies in the corpus should give
 * g − 1 pairs, each copy against the one kept), so recall = correct pairs / Σ (g − 1).
 */

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clusterArticles, type ClusterItem } from '../../src/corpus/cluster-articles.js';
import { createCorpusDeduper } from '../../src/corpus/corpus-deduper.js';
import type { DedupStore } from '../../src/corpus/dedup-store.js';
import { createMemoryStore } from '../../src/corpus/memory-store.js';
import { resolveCorpusDedupOptions, type CorpusDedupOptions } from '../../src/corpus/options.js';
import { articleSignature } from '../../src/corpus/signature.js';
import { openSqliteStore } from '../../src/corpus/sqlite-store.js';
import { EDIT_KINDS, generateDedupCorpus, type DedupArticle, type DedupMaterial, type EditKind } from './dedup-corpus.js';

/** `memory` and `sqlite` keep the first copy (createCorpusDeduper); `longest` is clusterArticles. */
export type Mode = 'memory' | 'sqlite' | 'longest';

export interface RunSpec {
  readonly articles: number;
  readonly seed: number;
  readonly mode: Mode;
  readonly options?: CorpusDedupOptions;
}

export interface RunResult {
  readonly articles: number;
  readonly mode: Mode;
  readonly truthPairs: number;
  readonly predictedPairs: number;
  readonly correctPairs: number;
  readonly precision: number;
  readonly recall: number;
  /** Wrong pairs between two template stories of one template (the hard negatives), and all others. */
  readonly falsePairs: { readonly template: number; readonly other: number };
  /** Keep-first only (see recallByEdit). */
  readonly recallByEdit: Record<EditKind, number> | undefined;
  readonly exactDuplicates: number;
  readonly nearDuplicates: number;
  /** Null for keep-longest, which does not count them. */
  readonly candidatesPerArticle: number | null;
  /** Seconds spent generating the corpus (not counted in the rates). */
  readonly generateSeconds: number;
  readonly signatureMicros: number;
  readonly dedupMicros: number;
  /** Signature + dedup, one thread. */
  readonly articlesPerSecond: number;
  readonly indexedArticles: number;
  /** Memory of the lookup tables as the store counts it (typed arrays, and ids in memory); null for keep-longest. */
  readonly indexBytesPerArticle: number | null;
  /** Heap + array buffers after the run minus before, after a full GC, per indexed article; null for keep-longest. */
  readonly measuredBytesPerArticle: number | null;
  /** The SQLite file per indexed article; null without one. */
  readonly diskBytesPerArticle: number | null;
  /** Seconds to open the SQLite index again (rebuilding its lookup tables); null without one. */
  readonly reopenSeconds: number | null;
  readonly maxRssMb: number;
}

/** Truth lookups: a few bytes an article. */
interface Truth {
  readonly group: Int32Array;
  readonly template: Int8Array;
  readonly edits: Uint8Array;
  /** Set for an article whose story appeared earlier in path order (it should be reported). */
  readonly hasEarlier: Uint8Array;
}

export function runDedup(material: DedupMaterial, spec: RunSpec): RunResult {
  const resolved = resolveCorpusDedupOptions(spec.options);
  const truth: Truth = {
    group: new Int32Array(spec.articles),
    template: new Int8Array(spec.articles),
    edits: new Uint8Array(spec.articles),
    hasEarlier: new Uint8Array(spec.articles),
  };
  const seenGroups = new Uint8Array(spec.articles);
  const timers = { generate: 0, signature: 0, dedup: 0 };
  const pairs: [number, number][] = [];

  /** The corpus in path order, truth recorded and generation timed on the way. */
  function* corpus(): Generator<DedupArticle> {
    let started = performance.now();
    for (const article of generateDedupCorpus(material, { articles: spec.articles, seed: spec.seed })) {
      timers.generate += performance.now() - started;
      truth.group[article.index] = article.group;
      truth.template[article.index] = article.template;
      truth.edits[article.index] = article.edits;
      truth.hasEarlier[article.index] = seenGroups[article.group] ?? 0;
      seenGroups[article.group] = 1;
      yield article;
      started = performance.now();
    }
  }
  const sign = (article: DedupArticle) => {
    const started = performance.now();
    const signature = articleSignature(article.text, resolved);
    timers.signature += performance.now() - started;
    return signature;
  };

  collectGarbage();
  const before = heapBytes();
  const tmp = spec.mode === 'sqlite' ? mkdtempSync(path.join(os.tmpdir(), 'bersih-bench-dedup-')) : undefined;
  let stats: { exact: number; near: number; candidates: number | null; indexed: number; memory: number | null; disk: number | null };
  let measured: number | null = null;
  let reopenSeconds: number | null = null;
  try {
    if (spec.mode === 'longest') {
      function* items(): Generator<ClusterItem> {
        for (const article of corpus()) yield { id: article.id, signature: sign(article) };
      }
      // The items are generated and signed lazily inside the call: its own time is the rest.
      const started = performance.now();
      const clusters = clusterArticles(items(), resolved);
      timers.dedup = performance.now() - started - timers.generate - timers.signature;
      let exact = 0;
      for (const cluster of clusters) {
        for (const member of cluster.duplicates) {
          pairs.push([indexOf(member.id), indexOf(cluster.kept)]);
          if (member.method === 'exact') exact += 1;
        }
      }
      stats = { exact, near: pairs.length - exact, candidates: null, indexed: spec.articles, memory: null, disk: null };
    } else {
      const file = path.join(tmp ?? '', 'index.sqlite');
      const store: DedupStore = spec.mode === 'memory' ? createMemoryStore(resolved) : openSqliteStore(file, resolved);
      const deduper = createCorpusDeduper(resolved, store);
      for (const article of corpus()) {
        const signature = sign(article);
        const started = performance.now();
        const decision = deduper.observe(article.id, article.text, signature);
        timers.dedup += performance.now() - started;
        if (decision.kind === 'duplicate') pairs.push([article.index, indexOf(decision.of)]);
      }
      collectGarbage();
      measured = heapBytes() - before;
      const started = performance.now();
      const closed = deduper.close();
      timers.dedup += performance.now() - started;
      stats = {
        exact: closed.exactDuplicates,
        near: closed.nearDuplicates,
        candidates: closed.candidatesVerified,
        indexed: closed.indexedArticles,
        memory: closed.indexMemoryBytes,
        disk: spec.mode === 'sqlite' ? closed.indexDiskBytes : null,
      };
      if (spec.mode === 'sqlite') {
        const reopened = performance.now();
        openSqliteStore(file, resolved).close();
        reopenSeconds = (performance.now() - reopened) / 1000;
      }
    }
  } finally {
    if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true });
  }

  const score = scorePairs(pairs, truth, spec.mode);
  const seconds = (timers.signature + timers.dedup) / 1000;
  return {
    articles: spec.articles,
    mode: spec.mode,
    ...score,
    exactDuplicates: stats.exact,
    nearDuplicates: stats.near,
    candidatesPerArticle: stats.candidates === null ? null : stats.candidates / spec.articles,
    generateSeconds: timers.generate / 1000,
    signatureMicros: (timers.signature * 1000) / spec.articles,
    dedupMicros: (timers.dedup * 1000) / spec.articles,
    articlesPerSecond: spec.articles / seconds,
    indexedArticles: stats.indexed,
    indexBytesPerArticle: stats.memory === null ? null : stats.memory / stats.indexed,
    measuredBytesPerArticle: measured === null ? null : measured / stats.indexed,
    diskBytesPerArticle: stats.disk === null ? null : stats.disk / stats.indexed,
    reopenSeconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function scorePairs(pairs: readonly [number, number][], truth: Truth, mode: Mode) {
  const truthPairs = truth.hasEarlier.reduce((sum, flag) => sum + flag, 0);
  const found = new Uint8Array(truth.group.length);
  const falsePairs = { template: 0, other: 0 };
  let correct = 0;
  for (const [duplicate, kept] of pairs) {
    if (truth.group[duplicate] === truth.group[kept]) {
      correct += 1;
      found[duplicate] = 1;
    } else if ((truth.template[duplicate] ?? -1) >= 0 && truth.template[duplicate] === truth.template[kept]) {
      falsePairs.template += 1;
    } else {
      falsePairs.other += 1;
    }
  }
  return {
    truthPairs,
    predictedPairs: pairs.length,
    correctPairs: correct,
    precision: pairs.length === 0 ? 1 : correct / pairs.length,
    recall: truthPairs === 0 ? 1 : correct / truthPairs,
    falsePairs,
    recallByEdit: mode === 'longest' ? undefined : recallByEdit(truth, found),
  };
}

/**
 * Per edit kind: of the copies that should be reported as duplicates of their story's first article,
 * where that copy or the first article carries the edit, the share that was. (With keep-longest the
 * kept copy is not the first, so this is only computed for keep-first.)
 */
function recallByEdit(truth: Truth, found: Uint8Array): Record<EditKind, number> {
  const firstEdits = new Map<number, number>();
  const planted = new Array<number>(EDIT_KINDS.length).fill(0);
  const hit = new Array<number>(EDIT_KINDS.length).fill(0);
  truth.group.forEach((group, index) => {
    if (!truth.hasEarlier[index]) {
      firstEdits.set(group, truth.edits[index] ?? 0);
      return;
    }
    const edits = (truth.edits[index] ?? 0) | (firstEdits.get(group) ?? 0);
    EDIT_KINDS.forEach((_, k) => {
      if ((edits & (1 << k)) === 0) return;
      planted[k] = (planted[k] ?? 0) + 1;
      hit[k] = (hit[k] ?? 0) + (found[index] ?? 0);
    });
  });
  return Object.fromEntries(EDIT_KINDS.map((kind, k) => [kind, (hit[k] ?? 0) / Math.max(planted[k] ?? 0, 1)])) as Record<
    EditKind,
    number
  >;
}

/** `0012/0012345.txt` → 12345. */
function indexOf(id: string): number {
  return Number(id.slice(id.indexOf('/') + 1, -'.txt'.length));
}

export function heapBytes(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/**
 * Full collections when node runs with --expose-gc (the bench's children do). Twice: the backing
 * stores of typed arrays found dead by the first are only released by the next (measured: one pass
 * left a grown-out-of slot table counted, 3.5 bytes an entry).
 */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}
