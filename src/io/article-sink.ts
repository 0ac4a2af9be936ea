/**
 * Where cleaned articles go, in the order they were read: one text file per article (the mirrored
 * tree), JSONL records (one file, one file per input, or stdout), or nowhere (`--dry-run`). A sink
 * turns each cleaned article's result into its final one (with `output` set, or failed when it
 * could not be written); `close` completes every output, `discard` removes what a failed run began.
 */

import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { OutputError } from '../errors.js';
import type { Edit } from '../types.js';
import type { SourceArticle } from './article-source.js';
import type { CleanOutcome } from './clean-job.js';
import type { FileResult } from './clean-files.js';
import { isStrictlyInside } from './find-inputs.js';
import { newRecord, writeRecord } from './jsonl-record.js';
import { fileLineWriter, GZIP_LEVEL, streamWriter, type ByteStream, type LineWriter } from './line-writer.js';
import { pathKey, repeatedKeys } from './path-keys.js';
import { errnoCode } from './read-article.js';
import { createAtomicWriter } from './write-atomic.js';

export type OutputFormat = 'txt' | 'jsonl';

export interface ArticleSink {
  /** Writes one cleaned article (`result.status` is `cleaned`) and returns its final result. */
  write(article: SourceArticle, outcome: CleanOutcome, result: FileResult): FileResult;
  /** Resolves when the outputs have room for more (backpressure of streamed outputs). */
  drain(): Promise<void>;
  /** Completes every output (temporary files are renamed into place). */
  close(): Promise<void>;
  /** Removes the temporary files of outputs not yet complete. */
  discard(): void;
}

/** The `bersih` member of each JSONL record written: what happened to the article. */
export interface RecordInfo {
  readonly id: string;
  readonly site: string | null;
  readonly linesIn: number;
  readonly linesOut: number;
  readonly dropped: number;
  readonly cut: number;
  readonly merged: number;
  readonly flagged: number;
  /** Share of the non-space characters lost; present only above `--max-drop-ratio`. */
  readonly dropRatio?: number;
  /** The earlier article this one repeats, when cross-article dedup found one. */
  readonly duplicate?: FileResult['duplicate'];
}

/** Nothing is written: every result stays as cleaned, without an `output`. */
export function dryRunSink(): ArticleSink {
  return { write: (_article, _outcome, result) => result, drain: async () => {}, close: async () => {}, discard: () => {} };
}

/**
 * One text file per article under `outDir`, at its relative path (`.gz` names are gzip-compressed;
 * `gzip` adds `.gz`). `contested`: the only outputs more than one input maps to, when the caller
 * knows them (`contestedOutputs`), so the first-come claims kept to refuse the later ones stay few
 * instead of one per article; without it every output is claimed.
 */
export function textTreeSink(outDir: string, gzip: boolean, cwd: string, contested?: ReadonlySet<string>): ArticleSink {
  const writer = createAtomicWriter();
  const claims = createClaims(cwd, contested);
  return {
    write(article, outcome, result) {
      const output = path.join(outDir, withGz(article.unit, gzip));
      if (!isStrictlyInside(output, outDir)) {
        return blankFailure(result, 'unsafe_path', 'its output path would leave the output directory');
      }
      const first = claims.claim(output, article.input);
      if (first !== undefined) return blankFailure(result, 'output_conflict', `has the same output path as ${first}`);
      try {
        writer.write(output, output.toLowerCase().endsWith('.gz') ? gzipSync(outcome.text, { level: GZIP_LEVEL }) : outcome.text);
      } catch (error) {
        return writeFailure(result, output, error);
      }
      return { ...result, output };
    },
    drain: async () => {},
    close: async () => {},
    discard: () => {},
  };
}

/** Every record in one JSONL file (`target`), gzip-compressed when asked. */
export function jsonlFileSink(target: string, gzip: boolean, textPath: readonly string[]): ArticleSink {
  let writer: LineWriter | undefined;
  return {
    write(article, outcome, result) {
      writer ??= fileLineWriter(target, gzip);
      writer.line(recordLine(article, outcome, result, textPath));
      return { ...result, output: target };
    },
    drain: async () => writer?.drain(),
    // An empty run still leaves its (empty) output file: a pipeline step expects the file it named.
    close: async () => (writer ??= fileLineWriter(target, gzip)).close(),
    discard: () => writer?.discard(),
  };
}

