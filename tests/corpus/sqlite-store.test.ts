import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createCorpusDeduper, type Decision } from '../../src/corpus/corpus-deduper.js';
import { createMemoryStore } from '../../src/corpus/memory-store.js';
import { resolveCorpusDedupOptions } from '../../src/corpus/options.js';
import { openSqliteStore } from '../../src/corpus/sqlite-store.js';
import { ConfigError } from '../../src/errors.js';
import { corpusArticles } from './articles.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TMP = mkdtempSync(path.join(os.tmpdir(), 'bersih-index-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const options = resolveCorpusDedupOptions();
const ARTICLES = corpusArticles();
let files = 0;
const newFile = () => path.join(TMP, `${files++}.sqlite`);

/** One run of the CLI over `articles` against the index in `file`. */
function run(file: string, articles: readonly (readonly [string, string])[], batchSize = 4): Decision[] {
  const deduper = createCorpusDeduper({}, openSqliteStore(file, options, { batchSize }));
  const decisions = articles.map(([id, value]) => deduper.observe(id, value));
  deduper.close();
  return decisions;
}

/** The index's kept ids in order, and whether every row is whole and the rows are numbered without gaps. */
function inspect(file: string): { ids: string[]; consistent: boolean } {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare<[], { ref: number; id: string; sketch: Buffer; bands: Buffer }>('SELECT ref, id, sketch, bands FROM articles ORDER BY ref')
    .all();
  db.close();
  const consistent = rows.every(
    (row, i) => row.ref === i && row.sketch.length === options.permutations * 2 && row.bands.length === options.bands * 4,
  );
  return { ids: rows.map((row) => row.id), consistent };
}

describe('corpus → SQLite index (--index FILE)', () => {
  it('decides exactly like the in-memory store within one run', () => {
    const decisions = run(newFile(), ARTICLES);
    const memory = createCorpusDeduper({}, createMemoryStore(options));
    expect(decisions).toEqual(ARTICLES.map(([id, value]) => memory.observe(id, value)));
    expect(decisions.slice(0, 15).every((decision) => decision.kind === 'unique')).toBe(true);
    decisions.slice(15).forEach((decision, i) => {
      expect(decision).toMatchObject({ kind: 'duplicate', of: ARTICLES[i]?.[0], method: i % 2 === 0 ? 'exact' : 'near', earlierRun: false });
    });
  });

  it('persists across runs: the next batch is checked against articles kept before', () => {
    const file = newFile();
    expect(run(file, ARTICLES.slice(0, 15)).every((decision) => decision.kind === 'unique')).toBe(true);
    const second = run(file, ARTICLES.slice(15));
    second.forEach((decision, i) => {
      expect(decision).toMatchObject({ kind: 'duplicate', of: ARTICLES[i]?.[0], earlierRun: true });
    });
    expect(inspect(file).ids).toEqual(ARTICLES.slice(0, 15).map(([id]) => id));
  });

  it('reports an article already in the index as a duplicate of the earlier run’s copy', () => {
    const file = newFile();
    run(file, ARTICLES.slice(0, 3));
    expect(run(file, ARTICLES.slice(0, 3))).toEqual(
      ARTICLES.slice(0, 3).map(([id]) => ({ kind: 'duplicate', of: id, method: 'exact', similarity: 1, earlierRun: true })),
    );
  });

  it('refuses an index built with other signature settings', () => {
    const file = newFile();
    run(file, ARTICLES.slice(0, 1));
    expect(() => openSqliteStore(file, resolveCorpusDedupOptions({ shingleSize: 5 }))).toThrow(ConfigError);
    // Threshold and the other verification limits do not change what is stored: accepted.
    openSqliteStore(file, resolveCorpusDedupOptions({ threshold: 0.8 })).close();
  });

  it('refuses an index with a missing article rather than deciding against part of it', () => {
    const file = newFile();
    run(file, ARTICLES.slice(0, 3));
    const db = new Database(file);
    db.prepare('DELETE FROM articles WHERE ref = 1').run();
    db.close();
    expect(() => openSqliteStore(file, options)).toThrow(/damaged/);
  });

  it('survives a run killed with a batch open, and the rerun gives the uninterrupted result', () => {
    const file = newFile();
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'tests/corpus/kill-mid-batch.ts', file, '4', '20'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    // 15 kept among the first 20, committed in batches of 4: 12 made it, the open batch of 3 did not.
    const afterKill = inspect(file);
    expect(afterKill).toEqual({ ids: ARTICLES.slice(0, 12).map(([id]) => id), consistent: true });

    const rerun = run(file, ARTICLES);
    const uninterrupted = newFile();
    run(uninterrupted, ARTICLES);
    expect(inspect(file)).toEqual(inspect(uninterrupted));
    rerun.forEach((decision, i) => {
      const original = i % 15;
      if (i < 12) expect(decision).toMatchObject({ kind: 'duplicate', of: ARTICLES[i]?.[0], earlierRun: true });
      else if (i < 15) expect(decision).toEqual({ kind: 'unique' });
      else expect(decision).toMatchObject({ kind: 'duplicate', of: ARTICLES[original]?.[0], earlierRun: original < 12 });
    });
  });
});
