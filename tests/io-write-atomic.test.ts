/** writeAtomic: parents created, target replaced whole, no temporary file left behind. */

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAtomicWriter, writeAtomic } from '../src/io/write-atomic.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bersih-write-'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeAtomic', () => {
  it('creates missing parent directories', async () => {
    await writeAtomic(path.join(root, 'a/b/c.txt'), 'isi\n');
    expect(readFileSync(path.join(root, 'a/b/c.txt'), 'utf8')).toBe('isi\n');
    expect(readdirSync(path.join(root, 'a/b'))).toEqual(['c.txt']);
  });

  it('replaces an existing file', async () => {
    writeFileSync(path.join(root, 'old.txt'), 'lama\n');
    await writeAtomic(path.join(root, 'old.txt'), 'baru\n');
    expect(readFileSync(path.join(root, 'old.txt'), 'utf8')).toBe('baru\n');
  });

  it('removes its temporary file when the rename fails', async () => {
    // A directory as the target: the temporary file is written, the rename over it fails.
    mkdirSync(path.join(root, 'taken/target.txt'), { recursive: true });
    expect(() => writeAtomic(path.join(root, 'taken/target.txt'), 'x')).toThrow();
    expect(readdirSync(path.join(root, 'taken'))).toEqual(['target.txt']);
  });

  it('a writer writes many files into one tree', async () => {
    const writer = createAtomicWriter();
    for (const name of ['t/1.txt', 't/2.txt', 't/sub/3.txt']) await writer.write(path.join(root, name), name);
    expect(readFileSync(path.join(root, 't/sub/3.txt'), 'utf8')).toBe('t/sub/3.txt');
    expect(readdirSync(path.join(root, 't')).sort()).toEqual(['1.txt', '2.txt', 'sub']);
  });
});
