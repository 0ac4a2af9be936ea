/**
 * `npm run bench:dedup`: precision and recall of cross-article dedup against planted duplicates,
 * speed, peak memory and index bytes per article, at 10k and 100k articles side by side, for the
 * in-memory store, the SQLite index and keep-longest clustering; then the measurements behind the
 * defaults (src/corpus/README.md quotes them). The corpus is scripts/lib/dedup-corpus.ts: a
 * deterministic function of the fixtures and the seed.
 *
 *   npm run bench:dedup                               10k and 100k, all modes, analyses → bench-out/bench-dedup.json
 *   npm run bench:dedup -- --articles 1000000         adds a size (here 1M; about 10 minutes with SQLite)
 *   npm run bench:dedup -- --modes memory             only some of memory, sqlite, longest
 *   npm run bench:dedup -- --sweep 100000             also the parameter sweep, at that size
 *   npm run bench:dedup -- --no-analysis --seed 7     skip the analyses; another corpus
 *
 * Every run is its own process (node --expose-gc), so peak RSS and the heap measured after a full
 * GC belong to that run alone. Rates are one thread: signatures are pure and parallelise across
 * workers, the dedup decisions stay on one thread. The floors of issue 4 are checked at the end,
 * and the exit code is 1 when one fails.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { candidateProbability } from '../src/corpus/lsh.js';
import { CORPUS_DEDUP_DEFAULTS } from '../src/corpus/options.js';
import { bandIndexMemory, rewording, separation, sweep, type SeparationResult, type SweepRow } from './lib/dedup-analysis.js';
import { buildMaterial, EDIT_KINDS, loadDedupParagraphs } from './lib/dedup-corpus.js';
import { runDedup, type Mode, type RunResult, type RunSpec } from './lib/dedup-run.js';
import { runProcess } from './lib/spawn.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = path.relative(ROOT, fileURLToPath(import.meta.url));
const DEFAULT_SIZES = [10_000, 100_000];
const MODES: readonly Mode[] = ['memory', 'sqlite', 'longest'];
const FLOORS = { precision: 0.99, recall: 0.95, bytesPerArticle: 1024, linearity: 1.5 };

/** What a child process is asked to do. */
type Job =
  | { readonly kind: 'run'; readonly spec: RunSpec }
  | { readonly kind: 'separation'; readonly articles: number; readonly seed: number }
  | { readonly kind: 'rewording'; readonly stories: number; readonly seed: number }
  | { readonly kind: 'band-index'; readonly articles: number }
  | { readonly kind: 'sweep'; readonly articles: number; readonly seed: number };

interface Args {
  readonly sizes: number[];
  readonly modes: Mode[];
  readonly seed: number;
  readonly analysis: boolean;
  readonly sweep: number | undefined;
  readonly json: string;
}

const USAGE =
  'usage: tsx scripts/bench-dedup.ts [--articles N[,N…]] [--modes memory,sqlite,longest] [--seed N] [--sweep N] [--no-analysis] [--json FILE]';

function parse(argv: readonly string[]): Args | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        articles: { type: 'string' },
        modes: { type: 'string', default: MODES.join(',') },
        seed: { type: 'string', default: '1' },
        sweep: { type: 'string' },
        'no-analysis': { type: 'boolean', default: false },
        json: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const extra = (values.articles ?? '').split(',').filter((part) => part !== '').map(Number);
  const sizes = [...new Set([...DEFAULT_SIZES, ...extra])].sort((a, b) => a - b);
  const modes = values.modes.split(',') as Mode[];
  const seed = Number(values.seed);
  const sweepSize = values.sweep === undefined ? undefined : Number(values.sweep);
  if (sizes.some((size) => !Number.isInteger(size) || size < 100)) return '--articles takes integers ≥ 100';
  if (modes.some((mode) => !MODES.includes(mode))) return `--modes takes some of ${MODES.join(', ')}`;
  if (!Number.isInteger(seed) || seed < 0) return '--seed takes an integer ≥ 0';
  if (sweepSize !== undefined && !(Number.isInteger(sweepSize) && sweepSize >= 100)) return '--sweep takes an integer ≥ 100';
  return {
    sizes,
    modes,
    seed,
    analysis: !values['no-analysis'],
    sweep: sweepSize,
    json: values.json === undefined ? path.join(ROOT, 'bench-out', 'bench-dedup.json') : path.resolve(values.json),
  };
}

