/**
 * Reads one article's bytes and decodes them as UTF-8, refusing what is not text. Nothing else is
 * stripped or normalised here: BOM, CRLF and blank lines are the cleaner's job, so that its line
 * numbers match the file as it is on disk.
 */

import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { InputError } from '../errors.js';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** How far to look for a NUL byte: enough to catch images and archives, cheap on big files. */
const BINARY_SNIFF_BYTES = 8192;
/**
 * Opened without blocking: opening a FIFO for reading would otherwise wait for a writer forever.
 * On a regular file the flag changes nothing.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
/** A file larger than this is refused unread unless the caller says otherwise (`--max-file-size`). */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
/** JSON starts with `[` or `{` and ends with `]` or `}` (whitespace and a BOM aside). */
const JSON_LIKE_RE = /^[\s\uFEFF]*[[{][\s\S]*[\]}]\s*$/;

export interface ArticleFile {
  readonly text: string;
  /** Size of the file in bytes, as read. */
  readonly bytes: number;
}

export interface ReadOptions {
  /** Refuse (code `too_large`) a file of more bytes than this, before reading it. @default 64 MiB */
  readonly maxBytes?: number;
}

/**
 * Reads `absolutePath`; every failure is an `InputError` whose `path` is `displayPath` (the relative
 * path the user sees), so a message never leaks an absolute path into reports.
 */
export async function readArticle(absolutePath: string, displayPath: string = absolutePath, options: ReadOptions = {}): Promise<ArticleFile> {
  let bytes: Uint8Array;
  try {
    const handle = await open(absolutePath, OPEN_FLAGS);
    try {
      checkReadable(await handle.stat(), displayPath, options);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw error instanceof InputError ? error : readError(error, absolutePath, displayPath);
  }
  return { text: decodeArticle(bytes, displayPath), bytes: bytes.byteLength };
}

/** `readArticle` without the event loop: for the batch runner, where many small synchronous reads are fastest. */
export function readArticleSync(absolutePath: string, displayPath: string = absolutePath, options: ReadOptions = {}): ArticleFile {
  const bytes = readBytesSync(absolutePath, displayPath, options);
  return { text: decodeArticle(bytes, displayPath), bytes: bytes.byteLength };
}

/** A regular file's bytes, undecoded (a `.gz` article is gunzipped before decoding); same checks and errors as `readArticleSync`. */
export function readBytesSync(absolutePath: string, displayPath: string = absolutePath, options: ReadOptions = {}): Uint8Array {
  try {
    const fd = openSync(absolutePath, OPEN_FLAGS);
    try {
      checkReadable(fstatSync(fd), displayPath, options);
      return readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw error instanceof InputError ? error : readError(error, absolutePath, displayPath);
  }
}

/**
 * Opens a file to stream it (a JSONL corpus, read line by line): only a regular file, opened without
 * blocking, and no size limit (the limit applies to each line). Errors are `InputError`s as above.
 */
export async function openForStreaming(absolutePath: string, displayPath: string = absolutePath): Promise<FileHandle> {
  try {
    const handle = await open(absolutePath, OPEN_FLAGS);
    try {
      checkReadable(await handle.stat(), displayPath, { maxBytes: Number.POSITIVE_INFINITY });
    } catch (error) {
      await handle.close();
      throw error;
    }
    return handle;
  } catch (error) {
    throw error instanceof InputError ? error : readError(error, absolutePath, displayPath);
  }
}

/**
 * Only regular files are read: a FIFO, socket or device could block or never end. The size is
 * checked on the open file, so a file swapped after listing is judged by what is really read.
 */
function checkReadable(info: Stats, displayPath: string, options: ReadOptions): void {
  if (info.isDirectory()) throw new InputError(displayPath, 'is_directory', 'is a directory, not a file');
  if (!info.isFile()) {
    throw new InputError(displayPath, 'not_regular', `is a ${fileKind(info)}, not a regular file; skipped`);
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (info.size > maxBytes) {
    throw new InputError(
      displayPath,
      'too_large',
      `is ${formatMiB(info.size)}, larger than the ${formatMiB(maxBytes)} limit (raise it with --max-file-size)`,
    );
  }
}

/**
 * Decodes bytes read from a file or stdin; throws `InputError` for what is not UTF-8 article text:
 * `utf16` (a UTF-16 byte-order mark), `gzip`, `binary` (a NUL byte), `invalid_utf8`, `json`
 * (the whole file is one JSON document), `too_large` (beyond what one string can hold).
 */
export function decodeArticle(bytes: Uint8Array, displayPath: string): string {
  // Checked before the NUL sniff: UTF-16 text is full of NUL bytes but deserves its own message.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
    throw new InputError(displayPath, 'utf16', `is UTF-16 text (${order} byte-order mark), not UTF-8; convert it to UTF-8 first`);
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new InputError(displayPath, 'gzip', 'is gzip-compressed (or a truncated gzip file); decompress it first');
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) {
    throw new InputError(displayPath, 'binary', 'looks like a binary file (NUL byte), not text');
  }
  let text: string;
  try {
    // fatal: a lossy decode would silently put U+FFFD into the "clean" corpus.
    text = STRICT_UTF8.decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(displayPath, 'too_large', 'is too large to hold as one string');
    throw new InputError(displayPath, 'invalid_utf8', 'is not valid UTF-8 text');
  }
  if (isJsonDocument(text)) {
    throw new InputError(displayPath, 'json', 'is one JSON document, not article text; extract the article text first');
  }
  return text;
}

/** Whether the whole text parses as one JSON array or object (an export, not an article). */
function isJsonDocument(text: string): boolean {
  if (!JSON_LIKE_RE.test(text)) return false;
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

/** The `InputError` for a failed open or read of `absolutePath`, naming `displayPath`. */
export function readError(error: unknown, absolutePath: string, displayPath: string): InputError {
  const code = errnoCode(error);
  switch (code) {
    case 'ENOENT':
      return isSymlink(absolutePath)
        ? new InputError(displayPath, 'broken_symlink', 'is a broken symbolic link (its target does not exist)')
        : new InputError(displayPath, 'not_found', 'no such file');
    case 'ENOTDIR':
      return new InputError(displayPath, 'not_found', 'no such file');
    case 'ELOOP':
      return new InputError(displayPath, 'symlink_loop', 'is a symbolic link loop');
    case 'ENXIO':
      // open(2) on a Unix socket.
      return new InputError(displayPath, 'not_regular', 'is a socket, not a regular file; skipped');
    case 'EISDIR':
      return new InputError(displayPath, 'is_directory', 'is a directory, not a file');
    case 'EACCES':
    case 'EPERM':
      return new InputError(displayPath, 'unreadable', 'permission denied');
    default:
      return new InputError(displayPath, 'unreadable', `cannot read (${code ?? describe(error)})`);
  }
}

function isSymlink(absolutePath: string): boolean {
  try {
    return lstatSync(absolutePath).isSymbolicLink();
  } catch {
    return false;
  }
}

function fileKind(info: Stats): string {
  if (info.isFIFO()) return 'FIFO (named pipe)';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice()) return 'character device';
  if (info.isBlockDevice()) return 'block device';
  return 'special file';
}

function formatMiB(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return `${mib >= 10 ? Math.round(mib) : Number(mib.toFixed(2))} MB`;
}

/** The `code` of a Node system error (`ENOENT`, ...), if it is one. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
