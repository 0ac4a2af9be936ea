/**
 * The temporary files this process has open on disk right now (an output before its rename, the
 * report's parts). The library never installs a signal handler; the CLI calls `removeTempFiles`
 * when it is interrupted, so an interrupted run leaves no `*.tmp` behind.
 */

import { unlinkSync } from 'node:fs';

const live = new Set<string>();

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
