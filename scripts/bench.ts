/**
 * `npm run bench`: throughput and peak memory of the built CLI on a generated corpus, beside the copy
 * floors, every row spawned as its own process on the same files in the same run (issue 6). The
 * figures go in the issue notes and bench-out/bench.json; no test asserts them.
 *
 *   npm run bench                                   50,000 articles, seed 1, every row → bench-out/bench.json
 *   npm run bench -- --articles 1000000             the big run (the corpus is streamed to disk, never held)
 *   npm run bench -- --only passes                  one row (with its copy floor); modes and groups below
 *   npm run bench -- --runs 3                       run each row 3 times (alternating), report the median
 *   npm run bench -- --jobs 4                       --jobs for the parallel rows (default: the CPU count)
 *   npm run bench -- --seed 7                       a different corpus
 *   npm run bench -- --dir bench-out/corpus         generate there and keep it (default: a temp dir, removed)
 *                                                   (a --dir on disk includes the disk in the figures)
 *   npm run bench -- --keep                         keep the temp dir and every run's output (printed at the end)
 *   npm run bench -- --json FILE                    where to write the figures
 *   npm run bench -- --score                        also score the every-pass output against the generator's
 *                                                   expected text (synthetic accuracy; not a floor)
 *
 * Rows (`--only` takes these ids, comma-separated, and the groups `rules` and `floors`):
 *   copy        copy floor: read every .txt file, write it unchanged (scripts/copy-floor.mjs)
 *   all-1       bersih with its defaults (learned pre-pass, cross-article dedup), --jobs 1
 *   all         the same at --jobs <cores>
 *   passes      per-article passes only (--no-learn --no-cross-dedup), --jobs <cores>: the 60 % floor's row
 *   copy-jsonl  copy floor for JSONL.gz: gunzip → gzip at bersih's level (scripts/lib/copy-floor-jsonl.mjs)
 *   jsonl       bersih corpus.jsonl.gz → out.jsonl.gz, defaults, --jobs <cores>
 *   rules-1x    the shipped rule pack (--rules with an empty file), per-article passes, --jobs 1
 *   rules-10x   ten times the rules (scripts/lib/bench-rules.ts adds 9 × the pack), same flags
 *
 * The corpus (scripts/lib/generate-corpus.ts) is a deterministic function of the fixtures and the
 * seed, written as a .txt tree and as one .jsonl.gz; the sha256 of both is in the output and the
 * JSON, so two runs can be checked to have measured the same bytes.
 *
 * Where the files live: by default a temp dir in RAM (/dev/shm, when it has room), so the figures
 * measure bersih and not this VM's disk. On the disk (ext4 mounted with `discard`) creating files is
 * 5–20× slower, and erratically so, for tens of seconds after thousands of files were deleted by
 * anyone: the copy floor measured 0.7 s to 8.7 s on the same 20,000 files. So on a disk no output is
 * deleted until the end (each run writes a new directory), and the copy floor's `sys s` column shows
 * when a run was hit. In RAM (tmpfs) deleting costs nothing, and each output is deleted as soon as it
 * is counted, so that a million articles (about 4 GB per tree in tmpfs pages) fit.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -v`) when installed. It is optional: on a machine
 * without it, `apt-get install -y time` adds it; otherwise the child reports its own
 * process.resourceUsage().maxRSS through an --import hook (scripts/lib/measure.ts).
 */

import { mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GZIP_LEVEL } from '../src/io/line-writer.js';
import { allRules } from '../src/rules/index.js';
import { writeBenchCorpus, type BenchCorpus } from './lib/bench-corpus.js';
import { judgeFloors } from './lib/bench-floors.js';
import { selectModes, type BenchContext, type BenchMode, type ModeId } from './lib/bench-modes.js';
import { benchJson, renderFloors, renderHeader, renderNotes, renderProblems, renderTable, type RunInfo } from './lib/bench-render.js';
import { countOutput, crashed, summarizeRow, withRatios, type OutputCount, type RowResult } from './lib/bench-results.js';
import { generateBenchRules } from './lib/bench-rules.js';
import { loadCorpusSources } from './lib/corpus-sources.js';
import { CLI_BIN, REPO_ROOT, staleBuild } from './lib/evaluate.js';
import { hasGnuTime, measureNode, type Measurement } from './lib/measure.js';
import { excerpt } from './lib/render-eval.js';
import { renderDuplicateScore, scoreTree, type TreeScore } from './lib/score-tree.js';

