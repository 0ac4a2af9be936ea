/**
 * A parsed command line, carried out: clean the files (or stdin), write the report, print the
 * summary, pick the exit code. `main.ts` imports this lazily, once the arguments are known to be good.
 */

import path from 'node:path';
import { createCleaner } from '../clean.js';
import { defaultPipeline } from '../default-pipeline.js';
import { InputError } from '../errors.js';
import { formatOf } from '../io/article-source.js';
import { dryRunSink, jsonlFileSink, streamSink, type ArticleSink } from '../io/article-sink.js';
import { createAuditFile, type AuditWriter } from '../io/audit-file.js';
import { dropRatio, runCleanJob } from '../io/clean-job.js';
import { cleanFiles, outcomeResult, type CleanFilesParams, type FileResult, type ReadProgress, type RunResult } from '../io/clean-files.js';
import { cleanInputStream } from '../io/clean-input-stream.js';
import { parseTextField } from '../io/jsonl-record.js';
import { packageVersion } from '../io/package-info.js';
import { decodeArticle, errnoCode } from '../io/read-article.js';
import { createCrossDedup, createLongestKeeper, createSignatureCollector, type CrossDedup } from '../io/cross-dedup.js';
import { createReportFile, type ReportFileWriter } from '../io/report-file.js';
import { readStream } from '../io/read-stream.js';
import { readConfigText } from '../io/read-text-file.js';
import { loadUserRules } from '../rules/load-user-rules.js';
import { resolveOptions, type Options } from '../options.js';
import { ReportBuilder, reportFile as toReportEntry, type ReportHead } from '../report/build-report.js';
import { renderFailure, renderSummary, type SummaryStyle } from '../report/render-summary.js';
import { RULE_PACK_VERSION } from '../rules/index.js';
import { EXIT_FILE_ERRORS, EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.js';
import type { CliValues, MainParams, OutputStream } from './main.js';
import { createPaint } from './paint.js';
import { createProgress, type Progress } from './progress.js';

export interface Invocation {
  readonly params: MainParams;
  readonly cli: CliValues;
  /** Inputs as typed; `['-']` for stdin. */
  readonly inputs: readonly string[];
  readonly options: Options;
  /** When `main()` started, on the `now` clock. */
  readonly started: number;
  readonly now: () => number;
}

/** Throws `ConfigError` for bad options or an output that would overwrite an input. */
export async function execute(given: Invocation): Promise<ExitCode> {
  const invocation = withUserRules(given);
  const style = createPaint({
    stream: invocation.params.stderr,
    env: invocation.params.env,
    color: invocation.cli.color,
  });
  return invocation.inputs.length === 1 && invocation.inputs[0] === '-'
    ? runStdin(invocation, style)
    : runFiles(invocation, style);
}

/** What every pass over the corpus shares: inputs, outputs, formats, cleaning options, workers. */
function corpusParams(invocation: Invocation): CleanFilesParams {
  const { cli, params } = invocation;
  return {
    inputs: invocation.inputs,
    // main() guarantees --out for file inputs, unless it is a dry run.
    outDir: cli.out,
    cwd: params.cwd,
    // With cross-article dedup, the workers also sign each article: the main thread only decides.
    options: cli.crossDedup ? { ...invocation.options, signature: true } : invocation.options,
    jobs: cli.jobs,
    maxFileBytes: cli.maxFileBytes,
    ...(cli.learn ? { learn: { minDocs: cli.learnMinDocs } } : {}),
    inputFormat: cli.inputFormat,
    textField: cli.textField,
    format: cli.format,
    gzip: cli.gzip,
    maxDropRatio: cli.maxDropRatio,
  };
}

/**
 * The cross-article dedup of this run. `--keep first` decides article by article; `--keep longest`
 * first cleans the whole corpus without writing anything, to cluster every article's signature,
 * then keeps the longest member of each cluster in the run that writes.
 */
async function crossDedupFor(invocation: Invocation): Promise<CrossDedup> {
  const { cli, params } = invocation;
  const settings = { index: cli.index, duplicatesDir: cli.duplicates };
  if (cli.keep === 'first') return createCrossDedup(settings, params.cwd);
  const collector = createSignatureCollector();
  await cleanFiles({ ...corpusParams(invocation), dryRun: true, decide: (_article, outcome, result) => collector.add(outcome, result) });
  return createLongestKeeper(collector.clusters(), settings, params.cwd);
}

/** `--rules FILE`: the user's rules, loaded and checked (a ConfigError names the file and the rule). */
function withUserRules(invocation: Invocation): Invocation {
  const file = invocation.cli.rules;
  if (file === undefined) return invocation;
  const extraRules = loadUserRules(readConfigText(file, invocation.params.cwd), file);
  return { ...invocation, options: { ...invocation.options, extraRules } };
}

async function runFiles(invocation: Invocation, style: SummaryStyle): Promise<ExitCode> {
  const { params, cli } = invocation;
  const builder = newReportBuilder(invocation);
  const reportFile = cli.report === undefined ? undefined : createReportFile(path.resolve(params.cwd, cli.report));
  const audit = cli.audit === undefined ? undefined : createAuditFile(path.resolve(params.cwd, cli.audit));
  const progress = createProgress({ stream: params.stderr, env: params.env, quiet: cli.quiet, now: invocation.now });
  let read: ReadProgress = { phase: 'clean', filesRead: 0, filesTotal: 0, bytesRead: 0, bytesTotal: 0 };
  let articles = 0;
  let records = false;
  let run: RunResult;
  const cross = cli.crossDedup ? await crossDedupFor(invocation) : undefined;
  try {
    run = await cleanFiles({
      ...corpusParams(invocation),
      alsoWrites: [cli.report, cli.audit].filter((file): file is string => file !== undefined),
      dryRun: cli.dryRun,
      decide: cross === undefined ? undefined : (_article, outcome, result) => cross.decide(outcome, result),
      // Only for a display: gathering the figures costs a stat per input and an object per file.
      onProgress: progress.active
        ? (state) => {
            read = state;
            // While learning, no article is settled yet: the reading is the progress.
            if (state.phase === 'learn') progress.update({ articles: 0, ...state });
          }
        : undefined,
      onFile: (file) => {
        builder.add(file);
        reportFile?.add(toReportEntry(file));
        audit?.add(file);
        articles += 1;
        records ||= file.id !== file.input && formatOf(file.input, cli.inputFormat).format === 'jsonl';
        printProblem(params.stderr, file, style, progress, cli.maxDropRatio);
        if (progress.active) progress.update({ articles, ...read });
      },
    });
  } catch (error) {
    progress.done();
    reportFile?.discard();
    audit?.discard();
    cross?.close();
    throw error;
  }
  progress.done();
  if (cross !== undefined) builder.crossDedup({ index: cli.index !== undefined, ...cross.close() });
  if (run.matched === 0) {
    reportFile?.discard();
    audit?.discard();
    params.stderr.write('bersih: no input files found; nothing written\n');
    return EXIT_USAGE;
  }
  if (run.learned !== undefined) builder.learned(run.learned);
  return finish(invocation, builder.head(), reportFile, style, { audit, noun: records ? 'article' : 'file' });
}

/** `-` with JSONL in or out: records stream through the workers to stdout (or to `--out FILE`). */
async function runStdinRecords(invocation: Invocation, style: SummaryStyle): Promise<ExitCode> {
  const { params, cli } = invocation;
  // main() has checked the field.
  const textPath = parseTextField(cli.textField) ?? ['text'];
  const builder = newReportBuilder(invocation);
  const reportFile = cli.report === undefined ? undefined : createReportFile(path.resolve(params.cwd, cli.report));
  const audit = cli.audit === undefined ? undefined : createAuditFile(path.resolve(params.cwd, cli.audit));
  const sink: ArticleSink = cli.dryRun
    ? dryRunSink()
    : cli.out === undefined
      ? streamSink(params.stdout, 'jsonl', cli.gzip, textPath)
      : jsonlFileSink(path.resolve(params.cwd, cli.out), cli.gzip || /\.gz$/i.test(cli.out), textPath);
  try {
    await cleanInputStream({
      stream: params.stdin,
      inputFormat: cli.inputFormat ?? 'txt',
      textField: cli.textField,
      options: invocation.options,
      jobs: cli.jobs,
      maxFileBytes: cli.maxFileBytes,
      maxDropRatio: cli.maxDropRatio,
      sink,
      onFile: (file) => {
        builder.add(file);
        reportFile?.add(toReportEntry(file));
        audit?.add(file);
        printProblem(params.stderr, file, style, undefined, cli.maxDropRatio);
      },
    });
  } catch (error) {
    reportFile?.discard();
    audit?.discard();
    throw error;
  }
  return finish(invocation, builder.head(), reportFile, style, { audit, noun: cli.inputFormat === 'jsonl' ? 'article' : 'file' });
}

async function runStdin(invocation: Invocation, style: SummaryStyle): Promise<ExitCode> {
  const { params, cli } = invocation;
  if ((cli.format ?? cli.inputFormat ?? 'txt') === 'jsonl') return runStdinRecords(invocation, style);
  // Options are checked before waiting on stdin, so a typo fails at once instead of after EOF.
  const cleaner = createCleaner(invocation.options);
  let bytes: Uint8Array = new Uint8Array(0);
  let result: FileResult;
  try {
    bytes = await readStream(params.stdin, cli.maxFileBytes);
    const outcome = runCleanJob(cleaner, { id: '-', text: decodeArticle(bytes, '-') });
    result = outcomeResult('-', '-', bytes.byteLength, outcome);
    const ratio = result.status === 'cleaned' && cli.maxDropRatio !== undefined ? dropRatio(decodeArticle(bytes, '-'), outcome.text) : 0;
    if (cli.maxDropRatio !== undefined && ratio > cli.maxDropRatio) result = { ...result, dropRatio: Math.round(ratio * 10_000) / 10_000 };
    if (result.status === 'cleaned' && !cli.dryRun) await write(params.stdout, outcome.text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    result = {
      id: '-',
      input: '-',
      status: 'failed',
      error: { code: error.code, message: error.detail },
      site: undefined,
      linesIn: 0,
      linesOut: 0,
      bytesIn: bytes.byteLength,
      bytesOut: 0,
      edits: [],
    };
  }
  printProblem(params.stderr, result, style, undefined, cli.maxDropRatio);
  const builder = newReportBuilder(invocation);
  builder.add(result);
  const reportFile = cli.report === undefined ? undefined : createReportFile(path.resolve(params.cwd, cli.report));
  reportFile?.add(toReportEntry(result));
  const audit = cli.audit === undefined ? undefined : createAuditFile(path.resolve(params.cwd, cli.audit));
  audit?.add(result);
  return finish(invocation, builder.head(), reportFile, style, { audit, noun: 'file' });
}

function newReportBuilder(invocation: Invocation): ReportBuilder {
  return new ReportBuilder(resolveOptions(invocation.options), {
    version: packageVersion(),
    rulePack: RULE_PACK_VERSION,
    passOrder: defaultPipeline.map((step) => step.pass.id),
    maxDropRatio: invocation.cli.maxDropRatio,
  });
}

/** Writes the audit, the report and the summary, and turns the run into an exit code. */
async function finish(
  invocation: Invocation,
  head: ReportHead,
  reportFile: ReportFileWriter | undefined,
  style: SummaryStyle,
  extra: { readonly audit: AuditWriter | undefined; readonly noun: 'file' | 'article' },
): Promise<ExitCode> {
  const { params, cli } = invocation;
  try {
    await extra.audit?.close();
  } catch (error) {
    reportFile?.discard();
    throw error;
  }
  if (reportFile !== undefined) {
    try {
      reportFile.finish(head);
    } catch (error) {
      params.stderr.write(`bersih: ${cli.report ?? ''}: cannot write the report (${errnoCode(error) ?? 'error'})\n`);
      return EXIT_USAGE;
    }
  }
  if (!cli.quiet) {
    const elapsedMs = invocation.now() - invocation.started;
    params.stderr.write(renderSummary(head, { elapsedMs, style, noun: extra.noun, dryRun: cli.dryRun, rate: true }));
  }
  const overLimit = head.maxDropRatio?.articles ?? 0;
  return head.totals.failed + head.totals.empty + overLimit > 0 ? EXIT_FILE_ERRORS : EXIT_OK;
}

/** One line per failed article, and per article over `--max-drop-ratio` (the progress line is cleared first). */
function printProblem(stderr: OutputStream, file: FileResult, style: SummaryStyle, progress?: Progress, limit?: number): void {
  if (file.error === undefined && file.dropRatio === undefined) return;
  progress?.done();
  if (file.error !== undefined) stderr.write(renderFailure(file.id, file.error, style));
  if (file.dropRatio !== undefined) {
    const message = `lost ${(file.dropRatio * 100).toFixed(1)}% of its characters, more than --max-drop-ratio ${String(limit)} (written anyway)`;
    stderr.write(renderFailure(file.id, { code: 'drop_ratio', message }, style));
  }
}

/** Resolves once the stream has taken the text, so the exit code is not returned before stdout is written. */
function write(stream: OutputStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