/**
 * One JSONL file per input under `outDir`, mirrored: `x.jsonl[.gz]` and `x.txt[.gz]` → `x.jsonl[.gz]`.
 * `contested` as for `textTreeSink`.
 */
export function jsonlTreeSink(outDir: string, gzip: boolean, textPath: readonly string[], cwd: string, contested?: ReadonlySet<string>): ArticleSink {
  /** The input being written, and its output (no writer when the output was refused, `first` naming who has it). */
  let current: { unit: string; output: string; writer: LineWriter | undefined; first: string | undefined } | undefined;
  const claims = createClaims(cwd, contested);
  let closing: Promise<void> = Promise.resolve();
  return {
    write(article, outcome, result) {
      if (current?.unit !== article.unit) {
        // Records come grouped by input: the previous input's output is complete.
        const previous = current?.writer;
        if (previous !== undefined) closing = closing.then(() => previous.close());
        const output = path.join(outDir, jsonlName(article.unit, gzip || article.gzip));
        const first = isStrictlyInside(output, outDir) ? claims.claim(output, article.input) : 'another input';
        current = { unit: article.unit, output, writer: first === undefined ? fileLineWriter(output, gzip || article.gzip) : undefined, first };
      }
      if (current.writer === undefined) {
        return blankFailure(result, 'output_conflict', `has the same output path as ${current.first ?? 'another input'}`);
      }
      current.writer.line(recordLine(article, outcome, result, textPath));
      return { ...result, output: current.output };
    },
    async drain() {
      await closing;
      await current?.writer?.drain();
    },
    async close() {
      await closing;
      await current?.writer?.close();
      current = undefined;
    },
    discard() {
      current?.writer?.discard();
    },
  };
}

/** Cleaned text (format `txt`) or records (format `jsonl`) on a stream the caller owns: stdout. */
export function streamSink(stream: ByteStream, format: OutputFormat, gzip: boolean, textPath: readonly string[]): ArticleSink {
  const writer = streamWriter(stream, gzip);
  return {
    write(article, outcome, result) {
      // A text article is its lines; the writer adds the final line break back.
      writer.line(format === 'jsonl' ? recordLine(article, outcome, result, textPath) : outcome.text.replace(/\n$/, ''));
      return result;
    },
    drain: () => writer.drain(),
    close: () => writer.close(),
    discard: () => writer.discard(),
  };
}

/** The JSONL line of a cleaned article: its record with the text replaced, or a new record for a text file. */
export function recordLine(article: SourceArticle, outcome: CleanOutcome, result: FileResult, textPath: readonly string[]): string {
  // In a record, paragraphs are separated by line breaks, with none after the last.
  const text = outcome.text.replace(/\n$/, '');
  const info = recordInfo(result);
  return article.record === undefined ? newRecord(article.id, textPath, text, info) : writeRecord(article.record, text, info);
}

export function recordInfo(result: FileResult): RecordInfo {
  const counts = countActions(result.edits);
  return {
    id: result.id,
    site: result.site ?? null,
    linesIn: result.linesIn,
    linesOut: result.linesOut,
    dropped: counts.drop,
    cut: counts.cut,
    merged: counts.merge,
    flagged: counts.flag,
    ...(result.dropRatio === undefined ? {} : { dropRatio: result.dropRatio }),
    ...(result.duplicate === undefined ? {} : { duplicate: result.duplicate }),
  };
}

function countActions(edits: readonly Edit[]): Record<Edit['action'], number> {
  const counts = { drop: 0, cut: 0, merge: 0, flag: 0 };
  for (const edit of edits) counts[edit.action] += 1;
  return counts;
}

/** Where a file run writes: one file (JSONL only), or a tree mirroring the inputs. */
export interface OutputPlan {
  readonly format: OutputFormat;
  /** `file`: every record in `target`; `tree`: one output per input below the directory `target`. */
  readonly layout: 'file' | 'tree';
  readonly target: string;
  /** Compress every output (`.gz` is added to tree names; a file named `*.gz` is compressed anyway). */
  readonly gzip: boolean;
}

