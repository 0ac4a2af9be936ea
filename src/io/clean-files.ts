/**
 * The batch API: find the inputs, clean every file, write the outputs as a mirrored tree. Results
 * come out in sorted order whatever the number of workers, so runs are deterministic; only the
 * batches in flight are in memory. A bad file becomes a `failed` result; it never stops the run.
 */

import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, InputError, OutputError } from '../errors.js';
import { createCleaner } from '../clean.js';
import type { LearnedLines } from '../learn/learned-lines.js';
import { createLineCounter } from '../learn/line-counter.js';
import type { Options, ResolvedOptions } from '../options.js';
import type { Edit } from '../types.js';
import type { CleanOutcome } from './clean-job.js';
import { createCleanPool } from './clean-pool.js';
import { findInputs, isStrictlyInside, type InputFile, type UnmatchedInput } from './find-inputs.js';
import { DEFAULT_MAX_FILE_BYTES, errnoCode, readArticleSync } from './read-article.js';
import { createAtomicWriter, type AtomicWriter } from './write-atomic.js';

export type FileStatus = 'cleaned' | 'failed' | 'empty';

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

export interface CleanFilesParams {
  /** Files, directories (every `*.txt` below) or glob patterns, relative to `cwd`. */
  readonly inputs: readonly string[];
  /** Output root; each file goes to `outDir/<relative path>`. */
  readonly outDir: string;
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
}

/** Articles per batch sent to the cleaner pool, and the bytes that close a batch early. */
const BATCH_ARTICLES = 128;
const BATCH_BYTES = 1 << 20;

/** One input file on its way through: read (or failed), then cleaned, then written. */
interface Slot {
  readonly file: InputFile;
  readonly output: string;
  readonly bytesIn: number;
  /** Set when the file could not be read or decoded (it is not sent to the cleaner). */
  readonly failure?: FileResult;
  readonly text?: string;
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
  const outDir = path.resolve(params.cwd, params.outDir);
  const found = await findInputs(params.inputs, { cwd: params.cwd, outDir });
  await refuseOverlaps(found.files, outDir, params);
  const maxBytes = params.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const learned = params.learn === undefined ? undefined : learnFromFiles(found.files, maxBytes, params.learn);
  const cleanOptions: Options = learned === undefined ? params.options ?? {} : { ...params.options, learnedLines: learned };
  // Workers are worth starting only when there are batches enough to share among them.
  const batches = Math.ceil(found.files.length / BATCH_ARTICLES);
  const pool = createCleanPool(cleanOptions, Math.min(params.jobs ?? 1, batches));
  try {
    const report = (result: FileResult): void => params.onFile?.(result);
    for (const missing of found.unmatched) report(unmatchedResult(missing));

    const writer = createAtomicWriter();
    const claimed = new Map<string, string>();
    const inFlight: { slots: Slot[]; outcomes: Promise<CleanOutcome[]> }[] = [];
    let batch: Slot[] = [];
    let batchBytes = 0;
    const submit = (): void => {
      if (batch.length === 0) return;
      const slots = batch;
      const jobs = slots.flatMap((slot) => (slot.text === undefined ? [] : [{ id: slot.file.relativePath, text: slot.text }]));
      inFlight.push({ slots, outcomes: pool.clean(jobs) });
      batch = [];
      batchBytes = 0;
    };
    const finishOldest = async (): Promise<void> => {
      const done = inFlight.shift();
      if (!done) return;
      const outcomes = await done.outcomes;
      let next = 0;
      for (const slot of done.slots) {
        report(slot.failure ?? writeOutcome(slot, outcomes[next++] as CleanOutcome, writer));
      }
    };

    for (const file of found.files) {
      const output = path.join(outDir, file.relativePath);
      const first = claimed.get(output);
      if (first === undefined) claimed.set(output, displayPath(params.cwd, file.absolutePath));
      const slot: Slot = !isStrictlyInside(output, outDir)
        // Never reached through findInputs (relative paths have no `..`); kept so no input can write outside --out.
        ? { file, output, bytesIn: 0, failure: failed(file.relativePath, file.absolutePath, { code: 'unsafe_path', message: 'its output path would leave the output directory' }) }
        : first === undefined
          ? readSlot(file, output, maxBytes)
          // Two bases gave the same relative path: writing both would lose one, so the later one fails.
          : { file, output, bytesIn: 0, failure: failed(file.relativePath, file.absolutePath, { code: 'output_conflict', message: `has the same output path as ${first}` }) };
      batch.push(slot);
      batchBytes += slot.bytesIn;
      if (batch.length >= BATCH_ARTICLES || batchBytes >= BATCH_BYTES) submit();
      // Two batches per worker keep every worker busy while this thread reads and writes.
      while (inFlight.length > 2 * pool.parallelism) await finishOldest();
    }
    submit();
    while (inFlight.length > 0) await finishOldest();
    return { options, matched: found.files.length, ...(learned === undefined ? {} : { learned }) };
  } finally {
    await pool.close();
  }
}

