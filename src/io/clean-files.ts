/**
 * The batch API: find the inputs, clean each file with one cleaner, write the outputs as a mirrored
 * tree. Files are handled one at a time in sorted order, so results are deterministic and only one
 * article's text is in memory at once. A bad file becomes a `failed` result; it never stops the run.
 */

import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { createCleaner, type Cleaner } from '../clean.js';
import { ConfigError, InputError } from '../errors.js';
import type { Options, ResolvedOptions } from '../options.js';
import type { Edit } from '../types.js';
import { findInputs, type InputFile, type UnmatchedInput } from './find-inputs.js';
import { errnoCode, readArticle } from './read-article.js';
import { createAtomicWriter } from './write-atomic.js';

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
  /** Inputs that matched nothing first (in the order given), then every file found, in sorted order. */
  readonly files: readonly FileResult[];
  /** How many files the inputs matched: 0 means there was nothing to do. */
  readonly matched: number;
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
  /** Called after each file, in order, e.g. to print failures as they happen. */
  readonly onFile?: (result: FileResult) => void;
}

/**
 * Cleans every file the inputs match. Throws `ConfigError` before anything is written when the
 * options are bad or an output would overwrite an input; per-file problems are results instead.
 */
export async function cleanFiles(params: CleanFilesParams): Promise<RunResult> {
  const cleaner = createCleaner(params.options);
  const outDir = path.resolve(params.cwd, params.outDir);
  const found = await findInputs(params.inputs, { cwd: params.cwd, outDir });
  await refuseOverlaps(found.files, outDir, params);

  const files: FileResult[] = [];
  const report = (result: FileResult): void => {
    files.push(result);
    params.onFile?.(result);
  };
  for (const missing of found.unmatched) report(unmatchedResult(missing));

  const writer = createAtomicWriter();
  const claimed = new Map<string, string>();
  for (const file of found.files) {
    const output = path.join(outDir, file.relativePath);
    const first = claimed.get(output);
    if (first !== undefined) {
      // Two bases gave the same relative path: writing both would lose one, so the later one fails.
      report(failed(file.relativePath, file.absolutePath, {
        code: 'output_conflict',
        message: `has the same output path as ${first}`,
      }));
      continue;
    }
    claimed.set(output, displayPath(params.cwd, file.absolutePath));
    report(await cleanOneFile(cleaner, file, output, writer));
  }
  return { options: cleaner.options, files, matched: found.files.length };
}

/** The outcome of cleaning one article's text, before anything is written. */
export interface CleanedArticle {
  readonly result: FileResult;
  /** The clean text; empty unless `result.status` is `cleaned`. */
  readonly text: string;
}

/**
 * Cleans one decoded article and classifies it; shared by files and stdin. An empty input and an
 * input with nothing left after cleaning are `empty`, with the reason as the error.
 */
export function cleanArticleText(
  cleaner: Cleaner,
  text: string,
  source: { readonly id: string; readonly input: string; readonly bytesIn: number },
): CleanedArticle {
  const { id, input, bytesIn } = source;
  if (BLANK_RE.test(text)) {
    return {
      result: { ...blank(id, input, 'empty', { code: 'empty', message: 'file is empty' }), bytesIn },
      text: '',
    };
  }
  let cleaned;
  try {
    cleaned = cleaner.clean(text, id);
  } catch (error) {
    // A bug in a pass must not sink the whole run; the message says where to look.
    const message = `internal error while cleaning (${error instanceof Error ? error.message : String(error)})`;
    return { result: { ...failed(id, input, { code: 'internal', message }), bytesIn }, text: '' };
  }
  const status: FileStatus = cleaned.text === '' ? 'empty' : 'cleaned';
  const result: FileResult = {
    id,
    input,
    status,
    ...(status === 'empty' ? { error: { code: 'no_text_left', message: 'no text left after cleaning' } } : {}),
    site: cleaned.site,
    linesIn: cleaned.linesIn,
    linesOut: cleaned.lines.length,
    bytesIn,
    bytesOut: Buffer.byteLength(cleaned.text, 'utf8'),
    edits: cleaned.edits,
  };
  return { result, text: cleaned.text };
}

/** Only whitespace (a byte-order mark included): nothing for the cleaner to look at. */
const BLANK_RE = /^[\s\uFEFF]*$/;

async function cleanOneFile(
  cleaner: Cleaner,
  file: InputFile,
  output: string,
  writer: ReturnType<typeof createAtomicWriter>,
): Promise<FileResult> {
  const id = file.relativePath;
  let article;
  try {
    article = await readArticle(file.absolutePath, id);
  } catch (error) {
    if (error instanceof InputError) {
      return failed(id, file.absolutePath, { code: error.code, message: error.detail });
    }
    throw error;
  }
  const { result, text } = cleanArticleText(cleaner, article.text, {
    id,
    input: file.absolutePath,
    bytesIn: article.bytes,
  });
  if (result.status !== 'cleaned') return result;
  try {
    await writer.write(output, text);
  } catch (error) {
    return {
      ...result,
      status: 'failed',
      error: { code: 'write_failed', message: `cannot write output (${errnoCode(error) ?? 'error'})` },
    };
  }
  return { ...result, output };
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