/** JSONL output to a single file: `--out` names a `.jsonl` / `.ndjson` file, compressed or not. */
export const JSONL_FILE_RE = /\.(jsonl|ndjson)(\.gz)?$/i;

/** The sink writing a file run's outputs as planned; `contested` as for `textTreeSink`. */
export function planSink(plan: OutputPlan, textPath: readonly string[], cwd: string, contested?: ReadonlySet<string>): ArticleSink {
  if (plan.layout === 'file') return jsonlFileSink(plan.target, plan.gzip || /\.gz$/i.test(plan.target), textPath);
  return plan.format === 'jsonl' ? jsonlTreeSink(plan.target, plan.gzip, textPath, cwd, contested) : textTreeSink(plan.target, plan.gzip, cwd, contested);
}

/**
 * The outputs of a tree layout that more than one input maps to (the same relative path under two
 * bases, `x.txt` beside `x.txt.gz` with `gzip`): usually none. Knowing them up front, a sink keeps
 * claims for these only, not a path per article for the whole run; path-keys.ts finds them holding
 * only a number per file (a key shared by chance only adds a path to the claims). `relativePaths`
 * is read twice.
 */
export function contestedOutputs(plan: OutputPlan, relativePaths: Iterable<string>): Set<string> {
  const contested = new Set<string>();
  if (plan.layout === 'file') return contested;
  const outputOf = (relativePath: string): string => path.join(plan.target, treeOutputName(plan.format, relativePath, plan.gzip));
  const repeated = repeatedKeys(Float64Array.from(relativePaths, (relativePath) => pathKey(outputOf(relativePath))));
  if (repeated.size === 0) return contested;
  for (const relativePath of relativePaths) {
    const output = outputOf(relativePath);
    if (repeated.has(pathKey(output))) contested.add(output);
  }
  return contested;
}

/** First come, first served: which input an output path went to, so a later input mapping there is refused. */
function createClaims(cwd: string, contested: ReadonlySet<string> | undefined): { claim(output: string, input: string): string | undefined } {
  const owners = new Map<string, string>();
  return {
    /** Claims `output` for `input`; returns the display path of the input that has it already, if any. */
    claim(output, input) {
      if (contested !== undefined && !contested.has(output)) return undefined;
      const owner = owners.get(output);
      if (owner !== undefined) return displayPath(cwd, owner);
      owners.set(output, input);
      return undefined;
    },
  };
}

/** In a tree layout, the output path (relative to the output directory) of an input's articles. */
export function treeOutputName(format: OutputFormat, relativePath: string, gzip: boolean): string {
  return format === 'jsonl' ? jsonlName(relativePath, gzip || /\.gz$/i.test(relativePath)) : withGz(relativePath, gzip);
}

/** `x.jsonl.gz` stays; `x.txt` → `x.jsonl`; any other name gets `.jsonl`; `.gz` when compressed. */
export function jsonlName(unit: string, gzip: boolean): string {
  const base = unit.replace(/\.gz$/i, '').replace(/\.(jsonl|ndjson|txt)$/i, '');
  return `${base}.jsonl${gzip ? '.gz' : ''}`;
}

function withGz(name: string, gzip: boolean): string {
  return gzip && !name.toLowerCase().endsWith('.gz') ? `${name}.gz` : name;
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

function writeFailure(result: FileResult, output: string, error: unknown): FileResult {
  const code = errnoCode(error);
  const fatal = code === undefined ? undefined : FATAL_WRITE_ERRORS[code];
  if (fatal) throw new OutputError(output, fatal.code, `cannot write output: ${fatal.words} (${code ?? ''}); stopping`);
  const words = code === undefined ? undefined : WRITE_ERROR_WORDS[code];
  return { ...result, status: 'failed', error: { code: 'write_failed', message: `cannot write output (${words === undefined ? '' : `${words}, `}${code ?? 'error'})` } };
}

/** A result that failed before cleaning counted: no lines, no edits (as a file that was never read). */
function blankFailure(result: FileResult, code: string, message: string): FileResult {
  return { id: result.id, input: result.input, status: 'failed', error: { code, message }, site: undefined, linesIn: 0, linesOut: 0, bytesIn: 0, bytesOut: 0, edits: [] };
}

/** A path for messages: relative to `cwd`. */
function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}
