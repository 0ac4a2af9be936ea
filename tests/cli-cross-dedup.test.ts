/** Cross-article dedup through the CLI: copies found, reported and kept aside, the index across runs. */

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/build-report.js';
import { run } from './helpers/run-cli.js';
import { writeFiles } from './helpers/file-tree.js';

const GOLD = path.resolve(import.meta.dirname, '../fixtures/holdout/gold');
const [STORY = '', OTHER = ''] = ['107.txt', '113.txt'].map((file) => readFileSync(path.join(GOLD, file), 'utf8'));
/** The same story as re-posted elsewhere: another dateline line on top, a "Baca juga" and a footer. */
const COPY = `JAKARTA, Harian Kita - ${STORY.replace(/^[^-–—]*[-–—]+\s*/, '')}Baca juga: Berita Lain Hari Ini\nArtikel ini telah tayang di Harian Kita.\n`;

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Readonly<Record<string, string>>): string {
  root = mkdtempSync(path.join(tmpdir(), 'bersih-cross-'));
  writeFiles(root, files);
  return root;
}

const report = (cwd: string, file = 'report.json'): Report => JSON.parse(readFileSync(path.join(cwd, file), 'utf8')) as Report;
const dedup = { crossDedup: true } as const;

describe('cross-article dedup (CLI)', () => {
  it('keeps the first copy in path order, drops the later one and reports the cluster', async () => {
    const cwd = tree({ 'in/a.txt': STORY, 'in/b.txt': COPY, 'in/c.txt': OTHER });
    const { code, stderr } = await run(cwd, ['in', '--out', 'out', '--report', 'report.json', '--no-learn'], dedup);
    expect(code).toBe(0);
    expect(readdirSync(path.join(cwd, 'out')).sort()).toEqual(['a.txt', 'c.txt']);
    const { crossDedup, totals, files } = report(cwd);
    expect(totals.duplicates).toBe(1);
    expect(crossDedup?.clusters).toEqual([{ kept: 'a.txt', duplicates: [expect.objectContaining({ id: 'b.txt' })] }]);
    expect(files.find((file) => file.id === 'b.txt')).toMatchObject({ status: 'duplicate', duplicate: { of: 'a.txt' } });
    expect(stderr).toMatch(/1 duplicates \(\d exact, \d near\)/);
  });

  it('finds an exact copy whatever its case, spacing and punctuation', async () => {
    const cwd = tree({ 'in/a.txt': STORY, 'in/b.txt': STORY.toUpperCase().replace(/,/g, ' ,') });
    await run(cwd, ['in', '--out', 'out', '--report', 'report.json', '--no-learn'], dedup);
    expect(report(cwd).crossDedup).toMatchObject({ exact: 1, near: 0 });
  });

  it('writes duplicates aside with --duplicates, and keeps them all with --no-cross-dedup', async () => {
    const cwd = tree({ 'in/a.txt': STORY, 'in/b.txt': COPY });
    await run(cwd, ['in', '--out', 'out', '--duplicates', 'dups', '--no-learn'], dedup);
    expect(readdirSync(path.join(cwd, 'dups'))).toEqual(['b.txt']);
    expect(existsSync(path.join(cwd, 'out/b.txt'))).toBe(false);
    await run(cwd, ['in', '--out', 'all', '--no-learn', '--no-cross-dedup']);
    expect(readdirSync(path.join(cwd, 'all')).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('remembers kept articles across runs with --index', async () => {
    const cwd = tree({ 'day1/a.txt': STORY, 'day2/b.txt': COPY, 'day2/c.txt': OTHER });
    await run(cwd, ['day1', '--out', 'out1', '--index', 'seen.sqlite', '--no-learn'], dedup);
    const second = await run(cwd, ['day2', '--out', 'out2', '--index', 'seen.sqlite', '--report', 'report.json', '--no-learn'], dedup);
    expect(second.code).toBe(0);
    expect(readdirSync(path.join(cwd, 'out2'))).toEqual(['c.txt']);
    expect(report(cwd).crossDedup?.clusters).toEqual([{ kept: 'a.txt', duplicates: [expect.objectContaining({ id: 'b.txt', earlierRun: true })] }]);
    // The same batch again: now both of its articles are already in the index.
    await run(cwd, ['day2', '--out', 'out3', '--index', 'seen.sqlite', '--report', 'again.json', '--no-learn'], dedup);
    expect(report(cwd, 'again.json').totals.duplicates).toBe(2);
  });

  it('gives the same outputs and report for --jobs 1 and --jobs 2', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 300; index++) files[`in/${String(index).padStart(3, '0')}.txt`] = index % 3 === 0 ? COPY : `${OTHER}Paragraf khusus artikel nomor ${index} yang berbeda.\n`;
    const cwd = tree(files);
    await run(cwd, ['in', '--out', 'one', '--jobs', '1', '--report', 'one.json', '--no-learn'], dedup);
    await run(cwd, ['in', '--out', 'two', '--jobs', '2', '--report', 'two.json', '--no-learn'], dedup);
    expect(readFileSync(path.join(cwd, 'two.json'), 'utf8')).toBe(readFileSync(path.join(cwd, 'one.json'), 'utf8'));
    expect(readdirSync(path.join(cwd, 'two')).sort()).toEqual(readdirSync(path.join(cwd, 'one')).sort());
    expect(report(cwd, 'one.json').totals.duplicates).toBeGreaterThan(90);
  });

  it('keeps the longest copy with --keep longest, the first with the default', async () => {
    const shorter = `${STORY.trimEnd().split('\n').slice(0, -1).join('\n')}\n`;
    const cwd = tree({ 'in/a.txt': shorter, 'in/b.txt': STORY, 'in/c.txt': OTHER });
    await run(cwd, ['in', '--out', 'first', '--report', 'first.json', '--no-learn'], dedup);
    await run(cwd, ['in', '--out', 'longest', '--keep', 'longest', '--report', 'longest.json', '--no-learn'], dedup);
    expect(readdirSync(path.join(cwd, 'first')).sort()).toEqual(['a.txt', 'c.txt']);
    expect(readdirSync(path.join(cwd, 'longest')).sort()).toEqual(['b.txt', 'c.txt']);
    expect(report(cwd, 'longest.json').crossDedup?.clusters).toEqual([{ kept: 'b.txt', duplicates: [expect.objectContaining({ id: 'a.txt' })] }]);
    expect((await run(cwd, ['in', '--out', 'x', '--keep', 'biggest'], dedup)).code).toBe(2);
  });

  it('refuses --index with --no-cross-dedup or --dry-run', async () => {
    const cwd = tree({ 'in/a.txt': STORY });
    expect((await run(cwd, ['in', '--out', 'out', '--no-cross-dedup', '--index', 'x.sqlite'])).code).toBe(2);
    expect((await run(cwd, ['in', '--dry-run', '--index', 'x.sqlite'], dedup)).code).toBe(2);
  });
});
