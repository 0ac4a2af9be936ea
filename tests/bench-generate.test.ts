/**
 * The benchmark corpus generator: deterministic, planting copies of earlier articles at the stated
 * share, dressing articles in every outlet's style, with scrape fragments that rejoin to the
 * expected text; and the tree scorer counting an unwritten planted copy as right.
 */

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addTypos, Reservoir } from '../scripts/lib/corpus-copies.js';
import { SITES } from '../scripts/lib/corpus-sites.js';
import { loadCorpusSources } from '../scripts/lib/corpus-sources.js';
import { linkFragments, splitDateline } from '../scripts/lib/corpus-fragments.js';
import { generateCorpus, Random, type GeneratedArticle } from '../scripts/lib/generate-corpus.js';
import { scoreTree } from '../scripts/lib/score-tree.js';

const ROOT = new URL('..', import.meta.url).pathname;
const SOURCES = loadCorpusSources(ROOT);
const CORPUS: readonly GeneratedArticle[] = [...generateCorpus(SOURCES, { articles: 2000, seed: 1 })];

function digest(articles: Iterable<GeneratedArticle>): string {
  const hash = createHash('sha256');
  for (const article of articles) hash.update(`${article.path}\0${article.text}\0${article.expected}\0`);
  return hash.digest('hex');
}

/** Word 7-shingles, as bersih's cross-article dedup folds words (src/corpus/README.md). */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + 7 <= words.length; i += 1) set.add(words.slice(i, i + 7).join(' '));
  return set;
}

function containment(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared += 1;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/** Rule 4 of fixtures/dev/GUIDELINE.md: fragments joined with a space, none before closing punctuation. */
function rejoin(lines: readonly string[]): string {
  return lines.reduce((joined, line) => (/^[,.;:!?)\]”’/%]/u.test(line) ? joined + line : `${joined} ${line}`));
}

describe('bench → corpus generator', () => {
  it('gives the same bytes for the same seed, other bytes for another seed', () => {
    const again = digest(generateCorpus(SOURCES, { articles: 2000, seed: 1 }));
    expect(again).toBe(digest(CORPUS));
    expect(digest(generateCorpus(SOURCES, { articles: 300, seed: 2 }))).not.toBe(digest(CORPUS.slice(0, 300)));
  });

  it('plants 5–8 % of the articles as copies, and none when asked for none', () => {
    const copies = CORPUS.filter((article) => article.copy !== undefined).length;
    expect(copies / CORPUS.length).toBeGreaterThanOrEqual(0.05);
    expect(copies / CORPUS.length).toBeLessThanOrEqual(0.08);
    const none = [...generateCorpus(SOURCES, { articles: 300, seed: 1, plantedShare: 0 })];
    expect(none.filter((article) => article.copy !== undefined)).toEqual([]);
  });

  it('makes each copy of an earlier original, close enough for cross-article dedup to catch', () => {
    const expected = new Map<string, string>();
    const edits = new Set<string>();
    for (const article of CORPUS) {
      const { copy } = article;
      if (copy === undefined) {
        expect(article.expected, article.path).not.toBe('');
        expected.set(article.path, article.expected);
        continue;
      }
      expect(article.expected, article.path).toBe('');
      expect(copy.of < article.path, `${article.path} copies ${copy.of}`).toBe(true);
      const original = expected.get(copy.of);
      expect(original, `${copy.of} is an original seen earlier`).toBeDefined();
      // bersih's threshold is 0.5 (estimated from MinHash); the copies are well above it.
      expect(containment(shingles(copy.clean), shingles(original ?? '')), article.path).toBeGreaterThanOrEqual(0.6);
      copy.edits.forEach((edit) => edits.add(edit));
    }
    expect([...edits].sort()).toEqual(['added', 'cut', 'dateline', 'other-site', 'rescrape', 'typos']);
    // Copies reach far back, not only to the last few articles (the reservoir samples all of them).
    const index = new Map(CORPUS.map((article, at) => [article.path, at]));
    const distances = CORPUS.flatMap((article, at) => (article.copy === undefined ? [] : [at - (index.get(article.copy.of) ?? at)]));
    expect(Math.max(...distances)).toBeGreaterThan(1000);
  });

  it('dresses articles in every outlet style', () => {
    expect(SITES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CORPUS.map((article) => article.site))).toEqual(new Set(SITES.map((site) => site.name)));
  });

  it('breaks datelines and linked words so that the guideline rejoins them to the paragraph', () => {
    const rng = new Random(5);
    const paragraph = 'Kebakaran melanda permukiman padat di kawasan Tambora, Jakarta Barat, pada dini hari dan menghanguskan puluhan rumah warga.';
    for (let n = 0; n < 200; n += 1) {
      expect(rejoin(linkFragments(rng, paragraph))).toBe(paragraph);
      expect(rejoin(splitDateline(rng, 'Jakarta, CNN Indonesia -- ', paragraph))).toBe(`Jakarta, CNN Indonesia -- ${paragraph}`);
    }
  });
});

describe('bench → planted copies', () => {
  it('keeps a bounded, uniform sample of what it was offered', () => {
    const rng = new Random(3);
    const reservoir = new Reservoir<number>(16);
    for (let n = 0; n < 10_000; n += 1) reservoir.offer(rng, n);
    expect(reservoir.size).toBe(16);
    const picks = Array.from({ length: 400 }, () => reservoir.pick(rng));
    expect(Math.max(...picks)).toBeGreaterThan(5000);
    expect(Math.min(...picks)).toBeLessThan(5000);
  });

  it('mistypes plain words only, never the first word', () => {
    const rng = new Random(9);
    const paragraph = 'Pemerintah kota menyalurkan bantuan berupa makanan siap saji kepada warga.';
    for (let n = 0; n < 50; n += 1) {
      const [typed] = addTypos(rng, [paragraph], 1);
      expect(typed?.split(' ')[0]).toBe('Pemerintah');
      expect(typed?.split(' ')).toHaveLength(paragraph.split(' ').length);
    }
  });
});

describe('bench → scoring a tree with planted copies', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bersih-score-tree-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  it('counts an unwritten copy as right, a written one as a miss, a missing original as a false duplicate', () => {
    const expected = path.join(dir, 'expected');
    const out = path.join(dir, 'out');
    write(path.join(expected, '0/0.txt'), 'Satu.\nDua.\n');
    write(path.join(out, '0/0.txt'), 'Satu.\nDua.\n');
    write(path.join(expected, '0/1.txt'), ''); // a copy, not written: caught
    write(path.join(expected, '0/2.txt'), ''); // a copy, written: missed
    write(path.join(out, '0/2.txt'), 'Satu.\nDua.\n');
    write(path.join(expected, '0/3.txt'), 'Tiga.\n'); // an original, not written: a false duplicate
    const score = scoreTree(out, expected);
    expect(score.duplicates).toEqual({ planted: 2, caught: 1, written: 1, recall: 0.5, writtenExamples: ['0/2.txt'] });
    expect(score.missing).toBe(1);
    expect(score.totals.exact).toBe(2);
    expect(score.totals.extraLines).toBe(2);
    expect(score.topExtra).toEqual([]);
    expect(score.topLost).toEqual([{ line: 'Tiga.', count: 1 }]);
  });
});
