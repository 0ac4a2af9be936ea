/**
 * Where articles come from: plain text files (one article each, `.txt` or `.txt.gz`), JSONL files
 * (one article per record, `.jsonl` or `.jsonl.gz`, streamed line by line) and standard input.
 * Every source yields, in order, either an article to clean or a failure to report; a bad file or a
 * bad line is a failure and the source goes on. Nothing is held beyond the line being read, so a
 * 2 GB `.jsonl.gz` streams through in bounded memory.
 */

import { createGunzip, gunzipSync } from 'node:zlib';
import { pipeline } from 'node:stream';
import { InputError } from '../errors.js';
import type { FileResult, FileStatus } from './clean-files.js';
import type { InputFile } from './find-inputs.js';
import { parseRecord, type JsonlRecord } from './jsonl-record.js';
import { decodeArticle, openForStreaming, readBytesSync, readError } from './read-article.js';
import { readLines, type NumberedLine } from './read-lines.js';

export type InputFormat = 'txt' | 'jsonl';

/** One article read, before cleaning (its text travels beside it, in the `SourceItem`). */
export interface SourceArticle {
  /** Its id in results, the report and the audit: the relative path, or `<relative path>:<line>` for a JSONL record. */
  readonly id: string;
  /** Absolute path read (`-` for stdin). */
  readonly input: string;
  /** Relative path of the file it came from (`-` for stdin): a JSONL file's records share it. */
  readonly unit: string;
  /** The unit is gzip-compressed. */
  readonly gzip: boolean;
  /** UTF-8 bytes of the article text (decompressed). */
  readonly bytesIn: number;
  /** The JSONL record the text came from; absent for a text file. */
  readonly record?: JsonlRecord;
}

/**
 * An article with its text (a JSONL record, parsed here), an article as the bytes of a text file
 * (decoded and checked where it is cleaned, `decodeArticle`; gzip already undone), or a failure.
 */
export type SourceItem =
  | { readonly article: SourceArticle; readonly text: string }
  | { readonly article: SourceArticle; readonly bytes: Uint8Array }
  | { readonly failure: FileResult };

export type ArticleItem = Exclude<SourceItem, { readonly failure: FileResult }>;

/** An item with its text, decoding the bytes here: for a caller that cleans in its own thread (`bersih diff`). */
export function decodedItem(item: SourceItem): Exclude<SourceItem, { readonly bytes: Uint8Array }> {
  if (!('bytes' in item)) return item;
  try {
    return { article: item.article, text: decodeArticle(item.bytes, item.article.id) };
  } catch (error) {
    return { failure: fileFailure({ relativePath: item.article.id, absolutePath: item.article.input }, error) };
  }
}

export interface SourceSettings {
  /** A text file (after gunzip), or one JSONL line, larger than this fails as `too_large`. */
  readonly maxBytes: number;
  /** Dot path of the text in a JSONL record, split (`['content', 'body']`). */
  readonly textPath: readonly string[];
  /** Read every file as this format, whatever its extension. @default by extension */
  readonly inputFormat?: InputFormat | undefined;
  /** Called with the bytes read from disk (compressed, for `.gz`), for progress. */
  readonly onBytes?: ((bytes: number) => void) | undefined;
  /** Called after each input file is read to its end. */
  readonly onFileDone?: (() => void) | undefined;
}

/** Read chunk size for streamed files, and gunzip's output chunk size (DEPS.md §5: 3× the default's speed). */
const STREAM_CHUNK = 1 << 20;
const GZ_RE = /\.gz$/i;
const JSONL_RE = /\.(jsonl|ndjson)(\.gz)?$/i;

/** How a file is read: its format (forced, or from the extension) and whether it is gzip. */
export function formatOf(name: string, forced?: InputFormat): { readonly format: InputFormat; readonly gzip: boolean } {
  return { format: forced ?? (JSONL_RE.test(name) ? 'jsonl' : 'txt'), gzip: GZ_RE.test(name) };
}