/** Runs one job in a fresh process and returns what it printed as JSON. */
async function inChild<T>(job: Job): Promise<T> {
  const result = await runProcess(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, '--child', JSON.stringify(job)], {
    cwd: ROOT,
  });
  if (result.code !== 0) throw new Error(`child ${JSON.stringify(job)} failed (${result.code ?? result.signal}):\n${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

function runJob(job: Job): unknown {
  const material = buildMaterial(loadDedupParagraphs(ROOT));
  switch (job.kind) {
    case 'run':
      return runDedup(material, job.spec);
    case 'separation':
      return separation(material, job.articles, job.seed);
    case 'rewording':
      return rewording(material, job.stories, job.seed);
    case 'band-index':
      return bandIndexMemory(job.articles, CORPUS_DEDUP_DEFAULTS.bands);
    case 'sweep':
      return sweep(material, job.articles, job.seed);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === '--child') {
    process.stdout.write(JSON.stringify(runJob(JSON.parse(argv[1] ?? '') as Job)));
    return 0;
  }
  const args = parse(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${USAGE}\n`);
    return 2;
  }
  const log = (line = '') => process.stdout.write(`${line}\n`);
  const { bands, rows } = CORPUS_DEDUP_DEFAULTS;
  log(`bench:dedup · seed ${args.seed} · defaults ${JSON.stringify(CORPUS_DEDUP_DEFAULTS)}`);
  log(
    `LSH ${bands}×${rows}: a pair becomes a candidate with probability ` +
      [0.2, 0.3, 0.4, 0.5, 0.6].map((j) => `${fixed(candidateProbability(j, bands, rows), 2)} at Jaccard ${j}`).join(', '),
  );

  const runs: RunResult[] = [];
  for (const mode of args.modes) {
    for (const articles of args.sizes) {
      process.stderr.write(`… ${mode} × ${articles}\n`);
      runs.push(await inChild<RunResult>({ kind: 'run', spec: { articles, seed: args.seed, mode } }));
    }
  }
  log();
  log(renderRuns(runs));

  const analyses: Record<string, unknown> = {};
  if (args.analysis) {
    process.stderr.write('… analyses\n');
    const analysisSize = args.sizes[0] ?? DEFAULT_SIZES[0] ?? 10_000;
    const separated = await inChild<SeparationResult>({ kind: 'separation', articles: analysisSize, seed: args.seed });
    const reworded = await inChild<{ rate: number; recall: number }[]>({ kind: 'rewording', stories: 2000, seed: args.seed });
    const bandIndex = await inChild<{ entries: number; keyChainsBytesPerEntry: number; mapBytesPerEntry: number }>({
      kind: 'band-index',
      articles: 100_000,
    });
    Object.assign(analyses, { separation: separated, rewording: reworded, bandIndex });
    log();
    log(renderSeparation(separated, analysisSize));
    log();
    log(`Recall against rewording (2,000 stories, one copy each with that share of words replaced; not a floor):`);
    log(`  ${reworded.map((row) => `${percent(row.rate, 0)} → ${fixed(row.recall, 3)}`).join('   ')}`);
    log();
    log(
      `Band index memory, ${bandIndex.entries.toLocaleString('en')} entries: KeyChains ${fixed(bandIndex.keyChainsBytesPerEntry, 1)} B/entry, ` +
        `Map<key, ref[]> per band ${fixed(bandIndex.mapBytesPerEntry, 1)} B/entry`,
    );
  }
  if (args.sweep !== undefined) {
    process.stderr.write(`… sweep at ${args.sweep}\n`);
    const rows = await inChild<SweepRow[]>({ kind: 'sweep', articles: args.sweep, seed: args.seed });
    analyses['sweep'] = { articles: args.sweep, rows };
    log();
    log(renderSweep(rows, args.sweep));
  }

  const floors = checkFloors(runs);
  log();
  for (const floor of floors) log(`${floor.ok ? 'ok  ' : 'FAIL'} ${floor.text}`);
  mkdirSync(path.dirname(args.json), { recursive: true });
  writeFileSync(args.json, `${JSON.stringify({ seed: args.seed, defaults: CORPUS_DEDUP_DEFAULTS, runs, floors, ...analyses }, null, 2)}\n`);
  log(`\nfigures → ${path.relative(process.cwd(), args.json)}`);
  return floors.every((floor) => floor.ok) ? 0 : 1;
}

function renderRuns(runs: readonly RunResult[]): string {
  const rows = runs.map((run) => [
    run.mode,
    run.articles.toLocaleString('en'),
    fixed(run.precision, 4),
    fixed(run.recall, 4),
    `${run.falsePairs.template}/${run.falsePairs.other}`,
    `${run.exactDuplicates}/${run.nearDuplicates}`,
    run.candidatesPerArticle === null ? '–' : fixed(run.candidatesPerArticle, 2),
    fixed(run.signatureMicros, 1),
    fixed(run.dedupMicros, 1),
    Math.round(run.articlesPerSecond).toLocaleString('en'),
    run.indexBytesPerArticle === null ? '–' : Math.round(run.indexBytesPerArticle).toString(),
    run.measuredBytesPerArticle === null ? '–' : Math.round(run.measuredBytesPerArticle).toString(),
    run.diskBytesPerArticle === null ? '–' : Math.round(run.diskBytesPerArticle).toString(),
    Math.round(run.maxRssMb).toString(),
  ]);
  const header = ['mode', 'articles', 'precision', 'recall', 'false t/o', 'exact/near', 'cand/art', 'sig µs', 'dedup µs'];
  header.push('art/s', 'index B/art', 'heap B/art', 'disk B/art', 'peak MB');
  const byEdit = runs
    .filter((run) => run.recallByEdit !== undefined)
    .map((run) => `  ${run.mode} ${run.articles.toLocaleString('en')}: ${EDIT_KINDS.map((kind) => `${kind} ${fixed(run.recallByEdit?.[kind] ?? 0, 3)}`).join(' · ')}`);
  return [
    table(header, rows),
    '  false t/o: wrong pairs between two stories of one template / all other wrong pairs',
    '  index B/art: memory of the lookup tables as the store counts it; heap B/art: heap growth after GC, per indexed article;',
    '  disk B/art: the SQLite file per indexed article',
    ...runs
      .filter((run) => run.reopenSeconds !== null)
      .map((run) => `  reopening the SQLite index of ${run.indexedArticles.toLocaleString('en')} articles: ${fixed(run.reopenSeconds ?? 0, 2)} s`),
    '',
    'Recall by edit (copies whose pair carries the edit):',
    ...byEdit,
  ].join('\n');
}

