/**
 * Writes a file so that a reader (or a crash) never sees half of it: the bytes go to a temporary
 * file in the same directory, which is then renamed over the target. Same directory, because a
 * rename is only atomic within one file system.
 */

import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface AtomicWriter {
  /** Writes `data` to `target`, creating missing parent directories. */
  write(target: string, data: string | Uint8Array): Promise<void>;
}

/**
 * A writer that remembers which directories it already created, so a run over thousands of files
 * in one folder calls `mkdir` once, not once per file.
 */
export function createAtomicWriter(): AtomicWriter {
  const created = new Set<string>();
  return {
    async write(target, data) {
      const dir = dirname(target);
      if (!created.has(dir)) {
        await mkdir(dir, { recursive: true });
        created.add(dir);
      }
      await writeThenRename(target, data);
    },
  };
}

/** One-off atomic write (creates the parent directory). */
export async function writeAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await createAtomicWriter().write(target, data);
}

async function writeThenRename(target: string, data: string | Uint8Array): Promise<void> {
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    // 'wx': never clobber a file that happens to have the temporary name.
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