/** Every article of `files`, in the files' order (records in line order within a file). */
export async function* fileArticles(files: Iterable<InputFile>, settings: SourceSettings): AsyncGenerator<SourceItem> {
  for (const file of files) {
    const { format, gzip } = formatOf(file.relativePath, settings.inputFormat);
    if (format === 'jsonl') yield* jsonlFile(file, gzip, settings);
    else yield textFile(file, gzip, settings);
    settings.onFileDone?.();
  }
}

/** Standard input (or any byte stream) as one text article (`-`) or as JSONL records (`-:<line>`); gzip is detected by its magic bytes. */
export async function* streamArticles(stream: AsyncIterable<Uint8Array | string>, format: InputFormat, settings: SourceSettings): AsyncGenerator<SourceItem> {
  const { chunks, gzip } = await sniffGzip(stream);
  const unit = { relativePath: '-', absolutePath: '-' };
  if (format === 'jsonl') {
    yield* records(unit, gzip, gzip ? gunzipped(chunks) : chunks, settings);
    return;
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of gzip ? gunzipped(chunks) : chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      total += bytes.byteLength;
      if (total > settings.maxBytes) throw new InputError('-', 'too_large', `is larger than the ${formatMiB(settings.maxBytes)} limit (raise it with --max-file-size)`);
      parts.push(bytes);
    }
    const bytes = Buffer.concat(parts);
    yield { article: { id: '-', input: '-', unit: '-', gzip, bytesIn: bytes.byteLength }, bytes };
  } catch (error) {
    yield { failure: fileFailure(unit, error) };
  }
}

function textFile(file: InputFile, gzip: boolean, settings: SourceSettings): SourceItem {
  try {
    const raw = readBytesSync(file.absolutePath, file.relativePath, { maxBytes: settings.maxBytes });
    settings.onBytes?.(raw.byteLength);
    const bytes = gzip ? gunzipArticle(raw, file.relativePath, settings.maxBytes) : raw;
    return { article: { id: file.relativePath, input: file.absolutePath, unit: file.relativePath, gzip, bytesIn: bytes.byteLength }, bytes };
  } catch (error) {
    return { failure: fileFailure(file, error) };
  }
}

function gunzipArticle(raw: Uint8Array, displayPath: string, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(raw, { maxOutputLength: Math.min(maxBytes, MAX_BUFFER) + 1, chunkSize: STREAM_CHUNK });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError(displayPath, 'too_large', `is larger than the ${formatMiB(maxBytes)} limit once decompressed (raise it with --max-file-size)`);
    }
    throw new InputError(displayPath, 'gzip', 'is not a valid gzip file (corrupt or truncated)');
  }
}

/** zlib refuses a `maxOutputLength` beyond the largest buffer. */
const MAX_BUFFER = 2 ** 31 - 1;

async function* jsonlFile(file: InputFile, gzip: boolean, settings: SourceSettings): AsyncGenerator<SourceItem> {
  let handle;
  try {
    handle = await openForStreaming(file.absolutePath, file.relativePath);
  } catch (error) {
    yield { failure: fileFailure(file, error) };
    return;
  }
  const stream = handle.createReadStream({ highWaterMark: STREAM_CHUNK });
  const counted = countBytes(stream, settings.onBytes);
  yield* records(file, gzip, gzip ? gunzipped(counted) : counted, settings);
}

/** The records of one JSONL stream; a stream error after some records fails the file, keeping what came before. */
async function* records(file: InputFile, gzip: boolean, chunks: AsyncIterable<Uint8Array | string>, settings: SourceSettings): AsyncGenerator<SourceItem> {
  let found = 0;
  try {
    for await (const lines of readLines(chunks, settings.maxBytes)) {
      for (const line of lines) {
        const item = recordItem(file, gzip, line, settings);
        if (item === undefined) continue;
        found += 1;
        yield item;
      }
    }
  } catch (error) {
    yield { failure: fileFailure(file, error, gzip) };
    return;
  }
  if (found === 0) {
    yield { failure: failedResult(file.relativePath, file.absolutePath, 'empty', { code: 'empty', message: 'has no records' }) };
  }
}

