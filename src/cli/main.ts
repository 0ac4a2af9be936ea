/**
 * The whole CLI as one function: arguments, streams and environment come in, an exit code goes out.
 * It never calls `process.exit` and never reads the global process, so tests run it in-process with
 * captured streams and the bin stays a shim.
 */

import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { packageVersion } from '../io/package-info.js';
import { exitCodeForError } from './error-exit.js';
import { EXIT_USAGE, type ExitCode } from './exit-codes.js';
import { FLAGS, flagSyntax, flagValue, toOptions, type Flag } from './flags.js';

/** A stream to write to: `process.stdout` fits, and so does any `Writable`. */
export interface OutputStream {
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface MainParams {
  /** Arguments after the program name (`process.argv.slice(2)`). */
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Clock in milliseconds for the elapsed time in the summary. @default performance.now */
  readonly now?: () => number;
}

const EXAMPLES = `
Inputs are files, directories (every *.txt, *.jsonl and their .gz below them) or
quoted glob patterns. Outputs mirror each input's tree under --out; inputs are never
modified. Options may also come from ./bersih.config.json (or --config FILE).

Examples:
  $ bersih raw/ --out clean/
  $ bersih 'scrape/**/*.txt' --out clean --report clean/report.json
  $ bersih article.txt --out clean --no-dedup --disable-rule common/baca-juga
  $ bersih dump.jsonl.gz --text-field content.body --out clean.jsonl.gz --audit audit.jsonl.gz
  $ bersih - < article.txt > article.clean.txt
  $ zcat dump.jsonl.gz | bersih - --input-format jsonl | gzip -1 > clean.jsonl.gz
  $ bersih raw/ --dry-run --max-drop-ratio 0.6 --report report.json   # a CI guard
  $ bersih diff raw/001.txt              # preview what would change, nothing written
  $ bersih rules --site kompas          # list the rules (ids to use with --disable-rule)

Exit status: 0 every file cleaned; 1 some files failed or had no text left
(the others are still written) or lost more than --max-drop-ratio; 2 usage
error, bad option or config, nothing to do, or the output disk is full or
read-only; 130/143 interrupted (SIGINT/SIGTERM).
`;

/** Values the CLI itself reads, beside the library options. */
export interface CliValues {
  readonly out: string | undefined;
  readonly report: string | undefined;
  readonly quiet: boolean;
  readonly color: boolean;
  /** Worker threads for cleaning. */
  readonly jobs: number;
  /** Larger input files fail as `too_large` (`--max-file-size`, in MB). */
  readonly maxFileBytes: number;
  /** `--rules`: a JSON file of the user's own rules. */
  readonly rules: string | undefined;
  /** Learn boilerplate from the corpus before cleaning, and from how many articles up. */
  readonly learn: boolean;
  readonly learnMinDocs: number;
  /** `--input-format`: read every input as this format; undefined: by extension (stdin: txt). */
  readonly inputFormat: 'txt' | 'jsonl' | undefined;
  /** `--text-field`: dot path of the article in a JSONL record. */
  readonly textField: string;
  /** `--format`; undefined: jsonl when an input is JSONL, else txt. */
  readonly format: 'txt' | 'jsonl' | undefined;
  readonly gzip: boolean;
  readonly audit: string | undefined;
  readonly dryRun: boolean;
  /** Cross-article dedup: on unless `--no-cross-dedup`; its index file and where duplicates go. */
  readonly crossDedup: boolean;
  readonly index: string | undefined;
  readonly duplicates: string | undefined;
  /** Which copy cross-article dedup keeps. */
  readonly keep: 'first' | 'longest';
  /** NaN when not a number from 0 to 1. */
  readonly maxDropRatio: number | undefined;
}

/** `--learn-min-docs` when not given, and its floor: a line in two articles says nothing. */
const DEFAULT_LEARN_MIN_DOCS = 20;
const MIN_LEARN_DOCS = 3;
/** The most worker threads `--jobs` accepts: beyond the cores there is nothing to gain. */
const MAX_JOBS = 256;
/** `--max-file-size` when not given, in MB. */
const DEFAULT_MAX_FILE_MB = 64;
const BYTES_PER_MB = 1024 * 1024;

export async function main(params: MainParams): Promise<ExitCode> {
  if (params.argv[0] === 'rules') {
    const { runRulesCommand } = await import('./rules-command.js');
    return runRulesCommand(params, params.argv.slice(1));
  }
  if (params.argv[0] === 'diff') {
    const { runDiffCommand } = await import('./diff-command.js');
    return runDiffCommand(params, params.argv.slice(1));
  }
  const now = params.now ?? (() => performance.now());
  const started = now();
  const program = buildProgram(params);
  try {
    await program.parseAsync([...params.argv], { from: 'user' });
    const parsed = program.opts<Record<string, unknown>>();
    const { applyConfig, loadConfig } = await import('./config.js');
    const configFile = typeof parsed['config'] === 'string' ? parsed['config'] : undefined;
    if (configFile === '') usageError(program, '--config needs a file name');
    // Flags typed on the command line win over the config file.
    const inputs = program.processedArgs[0] as string[];
    const config = loadConfig(configFile, params.cwd);
    const values = applyConfig(parsed, config, (key) => program.getOptionValueSource(key));
    let cli = cliValues(values);
    if (inputs.includes('-')) {
      if (inputs.length > 1) usageError(program, "'-' (stdin) cannot be combined with other inputs");
      const records = (cli.format ?? cli.inputFormat ?? 'txt') === 'jsonl';
      // A config's `out` is for file runs: plain stdin still goes to stdout.
      if (!records && program.getOptionValueSource('out') !== 'cli') cli = { ...cli, out: undefined };
      if (cli.out !== undefined && !records) usageError(program, "--out cannot be used with '-': the clean text goes to stdout (JSONL output may go to a file)");
      if (cli.format === 'txt' && cli.inputFormat === 'jsonl') usageError(program, 'text output (--format txt) cannot hold JSONL records; leave --format out');
    } else if ((cli.out === undefined || cli.out === '') && !cli.dryRun) {
      usageError(program, 'missing --out <dir>: where to write the cleaned files');
    }
    if (cli.out === '') usageError(program, '--out needs a name');
    if (cli.audit === '') usageError(program, '--audit needs a file name');
    if (!/^[^.]+(?:\.[^.]+)*$/.test(cli.textField) || cli.textField.split('.')[0] === 'bersih') {
      usageError(program, `--text-field must be a field name or a dot path such as content.body (and not inside "bersih"), got "${cli.textField}"`);
    }
    if (cli.maxDropRatio !== undefined && !(cli.maxDropRatio >= 0 && cli.maxDropRatio <= 1)) {
      usageError(program, '--max-drop-ratio must be a number from 0 to 1, e.g. 0.5');
    }
    if (cli.report === '') usageError(program, '--report needs a file name');
    if (!Number.isInteger(cli.jobs) || cli.jobs < 1 || cli.jobs > MAX_JOBS) {
      usageError(program, `--jobs must be a whole number from 1 to ${MAX_JOBS}`);
    }
    if (!(cli.maxFileBytes >= 1)) usageError(program, '--max-file-size must be a positive number of MB, e.g. 64 or 0.5');
    if (!Number.isInteger(cli.learnMinDocs) || cli.learnMinDocs < MIN_LEARN_DOCS) {
      usageError(program, `--learn-min-docs must be a whole number of at least ${MIN_LEARN_DOCS}`);
    }
    if (cli.rules === '') usageError(program, '--rules needs a file name');
    if (cli.index === '' || cli.duplicates === '') usageError(program, '--index and --duplicates need a path');
    if (cli.dryRun && cli.index !== undefined) usageError(program, '--index is written by a run; a --dry-run cannot use it');
    const keep = program.opts<Record<string, unknown>>()['keep'];
    if (keep !== undefined && keep !== 'first' && keep !== 'longest') usageError(program, '--keep must be first or longest');
    if (cli.keep === 'longest' && cli.index !== undefined) {
      usageError(program, '--keep longest clusters one run; with --index, earlier runs were already written (use --keep first)');
    }
    if (!cli.crossDedup && (cli.index !== undefined || cli.duplicates !== undefined)) {
      usageError(program, '--index and --duplicates go with cross-article dedup, which --no-cross-dedup switches off');
    }
    // Loaded only now: --help, --version and usage errors never pay for the cleaner and fast-glob.
    const { execute } = await import('./execute.js');
    return await execute({ params, cli, inputs, options: toOptions(values), started, now });
  } catch (error) {
    return exitCodeForError(error, params.stderr);
  }
}

function buildProgram(params: MainParams): Command {
  const program = new Command()
    .name('bersih')
    .description('Clean scraped Indonesian news articles (.txt, JSONL, gzip) into clean text, and explain every edit.')
    .usage('[options] <inputs...>')
    .argument('<inputs...>', 'files, directories, quoted glob patterns, or - for stdin → stdout')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .configureOutput({
      writeOut: (text) => params.stdout.write(text),
      writeErr: (text) => params.stderr.write(text),
      // One voice for every message: `bersih: ...`, whether commander or bersih found the problem.
      outputError: (text, write) => write(`bersih: ${text.replace(/^error: /, '')}`),
      getOutHelpWidth: () => helpWidth(params.stdout),
      getErrHelpWidth: () => helpWidth(params.stderr),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .exitOverride()
    .showHelpAfterError('Run bersih --help for usage and examples.')
    .addHelpText('after', EXAMPLES);
  for (const flag of FLAGS) program.addOption(commanderOption(flag));
  return program;
}

/** A row of the flag table as a commander option (shared with `bersih diff`). */
export function commanderOption(flag: Flag): Option {
  const option = new Option(flagSyntax(flag), flag.description);
  if (flag.repeatable === true) {
    option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  }
  if (flag.choices !== undefined) option.choices(flag.choices);
  return option;
}

/** The values the CLI reads, from parsed flags (and the config file merged under them). */
export function cliValues(values: Readonly<Record<string, unknown>>): CliValues {
  const byName = (long: string): unknown => {
    const flag = FLAGS.find((row) => row.long === long);
    return flag === undefined ? undefined : flagValue(values, flag);
  };
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  return {
    out: text(byName('out')),
    report: text(byName('report')),
    quiet: byName('quiet') === true,
    color: byName('no-color') !== false,
    jobs: jobsValue(text(byName('jobs'))),
    maxFileBytes: Math.floor(megabytes(text(byName('max-file-size'))) * BYTES_PER_MB),
    rules: text(byName('rules')),
    learn: byName('no-learn') !== false,
    learnMinDocs: wholeNumber(text(byName('learn-min-docs')), DEFAULT_LEARN_MIN_DOCS),
    inputFormat: formatName(text(byName('input-format'))),
    textField: text(byName('text-field')) ?? 'text',
    format: formatName(text(byName('format'))),
    gzip: byName('gzip') === true,
    audit: text(byName('audit')),
    dryRun: byName('dry-run') === true,
    crossDedup: byName('no-cross-dedup') !== false,
    index: text(byName('index')),
    duplicates: text(byName('duplicates')),
    keep: text(byName('keep')) === 'longest' ? 'longest' : 'first',
    maxDropRatio: ratio(text(byName('max-drop-ratio'))),
  };
}

/** `txt` or `jsonl` (commander has checked the choice); undefined when absent. */
function formatName(value: string | undefined): 'txt' | 'jsonl' | undefined {
  return value === 'txt' || value === 'jsonl' ? value : undefined;
}

/** `--max-drop-ratio` as a number; NaN when it is not a plain decimal number. */
function ratio(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
}

/** A whole number given as a flag's text, the default when absent, NaN when not a number. */
function wholeNumber(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** `--jobs` as a number; absent means one worker per CPU core. */
function jobsValue(value: string | undefined): number {
  return wholeNumber(value, availableParallelism());
}

/** `--max-file-size` in MB; NaN when it is not a plain positive decimal number. */
function megabytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_MB;
  return /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
}

/** Reports a usage problem the way commander does, and stops via its exit override. */
function usageError(program: Command, message: string): never {
  program.error(message, { exitCode: EXIT_USAGE, code: 'bersih.usage' });
}

/** The terminal's width for help text; a fixed 80 when not a terminal, so output is reproducible. */
function helpWidth(stream: OutputStream): number {
  return stream.isTTY === true && stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80;
}