const USAGE =
  'usage: tsx scripts/bench.ts [--articles N] [--seed N] [--runs N] [--jobs N] [--only MODE,...] [--dir DIR] [--keep] [--score] [--json FILE]';

interface BenchArgs {
  readonly articles: number;
  readonly seed: number;
  readonly runs: number;
  readonly jobs: number;
  readonly modes: readonly BenchMode[];
  readonly dir: string | undefined;
  readonly keep: boolean;
  readonly score: boolean;
  /** Absolute path of the JSON figures. */
  readonly json: string;
}

function parse(argv: readonly string[]): BenchArgs | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        articles: { type: 'string', default: '50000' },
        seed: { type: 'string', default: '1' },
        runs: { type: 'string', default: '1' },
        jobs: { type: 'string', default: String(os.availableParallelism()) },
        only: { type: 'string' },
        dir: { type: 'string' },
        keep: { type: 'boolean', default: false },
        score: { type: 'boolean', default: false },
        json: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const count = (name: string, text: string, min: number): number | string => {
    const value = Number(text);
    return Number.isInteger(value) && value >= min ? value : `--${name} must be an integer ≥ ${min}, got ${text}`;
  };
  const articles = count('articles', values.articles, 1);
  const seed = count('seed', values.seed, 0);
  const runs = count('runs', values.runs, 1);
  const jobs = count('jobs', values.jobs, 1);
  for (const value of [articles, seed, runs, jobs]) if (typeof value === 'string') return value;
  // --score reads the every-pass output, so it brings that row along.
  const only = values.only?.split(',').map((name) => name.trim()).concat(values.score ? ['all'] : []);
  const modes = selectModes(only);
  if (typeof modes === 'string') return modes;
  return {
    articles: articles as number,
    seed: seed as number,
    runs: runs as number,
    jobs: jobs as number,
    modes,
    dir: values.dir,
    keep: values.keep,
    score: values.score,
    json: values.json === undefined ? path.join(REPO_ROOT, 'bench-out', 'bench.json') : path.resolve(values.json),
  };
}

/** Rough bytes per generated article for one tree copy: a ~2 KB article takes a 4 KiB page in tmpfs. */
const BYTES_PER_ARTICLE_COPY = 4096;
/** tmpfs's f_type (linux/magic.h). */
const TMPFS_MAGIC = 0x01021994;

function isTmpfs(dir: string): boolean {
  return statfsSync(dir).type === TMPFS_MAGIC;
}

/** Whether outputs are deleted once counted: in RAM, unless asked to keep them (see the header). */
function deletesOutputs(root: string, args: BenchArgs): boolean {
  return !args.keep && isTmpfs(root);
}

/** /dev/shm when it is a directory with room for the corpus and the outputs it will hold at once; else the OS temp dir. */
function tempBase(args: BenchArgs): string {
  const shm = '/dev/shm';
  try {
    const inputs = 1.5 + (args.score ? 1 : 0); // the tree, the .jsonl.gz (smaller), the expected texts
    const outputs = args.keep ? args.modes.length * args.runs : 1;
    const stats = statfsSync(shm);
    if (args.articles * BYTES_PER_ARTICLE_COPY * (inputs + outputs) < (stats.bavail * stats.bsize) / 2) return shm;
  } catch {
    // No /dev/shm (not Linux, or a container without it): fall through.
  }
  return os.tmpdir();
}

/** A reused --dir: clear what an earlier run left (the corpus, rule files and every output). */
function clearPreviousRun(root: string): void {
  for (const entry of readdirSync(root)) {
    if (['raw', 'one', 'expected', 'corpus.jsonl.gz'].includes(entry) || entry.startsWith('out-') || entry.startsWith('rules-')) {
      rmSync(path.join(root, entry), { recursive: true, force: true });
    }
  }
}