/**
 * The corpus pre-pass: reads every input once and counts its lines across articles, so that lines
 * recurring in many different stories can be dropped as learned boilerplate. Files that cannot be
 * read are skipped here; the cleaning pass reports them.
 */
function learnFromFiles(files: readonly InputFile[], maxBytes: number, learn: LearnSettings): LearnedLines {
  const counter = createLineCounter();
  for (const file of files) {
    const slot = readSlot(file, '', maxBytes);
    if (slot.text !== undefined) counter.add(slot.text);
  }
  return counter.result({ minDocs: learn.minDocs });
}

/** Reads and decodes one input; a file that cannot be read becomes a failed slot. */
function readSlot(file: InputFile, output: string, maxBytes: number): Slot {
  try {
    const { text, bytes } = readArticleSync(file.absolutePath, file.relativePath, { maxBytes });
    return { file, output, bytesIn: bytes, text };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { file, output, bytesIn: 0, failure: failed(file.relativePath, file.absolutePath, { code: error.code, message: error.detail }) };
  }
}

/** Turns a cleaned article into its result, writing its output when there is text to write. */
function writeOutcome(slot: Slot, outcome: CleanOutcome, writer: AtomicWriter): FileResult {
  const result = outcomeResult(slot.file.relativePath, slot.file.absolutePath, slot.bytesIn, outcome);
  if (result.status !== 'cleaned') return result;
  try {
    writer.write(slot.output, outcome.text);
  } catch (error) {
    const code = errnoCode(error);
    const fatal = code === undefined ? undefined : FATAL_WRITE_ERRORS[code];
    if (fatal) throw new OutputError(slot.output, fatal.code, `cannot write output: ${fatal.words} (${code ?? ''}); stopping`);
    const words = code === undefined ? undefined : WRITE_ERROR_WORDS[code];
    return { ...result, status: 'failed', error: { code: 'write_failed', message: `cannot write output (${words === undefined ? '' : `${words}, `}${code ?? 'error'})` } };
  }
  return { ...result, output: slot.output };
}

/** Write errors no later file would escape: the run stops instead of failing every file alike. */
const FATAL_WRITE_ERRORS: Readonly<Record<string, { code: string; words: string }>> = {
  ENOSPC: { code: 'disk_full', words: 'no space left on the device' },
  EDQUOT: { code: 'disk_full', words: 'disk quota exceeded' },
  EROFS: { code: 'read_only', words: 'the output file system is read-only' },
};

/** Plain words for the write errors that fail one file. */
const WRITE_ERROR_WORDS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a file stands where its directory should be',
  EEXIST: 'a file stands where its directory should be',
  EISDIR: 'a directory stands where the file should be',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  ENAMETOOLONG: 'file name too long',
};

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
 * a link to the input directory is caught too.
 */
async function refuseOverlaps(files: readonly InputFile[], outDir: string, params: CleanFilesParams): Promise<void> {
  const outInfo = await stat(outDir).catch(() => undefined);
  if (outInfo !== undefined && !outInfo.isDirectory()) {
    throw new ConfigError(`output directory ${displayPath(params.cwd, outDir)} exists and is not a directory`);
  }
  const inputs = new Map<string, string>();
  const realDirs = new Map<string, string>();
  for (const file of files) {
    inputs.set(file.absolutePath, file.absolutePath);
    // Directories are resolved, not files: a rename replaces a symlinked file itself, never its
    // target, while a symlinked directory would really put the output beside the input. One
    // realpath per directory keeps this cheap on large trees.
    const dir = path.dirname(file.absolutePath);
    let realDir = realDirs.get(dir);
    if (realDir === undefined) {
      realDir = await realpathOrSelf(dir);
      realDirs.set(dir, realDir);
    }
    const real = path.join(realDir, path.basename(file.absolutePath));
    if (real !== file.absolutePath) inputs.set(real, file.absolutePath);
  }
  const realOut = await realpathOfNearest(outDir);
  const outputsOf = (file: InputFile): string[] => [
    path.join(outDir, file.relativePath),
    path.join(realOut, file.relativePath),
  ];
  for (const file of files) {
    for (const output of outputsOf(file)) {
      const input = inputs.get(output);
      if (input !== undefined) {
        throw new ConfigError(
          `output directory ${displayPath(params.cwd, outDir)} would overwrite the input ` +
            `${displayPath(params.cwd, input)}; choose an output directory outside the inputs`,
        );
      }
    }
  }
  for (const extra of params.alsoWrites ?? []) {
    const absolute = path.resolve(params.cwd, extra);
    const real = await realpathOfNearest(absolute);
    const input = inputs.get(absolute) ?? inputs.get(real);
    if (input !== undefined) {
      throw new ConfigError(`${extra} would overwrite the input ${displayPath(params.cwd, input)}`);
    }
    if (files.some((file) => outputsOf(file).some((output) => output === absolute || output === real))) {
      throw new ConfigError(`${extra} is also the path of a cleaned output`);
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
