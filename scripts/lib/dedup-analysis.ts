/**
 * The measurements behind the dedup defaults (src/corpus/options.ts), each on the generated corpus:
 * how well each similarity separates copies from template stories, whether verifying with the sketch
 * estimate loses anything against exact shingle sets, how recall falls with rewording, a sweep of the
 * parameters, and the memory of the band index against a Map.
 */

import { createCorpusDeduper } from '../../src/corpus/corpus-deduper.js';
import { KeyChains } from '../../src/corpus/key-chains.js';
import { createMemoryStore } from '../../src/corpus/memory-store.js';
import { resolveCorpusDedupOptions, type CorpusDedupOptions, type ResolvedCorpusDedupOptions } from '../../src/corpus/options.js';
import { articleSignature, distinctShingles, words32, type ArticleSignature } from '../../src/corpus/signature.js';
import { estimateContainment, estimateJaccard, toSketch } from '../../src/corpus/sketch.js';
import { similarity } from '../../src/text/similarity.js';
import { generateDedupCorpus, type DedupArticle, type DedupMaterial } from './dedup-corpus.js';
import { Rng } from './sfc32.js';
import { collectGarbage, heapBytes } from './dedup-run.js';

/** Quantiles of one measure over one kind of pair. */
export type Quantiles = Record<'min' | 'p01' | 'p05' | 'p50' | 'p95' | 'p99' | 'max', number>;

export interface SeparationResult {
  readonly pairs: Record<PairKind, number>;
  /** measure → pair kind → quantiles. */
  readonly measures: Record<string, Record<PairKind, Quantiles>>;
  /**
   * Pairs the default rule decides differently on the sketch estimate than on exact shingle sets:
   * accepted only by the estimate, and rejected only by the estimate.
   */
  readonly estimateDisagrees: Record<PairKind, { readonly onlyEstimate: number; readonly onlyExact: number }>;
}

type PairKind = 'copies' | 'templates' | 'random';

/**
 * Copies: every planted copy with its story's first article. Templates: each template story with the
 * previous story of its template. Random: each article with the one `articles/2` later.
 */
export function separation(material: DedupMaterial, articles: number, seed: number): SeparationResult {
  const options = resolveCorpusDedupOptions();
  const corpus = [...generateDedupCorpus(material, { articles, seed })];
  const pairs: Record<PairKind, [DedupArticle, DedupArticle][]> = { copies: [], templates: [], random: [] };
  const first = new Map<number, DedupArticle>();
  const lastOfTemplate = new Map<number, DedupArticle>();
  corpus.forEach((article, index) => {
    const earlier = first.get(article.group);
    if (earlier === undefined) first.set(article.group, article);
    else pairs.copies.push([earlier, article]);
    if (article.template >= 0 && article.variant === 0) {
      const previous = lastOfTemplate.get(article.template);
      if (previous !== undefined) pairs.templates.push([previous, article]);
      lastOfTemplate.set(article.template, article);
    }
    const other = corpus[(index + Math.floor(articles / 2)) % articles] as DedupArticle;
    if (index < articles / 2 && other.group !== article.group) pairs.random.push([article, other]);
  });

  const exact = new Map<DedupArticle, { shingles: Int32Array; signature: ArticleSignature }>();
  const measure = (article: DedupArticle) => {
    let entry = exact.get(article);
    if (entry === undefined) {
      entry = {
        shingles: distinctShingles(words32(article.text).hashes, options.shingleSize),
        signature: articleSignature(article.text, options),
      };
      exact.set(article, entry);
    }
    return entry;
  };
  const names = ['dice (string-similarity)', 'jaccard (exact)', 'containment (exact)', 'containment (estimated)'];
  const values = Object.fromEntries(names.map((name) => [name, { copies: [], templates: [], random: [] }])) as Record<
    string,
    Record<PairKind, number[]>
  >;
  const estimateDisagrees = {
    copies: { onlyEstimate: 0, onlyExact: 0 },
    templates: { onlyEstimate: 0, onlyExact: 0 },
    random: { onlyEstimate: 0, onlyExact: 0 },
  };
  for (const kind of ['copies', 'templates', 'random'] as const) {
    for (const [a, b] of pairs[kind]) {
      const x = measure(a);
      const y = measure(b);
      const shared = intersection(x.shingles, y.shingles);
      const jaccard = shared / (x.shingles.length + y.shingles.length - shared);
      const containment = shared / Math.min(x.shingles.length, y.shingles.length);
      const estimatedJaccard = estimateJaccard(toSketch(x.signature.minhash), toSketch(y.signature.minhash));
      const estimated = estimateContainment(estimatedJaccard, x.signature.shingles, y.signature.shingles);
      values['dice (string-similarity)']?.[kind].push(similarity(a.text, b.text));
      values['jaccard (exact)']?.[kind].push(jaccard);
      values['containment (exact)']?.[kind].push(containment);
      values['containment (estimated)']?.[kind].push(estimated);
      const byExact = jaccard >= options.minJaccard && containment >= options.threshold;
      const byEstimate = estimatedJaccard >= options.minJaccard && estimated >= options.threshold;
      if (byEstimate && !byExact) estimateDisagrees[kind].onlyEstimate += 1;
      if (byExact && !byEstimate) estimateDisagrees[kind].onlyExact += 1;
    }
  }
  return {
    pairs: { copies: pairs.copies.length, templates: pairs.templates.length, random: pairs.random.length },
    measures: Object.fromEntries(
      Object.entries(values).map(([name, byKind]) => [
        name,
        { copies: quantiles(byKind.copies), templates: quantiles(byKind.templates), random: quantiles(byKind.random) },
      ]),
    ),
    estimateDisagrees,
  };
}