/** The rule files of the rules rows: the shipped pack alone (an empty file) and with 9 × its size generated. */
function writeRuleFiles(root: string): Pick<BenchContext, 'shippedRulesFile' | 'scaledRulesFile' | 'shippedRules' | 'scaledRules'> {
  const shippedRules = allRules.length;
  const extra = generateBenchRules(9 * shippedRules);
  const shippedRulesFile = path.join(root, 'rules-shipped.json');
  const scaledRulesFile = path.join(root, 'rules-10x.json');
  writeFileSync(shippedRulesFile, '[]\n');
  writeFileSync(scaledRulesFile, `${JSON.stringify(extra, null, 1)}\n`);
  return { shippedRulesFile, scaledRulesFile, shippedRules, scaledRules: shippedRules + extra.length };
}

/**
 * Where a run writes. Every run writes to a new path: on a disk nothing is deleted until the end,
 * since creating files right after deleting thousands is several times slower for tens of seconds.
 */
function outPath(root: string, mode: BenchMode, run: number): string {
  return path.join(root, `out-${mode.id}-${run}${mode.output === 'jsonl' ? '.jsonl.gz' : ''}`);
}

interface Runs {
  readonly measurements: ReadonlyMap<ModeId, readonly Measurement[]>;
  readonly startups: ReadonlyMap<ModeId, readonly Measurement[]>;
  readonly outputs: ReadonlyMap<ModeId, OutputCount | undefined>;
  readonly accuracy: TreeScore | undefined;
}

/**
 * Runs every mode `args.runs` times, alternating modes so that a slow spell of the shared machine
 * falls on all of them. The last run's output is counted (and, with --score, scored) before it may be deleted.
 */
async function runModes(root: string, context: BenchContext, args: BenchArgs): Promise<Runs> {
  const measurements = new Map<ModeId, Measurement[]>(args.modes.map((mode) => [mode.id, []]));
  const startups = new Map<ModeId, Measurement[]>(args.modes.map((mode) => [mode.id, []]));
  const outputs = new Map<ModeId, OutputCount | undefined>();
  let accuracy: TreeScore | undefined;
  for (let run = 1; run <= args.runs; run += 1) {
    for (const mode of args.modes) {
      const out = outPath(root, mode, run);
      process.stderr.write(`bench: run ${run}/${args.runs}: ${mode.label(context)} ...\n`);
      measurements.get(mode.id)?.push(await measureMode(mode, context, out));
      if (mode.timesStartup === true) {
        // One file to delete: harmless on a disk too.
        const startupOut = `${out}-startup`;
        startups.get(mode.id)?.push(await measureMode(mode, { ...context, tree: context.oneArticleTree }, startupOut));
        rmSync(startupOut, { recursive: true, force: true });
      }
      if (run === args.runs) {
        outputs.set(mode.id, await countOutput(mode.output, out));
        if (args.score && mode.id === 'all') accuracy = scoreTree(out, path.join(root, 'expected'));
      }
      if (deletesOutputs(root, args)) rmSync(out, { recursive: true, force: true });
    }
  }
  return { measurements, startups, outputs, accuracy };
}

/** One run of a mode, with a crash told at once (the table comes only at the end). */
async function measureMode(mode: BenchMode, context: BenchContext, out: string): Promise<Measurement> {
  const measurement = await measureNode(mode.args(context, out), REPO_ROOT);
  if (crashed(mode, measurement)) {
    const how = measurement.signal === null ? `exit ${String(measurement.code)}` : `signal ${measurement.signal}`;
    process.stderr.write(`bench: ${mode.label(context)} crashed (${how}):\n${measurement.stderr.slice(0, 2000)}\n`);
  }
  return measurement;
}

function summarizeRows(runs: Runs, context: BenchContext, args: BenchArgs, corpus: BenchCorpus): RowResult[] {
  const rows = args.modes.map((mode) =>
    summarizeRow(
      mode,
      {
        name: mode.label(context),
        command: `node ${mode.args(context, '<out>').join(' ')}`,
        runs: runs.measurements.get(mode.id) ?? [],
        startups: runs.startups.get(mode.id) ?? [],
        output: runs.outputs.get(mode.id),
      },
      corpus,
    ),
  );
  return withRatios(rows);
}

