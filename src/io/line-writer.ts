/**
 * Writes a stream of lines (JSONL records, an audit) to a file or to stdout, gzip-compressed when
 * asked. A file is written under a temporary name and renamed into place by `close`, so a reader
 * (or a crash, or Ctrl-C) never sees half of it. Lines are gathered into chunks of a fixed size
 * before they are handed on: the chunks depend only on the lines, so the compressed bytes are the
 * same for every run and every `--jobs`.
 */

import { createWriteStream, mkdirSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { Writable } from 'node:stream';
import { constants, createGzip } from 'node:zlib';
import { OutputError } from '../errors.js';
import { errnoCode } from './read-article.js';
import { temporaryPath, trackTempFile, untrackTempFile } from './temp-files.js';

export interface LineWriter {
  /** Adds one line (without its line break). */
  line(text: string): void;
  /** Resolves once the bytes handed on so far are below the high-water mark (backpressure). */
  drain(): Promise<void>;
  /** Writes what is left, ends the stream and (for a file) renames it into place. */
  close(): Promise<void>;
  /** Stops and removes the temporary file (after a failed run). */
  discard(): void;
}

/** The part of stdout this needs. */
export interface ByteStream {
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
}

/**
 * gzip level for outputs: level 1 is about three times faster than the default 6 for 2 % more bytes
 * (DEPS.md §5); zlib runs on libuv's threads, beside the cleaning.
 */
export const GZIP_LEVEL = 1;
/** Lines are handed on in chunks of about this many characters. */
const CHUNK_CHARS = 256 * 1024;
const HIGH_WATER_MARK = 1 << 20;

/** A file written as `<target>.<tag>.tmp` (temp-files.ts) and renamed to `target` on `close`. */
export function fileLineWriter(target: string, gzip: boolean): LineWriter {
  const temp = temporaryPath(target);
  trackTempFile(temp);
  let fd: number;
  try {
    mkdirSync(dirname(target), { recursive: true });
    // Opened here, not by the stream: the file exists (and `discard` can remove it) from now on.
    fd = openSync(temp, 'wx');
  } catch (error) {
    untrackTempFile(temp);
    throw outputError(target, error instanceof Error ? error : new Error(String(error)));
  }
  const file = createWriteStream(temp, { fd, highWaterMark: HIGH_WATER_MARK });
  let closed = false;
  const remove = (): void => {
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    untrackTempFile(temp);
  };
  return streamLineWriter(file, gzip, {
    target,
    finish: () => {
      renameSync(temp, target);
      untrackTempFile(temp);
      closed = true;
    },
    discard: () => {
      if (closed) return;
      closed = true;
      file.destroy();
      remove();
    },
  });
}

/** Lines written to a stream the caller owns (stdout); `close` ends the compression, not the stream. */
export function streamWriter(stream: ByteStream, gzip: boolean): LineWriter {
  const sink = new Writable({
    highWaterMark: HIGH_WATER_MARK,
    write(chunk: Buffer, _encoding, callback) {
      stream.write(chunk, (error) => callback(error ?? null));
    },
  });
  return streamLineWriter(sink, gzip, { target: '-', finish: () => {}, discard: () => sink.destroy() });
}

interface Ending {
  /** For messages. */
  readonly target: string;
  /** After every byte reached the destination. */
  readonly finish: () => void;
  readonly discard: () => void;
}

function streamLineWriter(destination: Writable, gzip: boolean, ending: Ending): LineWriter {
  let failure: Error | undefined;
  const onError = (error: Error): void => {
    failure ??= error;
  };
  destination.on('error', onError);
  let head: Writable = destination;
  if (gzip) {
    const gzipStream = createGzip({ level: GZIP_LEVEL, chunkSize: 1 << 16, flush: constants.Z_NO_FLUSH });
    gzipStream.on('error', onError);
    gzipStream.pipe(destination);
    head = gzipStream;
  }
  let parts: string[] = [];
  let size = 0;
  const check = (): void => {
    if (failure !== undefined) throw outputError(ending.target, failure);
  };
  const flush = (): void => {
    if (parts.length === 0) return;
    head.write(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    line(text) {
      check();
      parts.push(text, '\n');
      size += text.length + 1;
      if (size >= CHUNK_CHARS) flush();
    },
    async drain() {
      check();
      if (!head.writableNeedDrain) return;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          head.off('drain', done);
          head.off('error', done);
          destination.off('error', done);
          resolve();
        };
        head.on('drain', done);
        head.on('error', done);
        destination.on('error', done);
      });
      check();
    },
    async close() {
      check();
      flush();
      await new Promise<void>((resolve) => {
        const done = (): void => resolve();
        destination.once('finish', done);
        destination.once('error', done);
        head.end();
      });
      // A file stream releases its descriptor after 'finish'; wait for that before renaming.
      await closedOf(destination);
      check();
      ending.finish();
    },
    discard() {
      ending.discard();
    },
  };
}

/** Resolves once a file stream has closed its descriptor (immediately for other streams). */
function closedOf(stream: Writable): Promise<void> {
  if (!('fd' in stream) || stream.closed) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('close', () => resolve());
  });
}

/** Disk full and read-only stop the run, as for text outputs; anything else names the file. */
function outputError(target: string, error: Error): Error {
  const code = errnoCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new OutputError(target, 'disk_full', `cannot write output: no space left on the device (${code}); stopping`);
  if (code === 'EROFS') return new OutputError(target, 'read_only', `cannot write output: the output file system is read-only (${code}); stopping`);
  return new OutputError(target, 'write_failed', `cannot write output (${code ?? error.message}); stopping`);
}
