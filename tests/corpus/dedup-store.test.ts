import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DedupStore, NewArticle } from '../../src/corpus/dedup-store.js';
import { createMemoryStore } from '../../src/corpus/memory-store.js';
import { resolveCorpusDedupOptions } from '../../src/corpus/options.js';
import { openSqliteStore } from '../../src/corpus/sqlite-store.js';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'bersih-store-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** A small layout keeps the thousands of articles of the growth test cheap. */
const options = resolveCorpusDedupOptions({ permutations: 8, bands: 4, rows: 2 });
let files = 0;

const STORES: [string, () => DedupStore][] = [
  ['memory', () => createMemoryStore(options)],
  ['sqlite', () => openSqliteStore(path.join(TMP, `${files++}.sqlite`), options, { batchSize: 3 })],
];

/** Article n: band keys n·10 + band, except where `shared` says which band takes which key. */
function article(n: number, shared: Record<number, number> = {}): NewArticle {
  return {
    id: `dir/${n}.txt`,
    exactKey: (0x1000_0000_0000 + n).toString(16).padStart(16, '0'),
    bandKeys: Uint32Array.from({ length: options.bands }, (_, band) => shared[band] ?? n * 10 + band),
    sketch: Uint16Array.from({ length: options.permutations }, (_, i) => n + i),
    shingles: 100 + n,
  };
}

describe.each(STORES)('corpus → %s store', (_name, open) => {
  const ids = (store: DedupStore, refs: readonly { ref: number }[]) => refs.map(({ ref }) => store.describe(ref).id);

  it('returns what was added, found by exact key', () => {
    const store = open();
    store.add(article(1));
    store.add(article(2));
    const ref = store.findExact(article(2).exactKey) ?? -1;
    expect(store.describe(ref)).toEqual({ id: 'dir/2.txt', earlierRun: false });
    const [candidate] = store.findCandidates(article(2).bandKeys);
    expect(candidate).toMatchObject({ ref, shingles: 102 });
    expect(Array.from(candidate?.sketch ?? [])).toEqual(Array.from(article(2).sketch));
    expect(store.findExact('00000000deadbeef')).toBeUndefined();
    expect(store.size).toBe(2);
    store.close();
  });

  it('finds candidates sharing a key in the same band, each once, in the order added', () => {
    const store = open();
    store.add(article(3, { 1: 777 }));
    store.add(article(1, { 1: 777, 2: 888 }));
    store.add(article(2, { 3: 777 })); // the same key in another band is no match
    store.add(article(4));
    expect(ids(store, store.findCandidates(Uint32Array.from([5, 777, 888, 6])))).toEqual(['dir/3.txt', 'dir/1.txt']);
    expect(store.findCandidates(Uint32Array.from([1, 2, 3, 4]))).toEqual([]);
    store.close();
  });

  it('keeps working as it grows past its first chunks and slot tables', () => {
    const store = open();
    for (let n = 0; n < 5000; n += 1) store.add(article(n, n % 1000 === 0 ? { 0: 4242 } : {}));
    expect(store.describe(store.findExact(article(4321).exactKey) ?? -1).id).toBe('dir/4321.txt');
    expect(ids(store, store.findCandidates(article(4999).bandKeys))).toEqual(['dir/4999.txt']);
    expect(ids(store, store.findCandidates(Uint32Array.from([4242, 0, 0, 0])))).toEqual(
      ['dir/0.txt', 'dir/1000.txt', 'dir/2000.txt', 'dir/3000.txt', 'dir/4000.txt'],
    );
    expect(store.size).toBe(5000);
    expect(store.bytes().memory).toBeGreaterThan(5000 * (options.bands * 8 + options.permutations * 2));
    store.close();
  });

  it('refuses an article of another shape, writing nothing', () => {
    const store = open();
    expect(() => store.add({ ...article(1), bandKeys: new Uint32Array(3) })).toThrow(RangeError);
    expect(store.size).toBe(0);
    store.close();
  });
});