/** The synthetic accuracy: totals, then the lines most often lost or kept. */
function renderAccuracy(accuracy: TreeScore): string {
  const { totals } = accuracy;
  const lines = [
    `synthetic accuracy of bersih against the generator's expected text (not a floor; the dev set is the reference):`,
    `  exact ${totals.exact}/${totals.documents} = ${totals.exactRate.toFixed(4)}   ` +
      `line P ${totals.precision.toFixed(4)}  R ${totals.recall.toFixed(4)}  F1 ${totals.f1.toFixed(4)}   ` +
      `lost ${totals.lostLines} lines in ` +
      `${totals.documentsWithLoss.length} articles   extra ${totals.extraLines}   missing outputs ${accuracy.missing}`,
    renderDuplicateScore(accuracy),
    '  most often lost:',
    ...accuracy.topLost.map((item) => `    ${String(item.count).padStart(5)}× ${excerpt(item.line, 0)}`),
    '  most often extra:',
    ...accuracy.topExtra.map((item) => `    ${String(item.count).padStart(5)}× ${excerpt(item.line, 0)}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** A warning when the ×10 rules changed what was written: the generated rules should never fire on this corpus. */
function rulesOutputCheck(rows: readonly RowResult[]): string {
  const [shipped, scaled] = ['rules-1x', 'rules-10x'].map((id) => rows.find((row) => row.id === id)?.output);
  if (shipped === undefined || scaled === undefined || (shipped.articles === scaled.articles && shipped.bytes === scaled.bytes)) return '';
  return 'warning: the generated rules changed the output (bytes or articles differ), so the rules rows did different work\n';
}

function environment(): RunInfo['environment'] {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parse(argv);
  if (typeof args === 'string') {
    process.stderr.write(`bench: ${args}\n${USAGE}\n`);
    return 2;
  }
  if (staleBuild().length > 0) {
    process.stderr.write('bench: warning: dist/ is older than src/; run `npm run build` (npm run bench does)\n');
  }

  const root = args.dir === undefined ? mkdtempSync(path.join(tempBase(args), 'bersih-bench-')) : path.resolve(args.dir);
  mkdirSync(root, { recursive: true });
  try {
    clearPreviousRun(root);
    process.stderr.write(`bench: generating ${args.articles.toLocaleString('en-US')} articles in ${root} ...\n`);
    const corpus = await writeBenchCorpus(root, loadCorpusSources(REPO_ROOT), {
      articles: args.articles,
      seed: args.seed,
      withExpected: args.score,
      withJsonl: args.modes.some((mode) => mode.input === 'jsonl'),
    });
    const context: BenchContext = {
      tree: corpus.tree,
      oneArticleTree: corpus.oneArticleTree,
      jsonl: corpus.jsonl?.path ?? '',
      ...writeRuleFiles(root),
      jobs: args.jobs,
      gzipLevel: GZIP_LEVEL,
      cli: CLI_BIN,
    };
    const runs = await runModes(root, context, args);
    const rows = summarizeRows(runs, context, args, corpus);
    const verdicts = judgeFloors(rows, { articles: corpus.files, ...context });
    const info: RunInfo = {
      seed: args.seed,
      runs: args.runs,
      jobs: args.jobs,
      rules: { shipped: context.shippedRules, scaled: context.scaledRules },
      rssSource: hasGnuTime() ? '/usr/bin/time -v' : 'process.resourceUsage()',
      environment: environment(),
    };
    const report = [
      renderHeader(corpus, info),
      renderTable(rows),
      renderNotes(rows),
      rulesOutputCheck(rows),
      renderFloors(verdicts),
      renderProblems(rows),
      runs.accuracy === undefined ? '' : renderAccuracy(runs.accuracy),
    ];
    process.stdout.write(report.filter((part) => part !== '').join('\n'));

    const json = { ...benchJson(corpus, info, rows, verdicts), ...(runs.accuracy === undefined ? {} : { accuracy: runs.accuracy }) };
    mkdirSync(path.dirname(args.json), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify(json, null, 2)}\n`);
    process.stdout.write(`\nfigures written to ${args.json}\n`);
    if (args.dir === undefined && args.keep) process.stdout.write(`corpus and outputs kept in ${root}\n`);
    // Only a crash fails the bench; the floors are reported above, not enforced.
    return rows.some((row) => row.crashed) ? 1 : 0;
  } finally {
    if (args.dir === undefined && !args.keep) rmSync(root, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
