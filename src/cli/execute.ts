/**
 * A parsed command line, carried out: clean the files (or stdin), write the report, print the
 * summary, pick the exit code. `main.ts` imports this lazily, once the arguments are known to be good.
 */

import path from 'node:path';
import { createCleaner } from '../clean.js';
import { defaultPipeline } from '../default-pipeline.js';
import { InputError } from '../errors.js';
import { runCleanJob } from '../io/clean-job.js';
import { cleanFiles, outcomeResult, type FileResult, type RunResult } from '../io/clean-files.js';
import { packageVersion } from '../io/package-info.js';
import { decodeArticle, errnoCode } from '../io/read-article.js';
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
  let run: RunResult;
  try {
    run = await cleanFiles({
      inputs: invocation.inputs,
      // main() guarantees --out for file inputs.
      outDir: cli.out ?? '',
      cwd: params.cwd,
      options: invocation.options,
      jobs: cli.jobs,
      maxFileBytes: cli.maxFileBytes,
      ...(cli.learn ? { learn: { minDocs: cli.learnMinDocs } } : {}),
      alsoWrites: cli.report === undefined ? [] : [cli.report],
      onFile: (file) => {
        builder.add(file);
        reportFile?.add(toReportEntry(file));
        printProblem(params.stderr, file, style);
      },
    });
  } catch (error) {
    reportFile?.discard();
    throw error;
  }
  if (run.matched === 0) {
    reportFile?.discard();
    params.stderr.write('bersih: no input files found; nothing written\n');
    return EXIT_USAGE;
  }
  if (run.learned !== undefined) builder.learned(run.learned);
  return finish(invocation, builder.head(), reportFile, style);
}

async function runStdin(invocation: Invocation, style: SummaryStyle): Promise<ExitCode> {
  const { params, cli } = invocation;
  // Options are checked before waiting on stdin, so a typo fails at once instead of after EOF.
  const cleaner = createCleaner(invocation.options);
  let bytes: Uint8Array = new Uint8Array(0);
  let result: FileResult;
  try {
    bytes = await readStream(params.stdin, cli.maxFileBytes);
    const outcome = runCleanJob(cleaner, { id: '-', text: decodeArticle(bytes, '-') });
    result = outcomeResult('-', '-', bytes.byteLength, outcome);
    if (result.status === 'cleaned') await write(params.stdout, outcome.text);
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
  printProblem(params.stderr, result, style);
  const builder = newReportBuilder(invocation);
  builder.add(result);
  const reportFile = cli.report === undefined ? undefined : createReportFile(path.resolve(params.cwd, cli.report));
  reportFile?.add(toReportEntry(result));
  return finish(invocation, builder.head(), reportFile, style);
}

function newReportBuilder(invocation: Invocation): ReportBuilder {
  return new ReportBuilder(resolveOptions(invocation.options), {
    version: packageVersion(),
    rulePack: RULE_PACK_VERSION,
    passOrder: defaultPipeline.map((step) => step.pass.id),
  });
}

/** Writes the report and the summary, and turns the run into an exit code. */
async function finish(invocation: Invocation, head: ReportHead, reportFile: ReportFileWriter | undefined, style: SummaryStyle): Promise<ExitCode> {
  const { params, cli } = invocation;
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
    params.stderr.write(renderSummary(head, { elapsedMs, style }));
  }
  return head.totals.failed + head.totals.empty > 0 ? EXIT_FILE_ERRORS : EXIT_OK;
}

function printProblem(stderr: OutputStream, file: FileResult, style: SummaryStyle): void {
  if (file.error !== undefined) stderr.write(renderFailure(file.id, file.error, style));
}

/** Resolves once the stream has taken the text, so the exit code is not returned before stdout is written. */
function write(stream: OutputStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
