/**
 * `npm run bench`: throughput and peak memory of the built CLI on a generated corpus, beside the copy
 * floor (scripts/copy-floor.mjs: read every file, write it back unchanged), both spawned as their
 * own processes on the same files in the same run. The figures go in the issue notes; no test
 * asserts them.
 *
 *   npm run bench                                   20,000 articles, seed 1 → bench-out/bench.json
 *   npm run bench -- --articles 5000 --seed 7       a smaller or different corpus
 *   npm run bench -- --runs 3                       run each tool 3 times (alternating), report the median
 *   npm run bench -- --dir bench-out/corpus         generate there and keep it (default: a temp dir, removed)
 *                                                   (a --dir on disk includes the disk in the figures)
 *   npm run bench -- --keep                         keep the temp dir (printed at the end)
 *   npm run bench -- --json FILE                    where to write the figures
 *   npm run bench -- --score                        also score bersih's outputs against the generator's
 *                                                   expected text (synthetic accuracy; not a floor)
 *
 * The corpus (scripts/lib/generate-corpus.ts) is a deterministic function of the fixtures and the
 * seed; its sha256 is in the JSON, so two runs can be checked to have measured the same bytes.
 *
 * Where the files live: by default a temp dir in RAM (/dev/shm, when it has room), so the figures
 * measure bersih and not this VM's disk. On the disk (ext4 mounted with `discard`) creating files is
 * 5–20× slower, and erratically so, for tens of seconds after thousands of files were deleted by
 * anyone: the copy floor measured 0.7 s to 8.7 s on the same 20,000 files. Runs never delete (each
 * writes a new directory), and the copy floor's `sys s` column shows when a run was hit.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -v`) when installed. It is optional: on a machine
 * without it, `apt-get install -y time` adds it; otherwise the child reports its own
 * process.resourceUsage().maxRSS through an --import hook (scripts/lib/measure.ts).
 */

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpusSources } from './lib/corpus-sources.js';
import { CLI_BIN, REPO_ROOT, staleBuild } from './lib/evaluate.js';
import { generateCorpus } from './lib/generate-corpus.js';
import { hasGnuTime, measureNode, type Measurement } from './lib/measure.js';
import { excerpt } from './lib/render-eval.js';
import { scoreTree, type TreeScore } from './lib/score-tree.js';

const USAGE =
  'usage: tsx scripts/bench.ts [--articles N] [--seed N] [--runs N] [--dir DIR] [--keep] [--score] [--json FILE]';

interface BenchArgs {
  readonly articles: number;
  readonly seed: number;
  readonly runs: number;
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
        articles: { type: 'string', default: '20000' },
        seed: { type: 'string', default: '1' },
        runs: { type: 'string', default: '1' },
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
  for (const value of [articles, seed, runs]) if (typeof value === 'string') return value;
  return {
    articles: articles as number,
    seed: seed as number,
    runs: runs as number,
    dir: values.dir,
    keep: values.keep,
    score: values.score,
    json: values.json === undefined ? path.join(REPO_ROOT, 'bench-out', 'bench.json') : path.resolve(values.json),
  };
}

interface Corpus {
  readonly root: string;
  readonly files: number;
  readonly bytes: number;
  readonly sha256: string;
  readonly generateMs: number;
}

/**
 * Writes the generated articles as `<root>/raw/<bucket>/<n>.txt`, and with `withExpected` their
 * expected clean texts as `<root>/expected/<bucket>/<n>.txt`.
 */
function writeCorpus(root: string, articles: number, seed: number, withExpected: boolean): Corpus {
  const started = performance.now();
  const raw = path.join(root, 'raw');
  const expected = path.join(root, 'expected');
  // A reused --dir: clear what an earlier run left (the corpus and every out-* directory).
  for (const entry of readdirSync(root)) {
    if (entry === 'raw' || entry === 'expected' || entry.startsWith('out-')) {
      rmSync(path.join(root, entry), { recursive: true, force: true });
    }
  }
  const hash = createHash('sha256');
  const made = new Set<string>();
  const write = (target: string, data: string | Buffer): void => {
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, data);
  };
  let files = 0;
  let bytes = 0;
  for (const article of generateCorpus(loadCorpusSources(REPO_ROOT), { articles, seed })) {
    const data = Buffer.from(article.text, 'utf8');
    write(path.join(raw, article.path), data);
    if (withExpected) write(path.join(expected, article.path), article.expected);
    hash.update(article.path).update('\0').update(data).update('\0');
    files += 1;
    bytes += data.byteLength;
  }
  return { root, files, bytes, sha256: hash.digest('hex'), generateMs: performance.now() - started };
}

/** Number and total size of the *.txt files below `dir`. */
function countTree(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.txt')) continue;
    files += 1;
    bytes += statSync(path.join(dir, name)).size;
  }
  return { files, bytes };
}