/** A line as an article, a failure, or nothing (a blank line). */
function recordItem(file: InputFile, gzip: boolean, line: NumberedLine, settings: SourceSettings): SourceItem | undefined {
  const id = `${file.relativePath}:${line.number}`;
  if ('problem' in line) {
    const message = line.problem === 'too_large' ? `line is larger than the ${formatMiB(settings.maxBytes)} limit (raise it with --max-file-size)` : 'is not valid UTF-8 text';
    return { failure: failedResult(id, file.absolutePath, 'failed', { code: line.problem, message }) };
  }
  if (line.text.trim() === '') return undefined;
  const parsed = parseRecord(line.text, settings.textPath);
  if ('problem' in parsed) return { failure: failedResult(id, file.absolutePath, 'failed', parsed.problem) };
  const article: SourceArticle = {
    id,
    input: file.absolutePath,
    unit: file.relativePath,
    gzip,
    bytesIn: Buffer.byteLength(parsed.text, 'utf8'),
    record: parsed.record,
  };
  return { article, text: parsed.text };
}

/** A whole file (or stdin) that failed: its id is the relative path. */
function fileFailure(file: { readonly relativePath: string; readonly absolutePath: string }, error: unknown, gzip = false): FileResult {
  if (error instanceof InputError) return failedResult(file.relativePath, file.absolutePath, 'failed', { code: error.code, message: error.detail });
  const code = (error as { code?: unknown } | undefined)?.code;
  if (gzip && typeof code === 'string' && code.startsWith('Z_')) {
    return failedResult(file.relativePath, file.absolutePath, 'failed', { code: 'gzip', message: 'is not a valid gzip file (corrupt or truncated); the records before the damage were kept' });
  }
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    const failure = readError(error, file.absolutePath, file.relativePath);
    return failedResult(file.relativePath, file.absolutePath, 'failed', { code: failure.code, message: failure.detail });
  }
  throw error;
}

export function failedResult(id: string, input: string, status: FileStatus, error: { readonly code: string; readonly message: string }): FileResult {
  return { id, input, status, error: { code: error.code, message: error.message }, site: undefined, linesIn: 0, linesOut: 0, bytesIn: 0, bytesOut: 0, edits: [] };
}

/** Passes chunks through, telling `onBytes` how many bytes each had. */
async function* countBytes(chunks: AsyncIterable<Uint8Array | string>, onBytes: ((bytes: number) => void) | undefined): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of chunks) {
    onBytes?.(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength);
    yield chunk;
  }
}

/** The decompressed bytes of a gzip stream (several concatenated members included). */
function gunzipped(chunks: AsyncIterable<Uint8Array | string>): AsyncIterable<Uint8Array> {
  const gunzip = createGunzip({ chunkSize: STREAM_CHUNK });
  // Errors of either side end the iteration of `gunzip` with that error.
  pipeline(chunks, gunzip, () => {});
  return gunzip;
}

/** Looks at the first bytes of a stream for the gzip magic number, without losing them. */
async function sniffGzip(stream: AsyncIterable<Uint8Array | string>): Promise<{ chunks: AsyncIterable<Uint8Array | string>; gzip: boolean }> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < 2) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    const bytes = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    head.push(bytes);
    size += bytes.byteLength;
  }
  const first = Buffer.concat(head);
  const gzip = first[0] === 0x1f && first[1] === 0x8b;
  async function* rest(): AsyncGenerator<Uint8Array> {
    if (first.byteLength > 0) yield first;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    }
  }
  return { chunks: rest(), gzip };
}

function formatMiB(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return `${mib >= 10 ? Math.round(mib) : Number(mib.toFixed(2))} MB`;
}
