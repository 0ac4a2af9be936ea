/**
 * The accuracy evaluation shared by `npm run eval` and tests/eval-floors.test.ts: run the REAL built
 * CLI as a subprocess on a set of raw files, score every output against its gold (score.ts), and run
 * the CLI again on its own outputs to check that cleaning is idempotent.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreDocument, totalScores, type DocScore, type Totals } from './score.js';
import { runProcess, type ProcessResult } from './spawn.js';

/** The repository root (this file is scripts/lib/evaluate.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built CLI, relative to the repository root. */
export const CLI_BIN = 'bin/bersih.js';

/** One raw file with its gold. Paths are relative to the repository root. */
export interface EvalCase {
  readonly id: string;
  /** Site label from the manifest; `?` when the manifest does not list the id. */
  readonly site: string;
  readonly raw: string;
  readonly gold: string;
  /** Where the CLI writes this case's output, relative to the --out directory. */
  readonly output: string;
}

/** Files cleaned by one CLI run: the inputs given to the CLI and the cases they produce. */
export interface Suite {
  readonly name: string;
  readonly inputs: readonly string[];
  readonly cases: readonly EvalCase[];
}

/**
 * A gold set laid out like fixtures/dev: every `<dir>/raw/NNN.txt` with its `<dir>/gold/NNN.txt`
 * and a manifest.tsv, cleaned by passing the raw directory to the CLI.
 */
export function goldSuite(name: string, dir: string, root = REPO_ROOT): Suite {
  const sites = readManifest(path.join(root, dir, 'manifest.tsv'));
  const ids = readdirSync(path.join(root, dir, 'raw'))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort();
  const cases = ids.map((id) => {
    const gold = `${dir}/gold/${id}.txt`;
    if (!existsSync(path.join(root, gold))) throw new Error(`${dir}/raw/${id}.txt has no gold file ${gold}`);
    return { id, site: sites.get(id) ?? '?', raw: `${dir}/raw/${id}.txt`, gold, output: `${id}.txt` };
  });
  return { name, inputs: [`${dir}/raw`], cases };
}

/** The dev set the project started from (fixtures/dev, real scrapes). */
export function devSuite(root = REPO_ROOT): Suite {
  return goldSuite('dev', 'fixtures/dev', root);
}

/** Articles of outlets absent from the dev set, written from the guideline (fixtures/holdout). */
export function holdoutSuite(root = REPO_ROOT): Suite {
  return goldSuite('holdout', 'fixtures/holdout', root);
}

/** The seed pair, cleaned by passing the one file to the CLI (its output mirrors the file name). */
export function seedSuite(): Suite {
  const base = 'fixtures/pipeline/antara-bimtek';
  const raw = `${base}.raw.txt`;
  return {
    name: 'seed',
    inputs: [raw],
    cases: [{ id: 'antara-bimtek', site: 'antaranews.com', raw, gold: `${base}.clean.txt`, output: path.basename(raw) }],
  };
}

/** id → site from a manifest.tsv with a header row `id<TAB>site<TAB>...`. */
export function readManifest(file: string): Map<string, string> {
  const sites = new Map<string, string>();
  const rows = readFileSync(file, 'utf8').split('\n').slice(1);
  for (const row of rows) {
    const [id, site] = row.split('\t');
    if (id !== undefined && id !== '' && site !== undefined) sites.set(id, site);
  }
  return sites;
}

/** The CLI ended in a way that is not a per-file outcome: a crash, a usage error, a signal. */
export class CliCrashError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly result: ProcessResult,
  ) {
    const how = result.signal === null ? `exit code ${String(result.code)}` : `signal ${result.signal}`;
    super(`node ${args.join(' ')} failed as a whole (${how})\n${result.stderr.trim()}`);
    this.name = 'CliCrashError';
  }
}

/**
 * Runs `node bin/bersih.js <inputs...> --out <outDir> --quiet` from the repository root. Exit 0 (all
 * cleaned) and 1 (some files failed or came out empty) are results; anything else throws.
 */
export async function runCli(inputs: readonly string[], outDir: string, root = REPO_ROOT): Promise<ProcessResult> {
  const args = [CLI_BIN, ...inputs, '--out', outDir, '--quiet'];
  const result = await runProcess(process.execPath, args, { cwd: root, timeoutMs: 120_000 });
  if (result.code !== 0 && result.code !== 1) throw new CliCrashError(args, result);
  return result;
}

