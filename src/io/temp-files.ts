/**
 * The temporary files this process has open on disk right now (an output before its rename, the
 * report's parts). The library never installs a signal handler; the CLI calls `removeTempFiles`
 * when it is interrupted, so an interrupted run leaves no `*.tmp` behind.
 */

import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';

const live = new Set<string>();

/**
 * Temporary names are `<target>.<process tag><counter>.tmp`: random once per process (two runs
 * writing the same tree never pick the same name), then a counter. Six random bytes per file cost
 * more than the write itself on a tree of small files; the files are opened with `wx` anyway, so a
 * clash could only fail a write, never clobber a file.
 */
const PROCESS_TAG = randomBytes(6).toString('hex');
let counter = 0;

/** A fresh temporary name beside `target` (same directory, so the rename is atomic). */
export function temporaryPath(target: string, suffix = 'tmp'): string {
  counter += 1;
  return `${target}.${PROCESS_TAG}${counter.toString(36)}.${suffix}`;
}

/** Records a temporary file before it is created. */
export function trackTempFile(path: string): void {
  live.add(path);
}

/** Forgets a temporary file once it is renamed into place or removed. */
export function untrackTempFile(path: string): void {
  live.delete(path);
}

/** Removes every temporary file still recorded (synchronously: safe to call from a signal handler). */
export function removeTempFiles(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // Never created, or already gone.
    }
    live.delete(path);
  }
}

/** How many temporary files are recorded (for tests). */
export function tempFileCount(): number {
  return live.size;
}