function renderSeparation(result: SeparationResult, articles: number): string {
  const kinds = ['copies', 'templates', 'random'] as const;
  const rows = Object.entries(result.measures).flatMap(([measure, byKind]) =>
    kinds.map((kind) => {
      const q = byKind[kind];
      return [measure, kind, ...[q.min, q.p01, q.p05, q.p50, q.p95, q.p99, q.max].map((value) => fixed(value, 3))];
    }),
  );
  return [
    `Separation at ${articles.toLocaleString('en')} articles (${kinds.map((kind) => `${result.pairs[kind]} ${kind} pairs`).join(', ')}):`,
    table(['measure', 'pairs', 'min', 'p01', 'p05', 'p50', 'p95', 'p99', 'max'], rows),
    '  the default rule decided on the sketch estimate instead of exact shingle sets, pairs accepted only by the',
    `  estimate / only by exact sets: ${kinds.map((kind) => `${kind} ${disagreement(result.estimateDisagrees[kind])}`).join(', ')}`,
  ].join('\n');
}

function disagreement(counts: { onlyEstimate: number; onlyExact: number }): string {
  return `${counts.onlyEstimate}/${counts.onlyExact}`;
}

function renderSweep(rows: readonly SweepRow[], articles: number): string {
  return [
    `Sweep at ${articles.toLocaleString('en')} articles (keep first, in memory; each row changes the defaults as shown):`,
    table(
      ['change', 'precision', 'recall', 'false t/o', 'cand/art', 'dedup µs', 'index B/art'],
      rows.map((row) => [
        Object.keys(row.options).length === 0 ? '(defaults)' : JSON.stringify(row.options),
        fixed(row.precision, 4),
        fixed(row.recall, 4),
        `${row.falseTemplate}/${row.falseOther}`,
        fixed(row.candidatesPerArticle, 2),
        fixed(row.dedupMicros, 1),
        Math.round(row.indexBytesPerArticle).toString(),
      ]),
    ),
  ].join('\n');
}

function checkFloors(runs: readonly RunResult[]): { ok: boolean; text: string }[] {
  const floors: { ok: boolean; text: string }[] = [];
  for (const run of runs.filter((r) => r.mode !== 'longest')) {
    const at = `${run.mode} ${run.articles.toLocaleString('en')}`;
    floors.push({ ok: run.precision >= FLOORS.precision, text: `${at}: precision ${fixed(run.precision, 4)} ≥ ${FLOORS.precision}` });
    floors.push({ ok: run.recall >= FLOORS.recall, text: `${at}: recall ${fixed(run.recall, 4)} ≥ ${FLOORS.recall}` });
  }
  for (const mode of MODES) {
    const sized = runs.filter((run) => run.mode === mode).sort((a, b) => a.articles - b.articles);
    const small = sized[0];
    const large = sized[sized.length - 1];
    if (small === undefined || large === undefined) continue;
    // Memory per article at the largest size, where the chunks' fixed slack no longer counts.
    if (large.measuredBytesPerArticle !== null && large.indexBytesPerArticle !== null) {
      const bytes = Math.max(large.indexBytesPerArticle, large.measuredBytesPerArticle);
      floors.push({
        ok: bytes < FLOORS.bytesPerArticle,
        text: `${mode} ${large.articles.toLocaleString('en')}: index memory ${Math.round(bytes)} B/article < ${FLOORS.bytesPerArticle}`,
      });
    }
    if (small === large) continue;
    const perArticle = (run: RunResult) => run.signatureMicros + run.dedupMicros;
    const ratio = perArticle(large) / perArticle(small);
    floors.push({
      ok: ratio <= FLOORS.linearity,
      text:
        `${mode}: cost per article at ${large.articles.toLocaleString('en')} is ${fixed(ratio, 2)}× ` +
        `that at ${small.articles.toLocaleString('en')} (linear: ≤ ${FLOORS.linearity})`,
    });
  }
  return floors;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`;
  return [line(header), ...rows.map(line)].join('\n');
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

function percent(value: number, digits: number): string {
  return `${(value * 100).toFixed(digits)}%`;
}

process.exitCode = await main(process.argv.slice(2));
