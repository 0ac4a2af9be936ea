/**
 * Writes a file so that a reader (or a crash) never sees half of it: the bytes go to a temporary
 * file in the same directory, which is then renamed over the target. Same directory, because a
 * rename is only atomic within one file system. Synchronous: for many small files it is faster
 * than the event loop's round trips, and the batch runner's worker threads do the CPU work.
 */

import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { temporaryPath, trackTempFile, untrackTempFile } from './temp-files.js';

export interface AtomicWriter {
  /** Writes `data` to `target`, creating missing parent directories. */
  write(target: string, data: string | Uint8Array): void;
}

/**
 * A writer that remembers which directories it already created, so a run over thousands of files
 * in one folder calls `mkdir` once, not once per file.
 */
export function createAtomicWriter(): AtomicWriter {
  const created = new Set<string>();
  return {
    write(target, data) {
      const dir = dirname(target);
      if (!created.has(dir)) {
        mkdirSync(dir, { recursive: true });
        created.add(dir);
      }
      writeThenRename(target, data);
    },
  };
}

/** One-off atomic write (creates the parent directory). */
export function writeAtomic(target: string, data: string | Uint8Array): void {
  createAtomicWriter().write(target, data);
}

function writeThenRename(target: string, data: string | Uint8Array): void {
  const temp = temporaryPath(target);
  trackTempFile(temp);
  try {
    // 'wx': never clobber a file that happens to have the temporary name.
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created, or is already gone.
    }
    throw error;
  } finally {
    untrackTempFile(temp);
  }
}
