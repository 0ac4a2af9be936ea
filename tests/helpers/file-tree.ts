/** Small trees of files on disk for the tests: write the inputs of a run, list what it wrote. */

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Relative `/`-separated names and their contents. */
export type TreeFiles = Readonly<Record<string, string | Uint8Array>>;

/** Writes each file under `root`, creating the folders its name holds. */
export function writeFiles(root: string, files: TreeFiles): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
}

/** Every file below `dir`, as sorted `/`-separated relative paths; none when `dir` does not exist. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