export interface DocResult {
  readonly case: EvalCase;
  readonly score: DocScore;
  /** The CLI wrote no output for this case (failed or empty): it was scored as an empty text. */
  readonly missing: boolean;
}

export interface SuiteResult {
  readonly name: string;
  /** Absolute directory holding the CLI's outputs. */
  readonly outDir: string;
  readonly exitCode: number;
  /** What the CLI printed on stderr (with --quiet: only per-file failures). */
  readonly stderr: string;
  readonly docs: readonly DocResult[];
  readonly totals: Totals;
  /** Cases whose output changed when cleaned again, with both texts; absent when not checked. */
  readonly unstable?: readonly UnstableCase[];
}

export interface UnstableCase {
  readonly id: string;
  readonly first: string;
  /** The output of cleaning `first` again; undefined when the second run wrote nothing for it. */
  readonly second: string | undefined;
}

/** Cleans a suite's inputs into `outDir` and scores every case. */
export async function scoreSuite(suite: Suite, outDir: string, root = REPO_ROOT): Promise<SuiteResult> {
  const cli = await runCli(suite.inputs, outDir, root);
  const docs: DocResult[] = [];
  for (const item of suite.cases) {
    const output = await readIfPresent(path.join(outDir, item.output));
    const gold = await readFile(path.join(root, item.gold), 'utf8');
    docs.push({ case: item, score: scoreDocument(item.id, output ?? '', gold), missing: output === undefined });
  }
  return {
    name: suite.name,
    outDir,
    exitCode: cli.code ?? -1,
    stderr: cli.stderr,
    docs,
    totals: totalScores(docs.map((doc) => doc.score)),
  };
}

/**
 * Runs the CLI on the outputs of a scored suite (the directory as input) into `againDir`, and lists
 * every case whose output changed. Cases the first run wrote nothing for are skipped.
 */
export async function findUnstable(result: SuiteResult, againDir: string, root = REPO_ROOT): Promise<UnstableCase[]> {
  const written = result.docs.filter((doc) => !doc.missing);
  if (written.length === 0) return [];
  await runCli([result.outDir], againDir, root);
  const unstable: UnstableCase[] = [];
  for (const doc of written) {
    const first = await readFile(path.join(result.outDir, doc.case.output), 'utf8');
    const second = await readIfPresent(path.join(againDir, doc.case.output));
    if (second !== first) unstable.push({ id: doc.case.id, first, second });
  }
  return unstable;
}

export interface Evaluation {
  readonly dev: SuiteResult;
  readonly holdout: SuiteResult;
  readonly seed: SuiteResult;
}

export interface EvaluateOptions {
  /** Directory for the CLI's outputs: `<workDir>/<suite>/` and `<workDir>/<suite>-again/`; the caller removes it. */
  readonly workDir: string;
  readonly root?: string;
}

/** The whole evaluation: dev set, held-out set and seed, each scored and checked for idempotence. */
export async function evaluate(options: EvaluateOptions): Promise<Evaluation> {
  const root = options.root ?? REPO_ROOT;
  const run = async (suite: Suite): Promise<SuiteResult> => {
    const scored = await scoreSuite(suite, path.join(options.workDir, suite.name), root);
    const unstable = await findUnstable(scored, path.join(options.workDir, `${suite.name}-again`), root);
    return { ...scored, unstable };
  };
  return { dev: await run(devSuite(root)), holdout: await run(holdoutSuite(root)), seed: await run(seedSuite()) };
}

/**
 * Source files compiled into dist/ that are missing there or newer than their build: the CLI under
 * test would not be the code in src/. Empty when the build is current.
 */
export function staleBuild(root = REPO_ROOT): string[] {
  const stale: string[] = [];
  const srcDir = path.join(root, 'src');
  const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts'))
    .sort();
  for (const file of sources) {
    const built = path.join(root, 'dist', file.replace(/\.ts$/, '.js'));
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(path.join(srcDir, file)).mtimeMs) {
      stale.push(`src/${file.split(path.sep).join('/')}`);
    }
  }
  return stale;
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}
