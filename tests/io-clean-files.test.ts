/** cleanFiles: the library-level batch run, without the CLI. */

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { cleanFiles, type CleanFilesParams, type FileResult, type RunResult } from '../src/io/clean-files.js';
import { writeFiles } from './helpers/file-tree.js';

const ARTICLE =
  'Pemerintah daerah membuka pendaftaran beasiswa bagi pelajar berprestasi tahun ini.\n' +
  'Pendaftaran dibuka hingga akhir bulan depan melalui situs resmi dinas pendidikan.\n';

let root: string;

function tree(files: Readonly<Record<string, string | Uint8Array>>): string {
  root = mkdtempSync(path.join(tmpdir(), 'bersih-run-'));
  writeFiles(root, files);
  return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** cleanFiles keeping the results it hands to onFile, for assertions. */
async function collect(params: CleanFilesParams): Promise<RunResult & { files: FileResult[] }> {
  const files: FileResult[] = [];
  const run = await cleanFiles({ ...params, onFile: (file) => { files.push(file); params.onFile?.(file); } });
  return { ...run, files };
}

describe('cleanFiles', () => {
  it('cleans every file into a mirrored tree and describes each one', async () => {
    const cwd = tree({ 'in/a.txt': ARTICLE, 'in/sub/b.txt': `\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}` });
    const seen: string[] = [];
    const run = await collect({ inputs: ['in'], outDir: 'out', cwd, onFile: (file) => seen.push(file.id) });

    expect(run.matched).toBe(2);
    expect(seen).toEqual(['a.txt', 'sub/b.txt']);
    const [a, b] = run.files as [FileResult, FileResult];
    expect(a).toMatchObject({
      id: 'a.txt',
      input: path.join(cwd, 'in/a.txt'),
      output: path.join(cwd, 'out/a.txt'),
      status: 'cleaned',
      linesIn: 2,
      bytesIn: Buffer.byteLength(ARTICLE),
    });
    expect(a.error).toBeUndefined();
    expect(a.linesOut).toBeGreaterThan(0);
    expect(a.bytesOut).toBe(readFileSync(path.join(cwd, 'out/a.txt')).length);
    // BOM and CRLF are the cleaner's business: both files come out the same.
    expect(readFileSync(path.join(cwd, 'out/sub/b.txt'), 'utf8')).toBe(readFileSync(path.join(cwd, 'out/a.txt'), 'utf8'));
    expect(b.status).toBe('cleaned');
    expect(run.options.dedup).toBe(true);
  });

  it('passes options to the cleaner', async () => {
    const cwd = tree({ 'a.txt': ARTICLE });
    const run = await collect({ inputs: ['a.txt'], outDir: 'out', cwd, options: { dedup: false, disabledRules: ['common/tags'] } });
    expect(run.options.dedup).toBe(false);
    expect(run.options.disabledRules).toEqual(['common/tags']);
  });

  it('turns each bad file into a result and goes on', async () => {
    const cwd = tree({ 'in/a.txt': ARTICLE, 'in/bin.txt': Uint8Array.from([1, 0, 2]), 'in/empty.txt': '' });
    const run = await collect({ inputs: ['in', 'nope/*.txt'], outDir: 'out', cwd });
    expect(run.files.map((file) => [file.id, file.status, file.error?.code])).toEqual([
      ['nope/*.txt', 'failed', 'no_match'],
      ['a.txt', 'cleaned', undefined],
      ['bin.txt', 'failed', 'binary'],
      ['empty.txt', 'empty', 'empty'],
    ]);
    expect(run.matched).toBe(3);
    expect(existsSync(path.join(cwd, 'out/bin.txt'))).toBe(false);
    expect(existsSync(path.join(cwd, 'out/empty.txt'))).toBe(false);
  });

  it('refuses, before writing, an output that would overwrite an input', async () => {
    const cwd = tree({ 'in/a.txt': ARTICLE, 'in/b.txt': ARTICLE });
    await expect(cleanFiles({ inputs: ['in'], outDir: 'in', cwd })).rejects.toThrow(ConfigError);
    await expect(cleanFiles({ inputs: ['in/b.txt', 'in/a.txt'], outDir: 'in', cwd })).rejects.toThrow(
      /would overwrite the input in\/a\.txt/,
    );
    expect(readFileSync(path.join(cwd, 'in/a.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('refuses an extra file that is an input or an output', async () => {
    const cwd = tree({ 'in/a.txt': ARTICLE });
    await expect(cleanFiles({ inputs: ['in'], outDir: 'out', cwd, alsoWrites: ['in/a.txt'] })).rejects.toThrow(ConfigError);
    await expect(cleanFiles({ inputs: ['in'], outDir: 'out', cwd, alsoWrites: ['out/a.txt'] })).rejects.toThrow(
      /also the path of a cleaned output/,
    );
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  it('refuses an output directory that is a file', async () => {
    const cwd = tree({ 'in/a.txt': ARTICLE, out: 'not a directory\n' });
    await expect(cleanFiles({ inputs: ['in'], outDir: 'out', cwd })).rejects.toThrow(/is not a directory/);
  });

  it('throws ConfigError for bad options before reading anything', async () => {
    const cwd = tree({ 'a.txt': ARTICLE });
    await expect(
      cleanFiles({ inputs: ['a.txt'], outDir: 'out', cwd, options: { nearDuplicateThreshold: 2 } }),
    ).rejects.toThrow(ConfigError);
  });

  it('returns matched 0 and writes nothing when no input matched', async () => {
    const cwd = tree({ 'x.md': 'x' });
    const run = await collect({ inputs: ['*.txt'], outDir: 'out', cwd });
    expect(run.matched).toBe(0);
    expect(run.files.map((file) => file.error?.code)).toEqual(['no_match']);
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  it('writes the same outputs in the same order with one thread or several', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 300; index++) {
      files[`in/${String(index % 7)}/${String(index).padStart(3, '0')}.txt`] = `${ARTICLE}Baca juga: Judul Lain ${index}\nParagraf nomor ${index} yang\nberlanjut di baris berikutnya.\n`;
    }
    files['in/3/bad.txt'] = '\u0000binary';
    const cwd = tree(files);
    const one = await collect({ inputs: ['in'], outDir: 'one', cwd, jobs: 1 });
    const three = await collect({ inputs: ['in'], outDir: 'three', cwd, jobs: 3 });
    const strip = (file: FileResult): unknown => ({ ...file, output: file.output?.replace(/\/(one|three)\//, '/') });
    expect(three.files.map(strip)).toEqual(one.files.map(strip));
    expect(one.files.filter((file) => file.status === 'cleaned')).toHaveLength(300);
    for (const file of one.files.filter((entry) => entry.status === 'cleaned')) {
      expect(readFileSync(path.join(cwd, 'three', file.id), 'utf8')).toBe(readFileSync(path.join(cwd, 'one', file.id), 'utf8'));
    }
  });
});