export interface RewordingRow {
  /** Share of words replaced by another word of the sources. */
  readonly rate: number;
  readonly recall: number;
}

/**
 * Recall against rewording, which the planted edits do not cover: `stories` free stories each with
 * one copy whose words were each replaced with probability `rate` (a stand-in for paraphrase, which
 * breaks shingles the same way). Informational: shows where shingle-based matching stops.
 */
export function rewording(material: DedupMaterial, stories: number, seed: number): RewordingRow[] {
  const options = resolveCorpusDedupOptions();
  const originals = [...generateDedupCorpus(material, { articles: stories, seed, copiedShare: 0, templateShare: 0 })];
  const vocabulary = [...material.successors.keys()];
  return [0.02, 0.05, 0.1, 0.15, 0.2].map((rate) => {
    const rng = new Rng(seed, stories, Math.round(rate * 1000));
    const deduper = createCorpusDeduper(options, createMemoryStore(options));
    for (const article of originals) deduper.observe(article.id, article.text);
    let found = 0;
    for (const article of originals) {
      const reworded = article.text.replace(/\S+/g, (word) => (rng.chance(rate) ? rng.pick(vocabulary) : word));
      const decision = deduper.observe(`reworded/${article.id}`, reworded);
      if (decision.kind === 'duplicate' && decision.of === article.id) found += 1;
    }
    return { rate, recall: found / originals.length };
  });
}

export interface SweepRow {
  readonly options: CorpusDedupOptions;
  readonly precision: number;
  readonly recall: number;
  readonly falseTemplate: number;
  readonly falseOther: number;
  readonly candidatesPerArticle: number;
  readonly dedupMicros: number;
  readonly indexBytesPerArticle: number;
}

/**
 * Keep-first dedup over one corpus held in memory, for each setting: the shingle size first (at the
 * default LSH), then bands × rows and the thresholds at the default shingle size.
 */