interface ToolResult {
  readonly name: string;
  readonly command: string;
  readonly runs: readonly Measurement[];
  /** Median wall time over the runs. */
  readonly wallMs: number;
  readonly articlesPerSecond: number;
  /** Input megabytes (10^6 bytes) per second. */
  readonly mbPerSecond: number;
  /** Highest peak RSS over the runs, in KiB. */
  readonly maxRssKb: number | undefined;
  /** Median user and system CPU seconds over the runs. */
  readonly userSeconds: number | undefined;
  readonly systemSeconds: number | undefined;
  readonly exitCodes: readonly (number | null)[];
  readonly output: { files: number; bytes: number };
}

/**
 * The output directory of one run. Every run writes to a new directory and nothing is deleted until
 * the end: on this VM's ext4 (mounted with `discard`), creating files right after deleting thousands
 * is several times slower for tens of seconds, which would charge one run for the previous one's cleanup.
 */
function outDir(corpus: Corpus, tool: string, run: number): string {
  return path.join(corpus.root, `out-${tool}-${run}`);
}

function summarize(
  name: string,
  command: string,
  runs: readonly Measurement[],
  corpus: Corpus,
  out: string,
): ToolResult {
  const wallMs = median(runs.map((run) => run.wallMs)) ?? Number.NaN;
  const rss = defined(runs.map((run) => run.maxRssKb));
  return {
    name,
    command,
    runs,
    wallMs,
    articlesPerSecond: corpus.files / (wallMs / 1000),
    mbPerSecond: corpus.bytes / 1e6 / (wallMs / 1000),
    maxRssKb: rss.length === 0 ? undefined : Math.max(...rss),
    userSeconds: median(defined(runs.map((run) => run.userSeconds))),
    systemSeconds: median(defined(runs.map((run) => run.systemSeconds))),
    exitCodes: runs.map((run) => run.code),
    output: countTree(out),
  };
}

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function defined(values: readonly (number | undefined)[]): number[] {
  return values.filter((value): value is number => value !== undefined);
}

