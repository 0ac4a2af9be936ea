/** findInputs: what each kind of input yields, its base, the order, and what is skipped or reported. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInputs, isStrictlyInside, staticBase } from '../src/io/find-inputs.js';
import { writeFiles } from './helpers/file-tree.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bersih-find-'));
  const files = [
    'raw/b.txt',
    'raw/a.txt',
    'raw/UPPER.TXT',
    'raw/notes.md',
    'raw/2020/x.txt',
    'raw/2020/y.txt',
    'raw/.cache/hidden.txt',
    'raw/clean/old.txt',
    'raw/report[1].txt',
    'empty-dir/readme.md',
  ];
  writeFiles(root, Object.fromEntries(files.map((file) => [file, 'x\n'])));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const rel = (files: Iterable<{ relativePath: string }>): string[] => [...files].map((file) => file.relativePath);

describe('findInputs', () => {
  it('a directory yields every *.txt below it (any case), not dot folders or other files, sorted', async () => {
    const found = await findInputs(['raw'], { cwd: root });
    expect(rel(found.files)).toEqual(['2020/x.txt', '2020/y.txt', 'UPPER.TXT', 'a.txt', 'b.txt', 'clean/old.txt', 'report[1].txt']);
    expect([...found.files][0]?.absolutePath).toBe(path.join(root, 'raw/2020/x.txt'));
    expect(found.unmatched).toEqual([]);
  });

  it('skips the output directory when the walk reaches it', async () => {
    const found = await findInputs(['raw'], { cwd: root, outDir: 'raw/clean' });
    expect(rel(found.files)).not.toContain('clean/old.txt');
    const glob = await findInputs(['raw/**/*.txt'], { cwd: root, outDir: path.join(root, 'raw/clean') });
    expect(rel(glob.files)).not.toContain('clean/old.txt');
  });

  it('keeps files when the output directory is above the base (outputs cannot land on them)', async () => {
    const found = await findInputs(['raw/2020'], { cwd: root, outDir: '.' });
    expect(rel(found.files)).toEqual(['x.txt', 'y.txt']);
  });

  it('a glob is relative to its static base', async () => {
    const found = await findInputs(['raw/*/*.txt'], { cwd: root });
    expect(rel(found.files)).toEqual(['2020/x.txt', '2020/y.txt', 'clean/old.txt']);
  });

  it('a plain file is relative to its parent, whatever its extension', async () => {
    const found = await findInputs(['raw/notes.md', 'raw/2020/x.txt'], { cwd: root });
    expect(rel(found.files)).toEqual(['notes.md', 'x.txt']);
  });

  it('an existing file name with glob characters is a file, not a pattern', async () => {
    const found = await findInputs(['raw/report[1].txt'], { cwd: root });
    expect(rel(found.files)).toEqual(['report[1].txt']);
  });

  it('each file once, even when two inputs reach it', async () => {
    const found = await findInputs(['raw/2020', 'raw/2020/x.txt', 'raw/2020/*.txt'], { cwd: root });
    expect([...found.files].map((file) => file.absolutePath)).toEqual([
      path.join(root, 'raw/2020/x.txt'),
      path.join(root, 'raw/2020/y.txt'),
    ]);
  });

  it('reports every input that matched nothing, by name and in the order given', async () => {
    const found = await findInputs(['missing.txt', 'raw/**/*.json', 'empty-dir', 'raw/a.txt'], { cwd: root });
    expect(rel(found.files)).toEqual(['a.txt']);
    expect(found.unmatched).toEqual([
      { input: 'missing.txt', code: 'not_found', message: 'no such file or directory' },
      { input: 'raw/**/*.json', code: 'no_match', message: 'no files match this pattern' },
      { input: 'empty-dir', code: 'no_txt', message: 'directory has no .txt files' },
    ]);
  });

  it('a list without one file is the same list less that file; without a file it does not hold, the list itself', async () => {
    const found = await findInputs(['raw/2020', 'raw/a.txt'], { cwd: root });
    const without = found.files.without(path.join(root, 'raw/2020/x.txt'));
    expect([...without]).toEqual([...found.files].filter((file) => file.relativePath !== 'x.txt'));
    expect(without.length).toBe(found.files.length - 1);
    expect(found.files.without(path.join(root, 'raw/b.txt'))).toBe(found.files);
  });

  it('accepts absolute inputs', async () => {
    const found = await findInputs([path.join(root, 'raw/2020')], { cwd: '/' });
    expect(rel(found.files)).toEqual(['x.txt', 'y.txt']);
  });
});

describe('staticBase', () => {
  it.each([
    ['*.txt', '.'],
    ['raw/**/*.txt', 'raw'],
    ['raw/2020/*.txt', 'raw/2020'],
    ['./raw/*/a.txt', './raw'],
    ['../raw/*.txt', '../raw'],
    ['/data/raw/**', '/data/raw'],
    ['/*.txt', '/'],
    ['raw/{a,b}/*.txt', 'raw'],
    ['{a/b,c}/*.txt', '.'],
    ['raw/x(1)/*.txt', 'raw'],
  ])('%s → %s', (pattern, base) => {
    expect(staticBase(pattern)).toBe(base);
  });
});

describe('isStrictlyInside', () => {
  it('is true only below the parent', () => {
    expect(isStrictlyInside('/a/b/c', '/a/b')).toBe(true);
    expect(isStrictlyInside('/a/b', '/a/b')).toBe(false);
    expect(isStrictlyInside('/a/bc', '/a/b')).toBe(false);
    expect(isStrictlyInside('/a', '/a/b')).toBe(false);
    expect(isStrictlyInside('/a/..b/c', '/a')).toBe(true);
  });
});