export function sweep(material: DedupMaterial, articles: number, seed: number): SweepRow[] {
  const corpus = [...generateDedupCorpus(material, { articles, seed })];
  const settings: CorpusDedupOptions[] = [
    ...[3, 5, 9].map((shingleSize) => ({ shingleSize })),
    {},
    ...[
      [20, 6],
      [32, 4],
      [64, 2],
    ].map(([bands, rows]) => ({ bands: bands as number, rows: rows as number })),
    ...[0.4, 0.45, 0.55, 0.6, 0.7].map((threshold) => ({ threshold })),
    { minJaccard: 0 },
    { minJaccard: 0.3 },
  ];
  const signatures = new Map<string, ArticleSignature[]>();
  return settings.map((setting) => {
    const options = resolveCorpusDedupOptions(setting);
    const signatureKey = `${options.shingleSize}/${options.permutations}/${options.seed}`;
    let signed = signatures.get(signatureKey);
    if (signed === undefined) {
      signatures.clear(); // one shingle size at a time in memory
      signed = corpus.map((article) => articleSignature(article.text, options));
      signatures.set(signatureKey, signed);
    }
    return sweepOne(corpus, signed, setting, options);
  });
}

function sweepOne(
  corpus: readonly DedupArticle[],
  signatures: readonly ArticleSignature[],
  setting: CorpusDedupOptions,
  options: ResolvedCorpusDedupOptions,
): SweepRow {
  const store = createMemoryStore(options);
  const deduper = createCorpusDeduper(options, store);
  const seen = new Set<number>();
  let truth = 0;
  let correct = 0;
  let predicted = 0;
  let falseTemplate = 0;
  const started = performance.now();
  corpus.forEach((article, i) => {
    if (seen.has(article.group)) truth += 1;
    seen.add(article.group);
    const decision = deduper.observe(article.id, article.text, signatures[i]);
    if (decision.kind === 'unique') return;
    predicted += 1;
    const kept = corpus[Number(decision.of.slice(decision.of.indexOf('/') + 1, -4))] as DedupArticle;
    if (kept.group === article.group) correct += 1;
    else if (article.template >= 0 && kept.template === article.template) falseTemplate += 1;
  });
  const dedupMicros = ((performance.now() - started) * 1000) / corpus.length;
  const stats = deduper.close();
  return {
    options: setting,
    precision: predicted === 0 ? 1 : correct / predicted,
    recall: correct / truth,
    falseTemplate,
    falseOther: predicted - correct - falseTemplate,
    candidatesPerArticle: stats.candidatesVerified / corpus.length,
    dedupMicros,
    indexBytesPerArticle: stats.indexMemoryBytes / stats.indexedArticles,
  };
}

export interface BandIndexMemory {
  readonly entries: number;
  readonly keyChainsBytesPerEntry: number;
  readonly mapBytesPerEntry: number;
}

/** Heap bytes per band entry: KeyChains against one `Map<key, ref[]>` per band, same random keys. */
export function bandIndexMemory(articles: number, bands: number): BandIndexMemory {
  const rng = new Rng(1, 2, 3);
  const keys = Uint32Array.from({ length: articles * bands }, () => Math.floor(rng.float() * 0x1_0000_0000));
  const measure = (build: () => unknown): number => {
    collectGarbage();
    const before = heapBytes();
    const built = build();
    collectGarbage();
    const bytes = heapBytes() - before;
    if (built === undefined) throw new Error('unreachable'); // keeps `built` alive until measured
    return bytes / keys.length;
  };
  return {
    entries: keys.length,
    keyChainsBytesPerEntry: measure(() => {
      const chains = new KeyChains();
      keys.forEach((key) => chains.add(key));
      return chains;
    }),
    mapBytesPerEntry: measure(() => {
      const maps = Array.from({ length: bands }, () => new Map<number, number[]>());
      keys.forEach((key, entry) => {
        const map = maps[entry % bands] as Map<number, number[]>;
        const refs = map.get(key);
        if (refs === undefined) map.set(key, [Math.floor(entry / bands)]);
        else refs.push(Math.floor(entry / bands));
      });
      return maps;
    }),
  };
}

function intersection(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

function quantiles(values: readonly number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { min: at(0), p01: at(0.01), p05: at(0.05), p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}
