/** The generalised batch run at the library level: JSONL through cleanFiles, the `decide` hook, the drop ratio. */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanFiles, type FileResult } from '../src/io/clean-files.js';
import { dropRatio } from '../src/io/clean-job.js';
import { tempFileCount } from '../src/io/temp-files.js';
import { writeFiles } from './helpers/file-tree.js';

const ARTICLE =
  'Pemerintah daerah membuka pendaftaran beasiswa bagi pelajar berprestasi tahun ini.\n' +
  'Pendaftaran dibuka hingga akhir bulan depan melalui situs resmi dinas pendidikan.\n';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Readonly<Record<string, string>>): string {
  root = mkdtempSync(path.join(tmpdir(), 'bersih-stream-'));
  writeFiles(root, files);
  return root;
}

describe('cleanFiles with JSONL', () => {
  it('hands every record to decide in order; a duplicate is carried into bersih, a refused one is not written', async () => {
    const records = [ARTICLE, ARTICLE, `${ARTICLE}Tambahan kalimat yang berbeda dari yang lain.\n`, ARTICLE].map((text, index) => JSON.stringify({ n: index, text }));
    const cwd = tree({ 'in/d.jsonl': `${records.join('\n')}\n` });
    const seen: string[] = [];
    const results: FileResult[] = [];
    const firstOf = new Map<string, string>();
    await cleanFiles({
      inputs: ['in'],
      outDir: 'out.jsonl',
      cwd,
      onFile: (result) => results.push(result),
      decide: (article, outcome, result) => {
        seen.push(article.id);
        const first = firstOf.get(outcome.text);
        if (first === undefined) {
          firstOf.set(outcome.text, article.id);
          return result;
        }
        // The second copy is marked, the third refused (as a keep-first dedup could).
        return article.id === 'd.jsonl:2' ? { ...result, duplicate: { of: first, method: 'exact', similarity: 1 } } : { ...result, status: 'failed', error: { code: 'duplicate', message: `repeats ${first}` } };
      },
    });
    expect(seen).toEqual(['d.jsonl:1', 'd.jsonl:2', 'd.jsonl:3', 'd.jsonl:4']);
    const written = readFileSync(path.join(cwd, 'out.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { n: number; bersih: Record<string, unknown> });
    expect(written.map((record) => record.n)).toEqual([0, 1, 2]);
    expect(written[1]?.bersih['duplicate']).toEqual({ of: 'd.jsonl:1', method: 'exact', similarity: 1 });
    expect(written[0]?.bersih).not.toHaveProperty('duplicate');
    expect(results.map((result) => [result.id, result.status, result.output === undefined ? null : path.basename(result.output)])).toEqual([
      ['d.jsonl:1', 'cleaned', 'out.jsonl'],
      ['d.jsonl:2', 'cleaned', 'out.jsonl'],
      ['d.jsonl:3', 'cleaned', 'out.jsonl'],
      ['d.jsonl:4', 'failed', null],
    ]);
    expect(tempFileCount()).toBe(0);
  });

  it('an empty JSONL file is reported as empty, and the output file is still made', async () => {
    const cwd = tree({ 'blank.jsonl': '\n\n' });
    const results: FileResult[] = [];
    await cleanFiles({ inputs: ['blank.jsonl'], outDir: 'out.jsonl', cwd, onFile: (result) => results.push(result) });
    expect(results.map((result) => [result.id, result.status, result.error?.code])).toEqual([['blank.jsonl', 'empty', 'empty']]);
    expect(readFileSync(path.join(cwd, 'out.jsonl'), 'utf8')).toBe('');
  });
});

describe('dropRatio', () => {
  it('counts lost non-space characters only', () => {
    expect(dropRatio('ab cd\n\n\n', 'ab cd\n')).toBe(0);
    expect(dropRatio('abcd efgh', 'abcd')).toBe(0.5);
    expect(dropRatio('   ', '')).toBe(0);
    expect(dropRatio('abc', 'abcd')).toBe(0);
  });
});
