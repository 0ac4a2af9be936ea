/**
 * The batch API: find the inputs, clean every article (a text file, or each record of a JSONL file),
 * write the outputs (a mirrored tree of text or JSONL files, or one JSONL file). Results come out in
 * sorted order whatever the number of workers, so runs are deterministic; only the batches in flight
 * are in memory (clean-stream.ts). A bad file or record becomes a `failed` result; it never stops the run.
 */

import { statSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { createCleaner } from '../clean.js';
import type { LearnedLines } from '../learn/learned-lines.js';
import { createLineCounter } from '../learn/line-counter.js';
import type { Options, ResolvedOptions } from '../options.js';
import type { Edit } from '../types.js';
import { fileArticles, formatOf, type InputFormat, type SourceArticle, type SourceItem, type SourceSettings } from './article-source.js';
import { contestedOutputs, dryRunSink, JSONL_FILE_RE, planSink, treeOutputName, type OutputFormat, type OutputPlan } from './article-sink.js';
import { unpackLines, type CleanOutcome } from './clean-job.js';
import { createCleanPool, type CleanPool } from './clean-pool.js';
import { cleanStream, createLazyPool, inBatches } from './clean-stream.js';
import { findInputs, isStrictlyInside, type InputFile, type InputList, type UnmatchedInput } from './find-inputs.js';
import { parseTextField } from './jsonl-record.js';
import { DEFAULT_MAX_FILE_BYTES } from './read-article.js';

/** Files per worker started (starting one costs about 0.2 s of CPU, loading the cleaner's modules). */
const ARTICLES_PER_WORKER = 128;

/** `duplicate`: cleaned, but a copy of an earlier article (cross-article dedup), so not written. */
export type FileStatus = 'cleaned' | 'failed' | 'empty' | 'duplicate';

export interface FileError {
  /** snake_case, stable for scripts: `not_found`, `binary`, `invalid_utf8`, `empty`, `no_text_left`, ... */
  readonly code: string;
  /** The cause, without the path (the caller prefixes it). */
  readonly message: string;
}

export interface FileResult {
  /** Path relative to the input's base, `/`-separated (the input as typed when nothing matched it). */
  readonly id: string;
  /** Absolute path read (`-` for stdin; the input as typed when nothing matched it). */
  readonly input: string;
  /** Absolute path written; absent unless status is `cleaned` and the text went to a file. */
  readonly output?: string;
  readonly status: FileStatus;
  readonly error?: FileError;
  /** Site whose rules applied; undefined when unknown or the file was never cleaned. */
  readonly site: string | undefined;
  readonly linesIn: number;
  readonly linesOut: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly edits: readonly Edit[];
  /**
   * Share (0..1, four decimals) of its non-space characters the article lost; set only when that is
   * more than `maxDropRatio`. The article is still written.
   */
  readonly dropRatio?: number;
  /**
   * Set by a corpus-level step (`decide`: cross-article dedup) when the article repeats an earlier
   * one; a JSONL record carries it as `bersih.duplicate`.
   */
  readonly duplicate?: { readonly of: string; readonly method: 'exact' | 'near'; readonly similarity: number; readonly earlierRun?: boolean };
}

export interface RunResult {
  readonly options: ResolvedOptions;
  /** How many files the inputs matched: 0 means there was nothing to do. */
  readonly matched: number;
  /** What the corpus pre-pass learned, when it ran. */
  readonly learned?: LearnedLines;
}

/** Learning boilerplate from the corpus before cleaning it. */
export interface LearnSettings {
  /** A line recurring in at least this many different articles is learned. */
  readonly minDocs: number;
}

/** What a file run has read so far, for a progress display. */
export interface ReadProgress {
  /** `learn`: the pre-pass reading the corpus once to learn boilerplate; `clean`: the run itself. */
  readonly phase: 'learn' | 'clean';
  readonly filesRead: number;
  readonly filesTotal: number;
  /** Bytes read from disk (compressed, for `.gz`), and the inputs' total size. */
  readonly bytesRead: number;
  readonly bytesTotal: number;
}

export interface CleanFilesParams {
  /** Files, directories (every `*.txt`, `*.jsonl`, and their `.gz`, below) or glob patterns, relative to `cwd`. */
  readonly inputs: readonly string[];
  /**
   * Output root; each file goes to `outDir/<relative path>` (a JSONL input's records to one JSONL
   * file there). With JSONL output, a name ending in `.jsonl` or `.jsonl.gz` is one file receiving
   * every record. May be absent only with `dryRun`.
   */
  readonly outDir?: string | undefined;
  readonly cwd: string;
  readonly options?: Options;
  /**
   * Other files the caller will write (a report): refused up front if one is an input or an output.
   */
  readonly alsoWrites?: readonly string[];
  /**
   * Called once per input, in order: inputs that matched nothing first (in the order given), then
   * every file found, in sorted order. Results are not kept: this is where a caller sees them.
   */
  readonly onFile?: (result: FileResult) => void;
  /** Worker threads cleaning in parallel; 1 cleans in this thread. @default 1 */
  readonly jobs?: number;
  /** Learn boilerplate from the inputs first (reads every file twice). @default undefined (no learning) */
  readonly learn?: LearnSettings;
  /** A file larger than this many bytes fails (`too_large`) unread; the run goes on. @default 64 MiB */
  readonly maxFileBytes?: number;
  /** Read every input as this format, whatever its extension. @default by extension (`.jsonl`, `.ndjson`: JSONL) */
  readonly inputFormat?: InputFormat | undefined;
  /** Dot path of the article text in a JSONL record. @default 'text' */
  readonly textField?: string | undefined;
  /** Output format. @default 'jsonl' when any input is JSONL, else 'txt' */
  readonly format?: OutputFormat | undefined;
  /** gzip every output (`.gz` added to the names in a tree). @default false (only `*.gz` names are compressed) */
  readonly gzip?: boolean | undefined;
  /** Everything but writing the outputs: results are as if written, without `output`. @default false */
  readonly dryRun?: boolean | undefined;
  /** An article that loses more than this share of its non-space characters gets `dropRatio`. @default undefined (no check) */
  readonly maxDropRatio?: number | undefined;
  /** Sees each cleaned article in order before it is written and may change its result (a corpus-level step). */
  readonly decide?: ((article: SourceArticle, outcome: CleanOutcome, result: FileResult) => FileResult) | undefined;
  /** Called as input is read (often: keep it cheap). */
  readonly onProgress?: ((progress: ReadProgress) => void) | undefined;
}

/**
 * Cleans every file the inputs match. Throws `ConfigError` before anything is written when the
 * options are bad or an output would overwrite an input; per-file problems are results instead.
 *
 * Files are read and written synchronously by this thread (faster than async I/O for many small
 * files) while batches are cleaned on `jobs` worker threads; results are handed to `onFile` in
 * sorted order and not kept, so memory stays bounded whatever the number of files.
 */
export async function cleanFiles(params: CleanFilesParams): Promise<RunResult> {
  // Bad options fail here, before any input is looked at.
  const options = createCleaner(params.options).options;
  const textPath = parseTextField(params.textField ?? 'text');
  if (textPath === undefined) throw new ConfigError(`text field "${params.textField ?? ''}" is not a dot path such as text or content.body`);
  if (params.outDir === undefined && params.dryRun !== true) throw new ConfigError('an output (outDir) is needed unless it is a dry run');
  const outDir = params.outDir === undefined ? undefined : path.resolve(params.cwd, params.outDir);
  const found = await findInputs(params.inputs, { cwd: params.cwd, outDir });
  // A JSONL output inside the inputs' tree is never read back as an input.
  const files = outDir === undefined ? found.files : found.files.without(outDir);
  const jsonlInput = firstJsonl(files.relativePaths(), params.inputFormat);
  const plan = outDir === undefined ? undefined : outputPlan(jsonlInput, outDir, params);
  if (plan !== undefined) await refuseOverlaps(files, plan, params);
  const maxBytes = params.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const settings: SourceSettings = { maxBytes, textPath, inputFormat: params.inputFormat };
  // A small run is cleaned in this thread, without paying for starting workers; a JSONL file may
  // hold any number of articles, so it gets them as soon as a second batch comes.
  const streamed = jsonlInput !== undefined;
  const workers = Math.min(params.jobs ?? 1, Math.ceil(files.length / ARTICLES_PER_WORKER));
  const pool = streamed ? createLazyPool(params.options ?? {}, params.jobs ?? 1) : createCleanPool(params.options ?? {}, workers);
  try {
    const learned = params.learn === undefined ? undefined : await learnFromSource(fileArticles(files, { ...settings, ...progressHooks(files, params.onProgress, 'learn') }), pool, params.learn);
    if (learned !== undefined) pool.setOptions({ ...params.options, learnedLines: learned });
    const report = (result: FileResult): void => params.onFile?.(result);
    for (const missing of found.unmatched) report(unmatchedResult(missing));
    await cleanStream({
      items: fileArticles(files, { ...settings, ...progressHooks(files, params.onProgress, 'clean') }),
      pool,
      sink: params.dryRun === true || plan === undefined ? dryRunSink() : planSink(plan, textPath, params.cwd, contestedOutputs(plan, files.relativePaths())),
      onFile: report,
      maxDropRatio: params.maxDropRatio,
      decide: params.decide,
    });
    return { options, matched: files.length, ...(learned === undefined ? {} : { learned }) };
  } finally {
    await pool.close();
  }
}

/** The relative path of the first JSONL input, if any. */
function firstJsonl(relativePaths: Iterable<string>, inputFormat: InputFormat | undefined): string | undefined {
  for (const relativePath of relativePaths) if (formatOf(relativePath, inputFormat).format === 'jsonl') return relativePath;
  return undefined;
}

/** Text files go to a mirrored tree; JSONL to one file (`--out x.jsonl[.gz]`) or a tree of JSONL files. */
function outputPlan(jsonlInput: string | undefined, target: string, params: CleanFilesParams): OutputPlan {
  const format = params.format ?? (jsonlInput === undefined ? 'txt' : 'jsonl');
  if (format === 'txt' && jsonlInput !== undefined) {
    throw new ConfigError(`text output (one file per article) cannot hold the records of ${jsonlInput}; write JSONL instead (--format jsonl)`);
  }
  const layout = format === 'jsonl' && JSONL_FILE_RE.test(target) ? 'file' : 'tree';
  return { format, layout, target, gzip: params.gzip === true };
}

/** Source hooks feeding `onProgress`: files read, bytes read, and the inputs' total size (one stat each). */
function progressHooks(files: InputList, onProgress: CleanFilesParams['onProgress'], phase: ReadProgress['phase']): Pick<SourceSettings, 'onBytes' | 'onFileDone'> {
  if (onProgress === undefined) return {};
  let bytesTotal = 0;
  for (const file of files) {
    try {
      bytesTotal += statSync(file.absolutePath).size;
    } catch {
      // Reading it will say what is wrong.
    }
  }
  const progress = { phase, filesRead: 0, filesTotal: files.length, bytesRead: 0, bytesTotal };
  return {
    onBytes: (bytes) => {
      progress.bytesRead += bytes;
      onProgress({ ...progress });
    },
    onFileDone: () => {
      progress.filesRead += 1;
      onProgress({ ...progress });
    },
  };
}

/**
 * The corpus pre-pass: reads every input once and counts its lines across articles, so that lines
 * recurring in many different stories can be dropped as learned boilerplate. The lines of each
 * article are read on the pool (the costly part; the same threads then clean); they are counted
 * here, in the input's order, so what is learned does not depend on the number of workers.
 * Articles that cannot be read are skipped here; the cleaning pass reports them.
 */
async function learnFromSource(items: AsyncIterable<SourceItem>, pool: CleanPool, learn: LearnSettings): Promise<LearnedLines> {
  const counter = createLineCounter();
  await inBatches(items, pool.parallelism, (batch) => pool.lines(batch), (_slots, packed) => {
    for (const lines of unpackLines(packed)) if (lines !== undefined) counter.addLines(lines);
  });
  return counter.result({ minDocs: learn.minDocs });
}

/** The result describing one cleaned article (shared by files and stdin). */
export function outcomeResult(id: string, input: string, bytesIn: number, outcome: CleanOutcome): FileResult {
  const status: FileStatus = outcome.problem === undefined ? 'cleaned' : outcome.problem.code === 'internal' ? 'failed' : 'empty';
  return {
    id,
    input,
    status,
    ...(outcome.problem === undefined ? {} : { error: { code: outcome.problem.code, message: outcome.problem.message } }),
    site: outcome.site,
    linesIn: outcome.linesIn,
    linesOut: outcome.linesOut,
    bytesIn,
    bytesOut: Buffer.byteLength(outcome.text, 'utf8'),
    edits: outcome.edits,
  };
}

/**
 * Refuses the run before anything is written when an output (or a file from `alsoWrites`) would
 * land on an input. Paths are compared both as given and with symlinks resolved, so `--out` being
 * a link to the input directory is caught too. Outputs land inside the output directory (a sink
 * refuses any other path), so only the inputs found there are kept to compare with them: the check
 * holds nothing per file, however many there are.
 */
async function refuseOverlaps(files: InputList, plan: OutputPlan, params: CleanFilesParams): Promise<void> {
  const outDir = plan.target;
  const outInfo = await stat(outDir).catch(() => undefined);
  if (plan.layout === 'tree' && outInfo !== undefined && !outInfo.isDirectory()) {
    throw new ConfigError(`output directory ${displayPath(params.cwd, outDir)} exists and is not a directory`);
  }
  if (plan.layout === 'file' && outInfo?.isDirectory() === true) {
    throw new ConfigError(`output file ${displayPath(params.cwd, outDir)} exists and is a directory`);
  }
  const realOut = await realpathOfNearest(outDir);
  const insideOut = (file: string): boolean => isStrictlyInside(file, outDir) || isStrictlyInside(file, realOut);
  const extras = await Promise.all(
    [...(plan.layout === 'file' ? [outDir] : []), ...(params.alsoWrites ?? [])].map(async (name) => {
      const absolute = path.resolve(params.cwd, name);
      return { name, absolute, real: await realpathOfNearest(absolute) };
    }),
  );
  /** Inputs inside the output directory, by path as given and resolved. */
  const endangered = new Map<string, string>();
  let extraOnInput: { name: string; input: string } | undefined;
  const realDirs = new Map<string, string>();
  for (const file of files) {
    // Directories are resolved, not files: a rename replaces a symlinked file itself, never its
    // target, while a symlinked directory would really put the output beside the input. One
    // realpath per directory keeps this cheap on large trees.
    const dir = path.dirname(file.absolutePath);
    let realDir = realDirs.get(dir);
    if (realDir === undefined) {
      realDir = await realpathOrSelf(dir);
      realDirs.set(dir, realDir);
    }
    for (const known of [file.absolutePath, path.join(realDir, path.basename(file.absolutePath))]) {
      if (insideOut(known) && !endangered.has(known)) endangered.set(known, file.absolutePath);
      const extra = extras.find((candidate) => candidate.absolute === known || candidate.real === known);
      if (extra !== undefined) extraOnInput ??= { name: extra.name, input: file.absolutePath };
    }
  }
  const outputsOf = (file: InputFile): string[] => {
    // One output file: it is checked with the others below.
    if (plan.layout === 'file') return [];
    const name = treeOutputName(plan.format, file.relativePath, plan.gzip);
    return [path.join(outDir, name), path.join(realOut, name)];
  };
  if (endangered.size > 0) {
    for (const file of files) {
      for (const output of outputsOf(file)) {
        const input = endangered.get(output);
        if (input !== undefined) {
          throw new ConfigError(
            `output directory ${displayPath(params.cwd, outDir)} would overwrite the input ` +
              `${displayPath(params.cwd, input)}; choose an output directory outside the inputs`,
          );
        }
      }
    }
  }
  if (extraOnInput !== undefined) throw new ConfigError(`${extraOnInput.name} would overwrite the input ${displayPath(params.cwd, extraOnInput.input)}`);
  for (const extra of extras.filter((candidate) => insideOut(candidate.absolute) || insideOut(candidate.real))) {
    for (const file of files) {
      if (outputsOf(file).some((output) => output === extra.absolute || output === extra.real)) throw new ConfigError(`${extra.name} is also the path of a cleaned output`);
    }
  }
}

async function realpathOrSelf(file: string): Promise<string> {
  return realpath(file).catch(() => file);
}

/** Realpath of the nearest existing ancestor, with the missing tail appended. */
async function realpathOfNearest(target: string): Promise<string> {
  let existing = target;
  const tail: string[] = [];
  for (;;) {
    try {
      return path.join(await realpath(existing), ...tail);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return target;
      tail.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

function unmatchedResult(missing: UnmatchedInput): FileResult {
  return failed(missing.input, missing.input, { code: missing.code, message: missing.message });
}

function failed(id: string, input: string, error: FileError): FileResult {
  return blank(id, input, 'failed', error);
}

function blank(id: string, input: string, status: FileStatus, error: FileError): FileResult {
  return { id, input, status, error, site: undefined, linesIn: 0, linesOut: 0, bytesIn: 0, bytesOut: 0, edits: [] };
}

/** A path for messages: relative to `cwd` (never leaks the machine's layout into a report). */
function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}
