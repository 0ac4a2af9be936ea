/**
 * Reads one article's bytes and decodes them as UTF-8, refusing what is not text. Nothing else is
 * stripped or normalised here: BOM, CRLF and blank lines are the cleaner's job, so that its line
 * numbers match the file as it is on disk.
 */

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** How far to look for a NUL byte: enough to catch images and archives, cheap on big files. */
const BINARY_SNIFF_BYTES = 8192;

export interface ArticleFile {
  readonly text: string;
  /** Size of the file in bytes, as read. */
  readonly bytes: number;
}

/**
 * Reads `absolutePath`; every failure is an `InputError` whose `path` is `displayPath` (the relative
 * path the user sees), so a message never leaks an absolute path into reports.
 */
export async function readArticle(absolutePath: string, displayPath: string = absolutePath): Promise<ArticleFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    throw readError(error, displayPath);
  }
  return { text: decodeArticle(bytes, displayPath), bytes: bytes.byteLength };
}

/** `readArticle` without the event loop: for the batch runner, where many small synchronous reads are fastest. */
export function readArticleSync(absolutePath: string, displayPath: string = absolutePath): ArticleFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    throw readError(error, displayPath);
  }
  return { text: decodeArticle(bytes, displayPath), bytes: bytes.byteLength };
}

/** Decodes bytes read from a file or stdin; throws `InputError` (`binary`, `invalid_utf8`). */
export function decodeArticle(bytes: Uint8Array, displayPath: string): string {
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) {
    throw new InputError(displayPath, 'binary', 'looks like a binary file (NUL byte), not text');
  }
  try {
    // fatal: a lossy decode would silently put U+FFFD into the "clean" corpus.
    return STRICT_UTF8.decode(bytes);
  } catch {
    throw new InputError(displayPath, 'invalid_utf8', 'is not valid UTF-8 text');
  }
}

function readError(error: unknown, displayPath: string): InputError {
  const code = errnoCode(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError(displayPath, 'not_found', 'no such file');
    case 'EISDIR':
      return new InputError(displayPath, 'is_directory', 'is a directory, not a file');
    case 'EACCES':
    case 'EPERM':
      return new InputError(displayPath, 'unreadable', 'permission denied');
    default:
      return new InputError(displayPath, 'unreadable', `cannot read (${code ?? describe(error)})`);
  }
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
