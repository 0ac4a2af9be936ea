/**
 * Writes the JSON report while the run goes: file entries are appended to a temporary file as they
 * come, and `finish` puts the head (options, totals, counts) in front and renames the whole into
 * place. Memory stays bounded however many files the run has; the bytes equal `serializeReport`.
 */

import { closeSync, mkdirSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { temporaryPath, trackTempFile, untrackTempFile } from './temp-files.js';
import { reportPieces, type ReportFile, type ReportHead } from '../report/build-report.js';

export interface ReportFileWriter {
  add(entry: ReportFile): void;
  /** Writes the final report at its target; the temporary files are gone afterwards. */
  finish(head: ReportHead): void;
  /** Removes the temporary files (after a failed run). */
  discard(): void;
}

export function createReportFile(target: string): ReportFileWriter {
  mkdirSync(dirname(target), { recursive: true });
  const entriesPath = temporaryPath(target, 'entries.tmp');
  const finalPath = temporaryPath(target);
  trackTempFile(entriesPath);
  trackTempFile(finalPath);
  const entries = openSync(entriesPath, 'wx+');
  let count = 0;
  let open = true;
  const cleanUp = (): void => {
    if (open) closeSync(entries);
    open = false;
    for (const file of [entriesPath, finalPath]) {
      try {
        unlinkSync(file);
      } catch {
        // Already renamed into place, or never created.
      }
      untrackTempFile(file);
    }
  };
  return {
    add(entry) {
      writeSync(entries, reportPieces.entry(entry, count === 0));
      count += 1;
    },
    finish(head) {
      try {
        const out = openSync(finalPath, 'wx');
        try {
          writeSync(out, reportPieces.opening(head, count > 0));
          if (count > 0) {
            copyInto(entries, out);
            writeSync(out, reportPieces.closing);
          }
        } finally {
          closeSync(out);
        }
        renameSync(finalPath, target);
      } finally {
        cleanUp();
      }
    },
    discard: cleanUp,
  };
}

/** Copies a file descriptor's whole content into another, in chunks. */
function copyInto(from: number, to: number): void {
  const chunk = Buffer.allocUnsafe(1 << 20);
  let position = 0;
  for (;;) {
    const read = readSync(from, chunk, 0, chunk.length, position);
    if (read === 0) return;
    writeSync(to, chunk, 0, read);
    position += read;
  }
}