function renderTable(corpus: Corpus, tools: readonly ToolResult[], args: BenchArgs): string {
  const rows = [
    ['', 'wall s', 'articles/s', 'MB/s', 'peak RSS MiB', 'user s', 'sys s', 'exit', 'files out'],
    ...tools.map((tool) => [
      tool.name,
      (tool.wallMs / 1000).toFixed(2),
      Math.round(tool.articlesPerSecond).toLocaleString('en-US'),
      tool.mbPerSecond.toFixed(1),
      tool.maxRssKb === undefined ? '?' : (tool.maxRssKb / 1024).toFixed(1),
      tool.userSeconds === undefined ? '?' : tool.userSeconds.toFixed(2),
      tool.systemSeconds === undefined ? '?' : tool.systemSeconds.toFixed(2),
      tool.exitCodes.join(','),
      tool.output.files.toLocaleString('en-US'),
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const table = rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  '),
  );
  const [floor, bersih] = tools;
  const lines = [
    `corpus: ${corpus.files.toLocaleString('en-US')} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB ` +
      `(seed ${args.seed}, sha256 ${corpus.sha256.slice(0, 12)}), ` +
      `generated in ${(corpus.generateMs / 1000).toFixed(1)} s, files in ${corpus.root}`,
    `runs per tool: ${args.runs} (median wall, highest RSS); ` +
      `RSS from ${hasGnuTime() ? '/usr/bin/time -v' : 'process.resourceUsage()'}; ` +
      `${os.cpus().length} CPU(s), Node ${process.version}`,
    '',
    ...table,
  ];
  if (floor !== undefined && bersih !== undefined) {
    lines.push(
      '',
      `bersih / copy floor throughput: ${(floor.wallMs / bersih.wallMs).toFixed(3)} ` +
        `(bersih takes ${(bersih.wallMs / floor.wallMs).toFixed(1)}× the copy floor's wall time)`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Rough bytes on disk per generated article (input ~2 KB, outputs about as much, slack for blocks). */
const BYTES_PER_ARTICLE_COPY = 4096;

/** /dev/shm when it is a directory with room for the corpus and every run's outputs; else the OS temp dir. */
function tempBase(args: BenchArgs): string {
  const shm = '/dev/shm';
  try {
    const copies = 1 + 2 * args.runs + (args.score ? 1 : 0);
    const stats = statfsSync(shm);
    if (args.articles * BYTES_PER_ARTICLE_COPY * copies < (stats.bavail * stats.bsize) / 2) return shm;
  } catch {
    // No /dev/shm (not Linux, or a container without it): fall through.
  }
  return os.tmpdir();
}

/** The synthetic accuracy: totals, then the lines most often lost or kept. */
function renderAccuracy(accuracy: TreeScore): string {
  const { totals } = accuracy;
  const lines = [
    '',
    `synthetic accuracy of bersih against the generator's expected text (not a floor; the dev set is the reference):`,
    `  exact ${totals.exact}/${totals.documents} = ${totals.exactRate.toFixed(4)}   ` +
      `line P ${totals.precision.toFixed(4)}  R ${totals.recall.toFixed(4)}  F1 ${totals.f1.toFixed(4)}   ` +
      `lost ${totals.lostLines} lines in ` +
      `${totals.documentsWithLoss.length} articles   extra ${totals.extraLines}   missing outputs ${accuracy.missing}`,
    '  most often lost:',
    ...accuracy.topLost.map((item) => `    ${String(item.count).padStart(5)}× ${excerpt(item.line, 0)}`),
    '  most often extra:',
    ...accuracy.topExtra.map((item) => `    ${String(item.count).padStart(5)}× ${excerpt(item.line, 0)}`),
  ];
  return `${lines.join('\n')}\n`;
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
    process.stderr.write(`bench: generating ${args.articles.toLocaleString('en-US')} articles in ${root} ...\n`);
    const corpus = writeCorpus(root, args.articles, args.seed, args.score);
    const raw = path.join(root, 'raw');
    const copyArgs = (out: string): string[] => ['scripts/copy-floor.mjs', raw, out];
    const bersihArgs = (out: string): string[] => [CLI_BIN, raw, '--out', out, '--quiet'];

    const floorRuns: Measurement[] = [];
    const bersihRuns: Measurement[] = [];
    for (let run = 1; run <= args.runs; run += 1) {
      process.stderr.write(`bench: run ${run}/${args.runs}: copy floor ...\n`);
      const floor = await measureNode(copyArgs(outDir(corpus, 'copy-floor', run)), REPO_ROOT);
      floorRuns.push(floor);
      if (floor.code !== 0) throw new Error(`copy floor failed (exit ${String(floor.code)}): ${floor.stderr}`);
      process.stderr.write(`bench: run ${run}/${args.runs}: bersih ...\n`);
      const bersih = await measureNode(bersihArgs(outDir(corpus, 'bersih', run)), REPO_ROOT);
      bersihRuns.push(bersih);
      if (bersih.code !== 0 && bersih.code !== 1) {
        throw new Error(`bersih crashed (exit ${String(bersih.code)}): ${bersih.stderr.slice(0, 2000)}`);
      }
    }
    const command = (argsFor: (out: string) => string[]): string => `node ${argsFor('<out>').join(' ')}`;
    const tools = [
      summarize('copy floor', command(copyArgs), floorRuns, corpus, outDir(corpus, 'copy-floor', args.runs)),
      summarize('bersih', command(bersihArgs), bersihRuns, corpus, outDir(corpus, 'bersih', args.runs)),
    ];
    process.stdout.write(renderTable(corpus, tools, args));
    const problems = bersihRuns.at(-1)?.stderr.trim().split('\n').filter(Boolean) ?? [];
    if (problems.length > 0) {
      const first = problems.slice(0, 5).map((line) => `  ${line}`);
      process.stdout.write(`\nbersih reported ${problems.length} problem line(s), first ones:\n${first.join('\n')}\n`);
    }

    const scored = outDir(corpus, 'bersih', args.runs);
    const accuracy = args.score ? scoreTree(scored, path.join(root, 'expected')) : undefined;
    if (accuracy !== undefined) process.stdout.write(renderAccuracy(accuracy));

    const json = {
      corpus: {
        articles: corpus.files,
        bytes: corpus.bytes,
        seed: args.seed,
        sha256: corpus.sha256,
        generateMs: corpus.generateMs,
      },
      environment: {
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? '?',
        rssSource: hasGnuTime() ? 'gnu-time' : 'resource-usage',
        corpusDir: root,
      },
      tools: tools.map((tool) => ({
        name: tool.name,
        command: tool.command,
        wallMs: tool.wallMs,
        articlesPerSecond: tool.articlesPerSecond,
        mbPerSecond: tool.mbPerSecond,
        maxRssKb: tool.maxRssKb ?? null,
        userSeconds: tool.userSeconds ?? null,
        systemSeconds: tool.systemSeconds ?? null,
        exitCodes: tool.exitCodes,
        output: tool.output,
        runs: tool.runs.map((run) => ({
          wallMs: run.wallMs,
          maxRssKb: run.maxRssKb ?? null,
          userSeconds: run.userSeconds ?? null,
          systemSeconds: run.systemSeconds ?? null,
          code: run.code,
        })),
      })),
      ratio: {
        throughputVsCopyFloor: (tools[0]?.wallMs ?? Number.NaN) / (tools[1]?.wallMs ?? Number.NaN),
      },
      problems: problems.length,
      ...(accuracy === undefined ? {} : { accuracy }),
    };
    mkdirSync(path.dirname(args.json), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify(json, null, 2)}\n`);
    process.stdout.write(`\nfigures written to ${args.json}\n`);
    if (args.dir === undefined && args.keep) process.stdout.write(`corpus and outputs kept in ${root}\n`);
    return 0;
  } finally {
    if (args.dir === undefined && !args.keep) rmSync(root, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
