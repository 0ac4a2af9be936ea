import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCorpusDeduper } from '../../src/corpus/corpus-deduper.js';
import { resolveCorpusDedupOptions } from '../../src/corpus/options.js';
import { articleSignature, distinctShingles, words32 } from '../../src/corpus/signature.js';
import { estimateJaccard, toSketch } from '../../src/corpus/sketch.js';
import { openSqliteStore } from '../../src/corpus/sqlite-store.js';
import { ConfigError } from '../../src/errors.js';
import { goldParagraphs, text } from './articles.js';

const options = resolveCorpusDedupOptions();
const ARTICLE = text(goldParagraphs('001'));

describe('corpus → signature', () => {
  it('is reproducible: the same text gives the same signature, under separately resolved options', () => {
    const a = articleSignature(ARTICLE, options);
    const b = articleSignature(`${ARTICLE}`, resolveCorpusDedupOptions({}));
    expect(b.exactKey).toBe(a.exactKey);
    expect(Array.from(b.minhash)).toEqual(Array.from(a.minhash));
    expect(b.shingles).toBe(a.shingles);
  });

  it('pins the values, so a changed hash cannot silently orphan persistent indexes', () => {
    const signature = articleSignature('Harga beras medium naik lagi di pasar tradisional Semarang pekan ini.', options);
    expect(signature).toMatchObject({ exactKey: '32454a700327485a', shingles: 5, length: 69 });
    expect(Array.from(signature.minhash.subarray(0, 3))).toEqual([3116020222, 2185589534, 4069855687]);
    // The last bins, filled in later rounds (5 shingles leave most bins empty after the first).
    expect(Array.from(signature.minhash.subarray(125))).toEqual([2233293052, 3088259772, 2944090289]);
  });

  it('folds case, spacing and punctuation into the exact key, and nothing else', () => {
    const key = (value: string) => articleSignature(value, options).exactKey;
    const base = key('“Kami siap bertanding,” ujar Budi di Jakarta.\nPertandingan dimulai pukul 19.00 WIB.');
    expect(key('"kami SIAP bertanding",   ujar budi di jakarta\n\nPertandingan dimulai pukul 19 00 WIB')).toBe(base);
    expect(key('“Kami siap bertanding,” ujar Budi di Bandung.\nPertandingan dimulai pukul 19.00 WIB.')).not.toBe(base);
    expect(key('“Kami siap bertanding,” ujar Budi di Jakarta.\nPertandingan dimulai pukul 19.30 WIB.')).not.toBe(base);
  });

  it('keeps letters outside ASCII as parts of words', () => {
    expect(words32('Café “Ñandú” 12,5% naïve').words).toEqual(['café', 'ñandú', '12', '5', 'naïve']);
  });

  it('makes shingles of consecutive words, sensitive to their order, without repeats', () => {
    const hashes = (value: string) => distinctShingles(words32(value).hashes, 2);
    expect(hashes('a b c d').length).toBe(3);
    expect(hashes('a b a b a b').length).toBe(2); // "a b" and "b a"
    expect(Array.from(hashes('b a'))).not.toEqual(Array.from(hashes('a b')));
    expect(hashes('a').length).toBe(1); // shorter than a shingle: one shingle of all its words
  });

  it('gives a text without words no shingles and an all-maximum signature', () => {
    const signature = articleSignature(' … — !!\n', options);
    expect(signature.shingles).toBe(0);
    expect(signature.minhash.every((value) => value === 0xffffffff)).toBe(true);
  });

  it('estimates overlap: one changed paragraph in twelve keeps most MinHash values equal', () => {
    const paragraphs = goldParagraphs('001');
    const edited = [...paragraphs];
    edited[5] = 'Paragraf ini ditulis ulang sepenuhnya oleh redaksi lain dengan kata-kata yang sama sekali berbeda.';
    const a = articleSignature(text(paragraphs), options).minhash;
    const b = articleSignature(text(edited), options).minhash;
    const equal = a.filter((value, i) => value === b[i]).length / a.length;
    expect(equal).toBeGreaterThan(0.7);
    expect(equal).toBeLessThan(1);
  });

  it('fills every bin from its own round, even for a text of one shingle', () => {
    const signature = articleSignature('Jakarta', options);
    expect(signature.shingles).toBe(1);
    // Copying another bin's value would leave a few distinct values; each further round of hashing gives a new one.
    expect(new Set(signature.minhash).size).toBe(options.permutations);
    expect(signature.minhash.includes(0xffffffff)).toBe(false);
  });

  it('estimates Jaccard without bias, whether the bins outnumber the shingles or not', () => {
    // One-word shingles over made-up words, so the true Jaccard is known exactly.
    const single = resolveCorpusDedupOptions({ shingleSize: 1 });
    const words = (family: number, from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `f${family}w${from + i}`).join(' ');
    for (const size of [6, 40, 130, 400]) {
      for (const target of [0.2, 0.5, 0.8]) {
        const overlap = Math.round((2 * size * target) / (1 + target));
        const jaccard = overlap / (2 * size - overlap);
        const errors = Array.from({ length: 20 }, (_, family) => {
          const a = articleSignature(words(family, 0, size), single);
          const b = articleSignature(words(family, size - overlap, 2 * size - overlap), single);
          return estimateJaccard(toSketch(a.minhash), toSketch(b.minhash)) - jaccard;
        });
        const bias = errors.reduce((sum, error) => sum + error, 0) / errors.length;
        const rmse = Math.sqrt(errors.reduce((sum, error) => sum + error * error, 0) / errors.length);
        // Classic MinHash's standard error at 128 values is √(J(1−J)/128) ≤ 0.044; the mean of 20 is within 0.01.
        expect({ size, target, bias: Math.abs(bias) < 0.03, rmse: rmse < 0.06 }).toEqual({ size, target, bias: true, rmse: true });
      }
    }
  });

  it('depends on the seed', () => {
    const other = articleSignature(ARTICLE, resolveCorpusDedupOptions({ seed: 7 }));
    expect(Array.from(other.minhash)).not.toEqual(Array.from(articleSignature(ARTICLE, options).minhash));
  });

  it('cannot be compared with an index of the earlier MinHash signatures: the index is refused', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bersih-signature-'));
    try {
      const file = path.join(dir, 'index.sqlite');
      const deduper = createCorpusDeduper(options, openSqliteStore(file, options));
      deduper.observe('a.txt', ARTICLE);
      deduper.close();
      openSqliteStore(file, options).close();
      // What the same settings wrote before one-permutation hashing (format 1).
      const db = new Database(file);
      const layout = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'layout'").get()?.value ?? '';
      expect(layout).toContain('"format":"bersih-dedup-index/2"');
      db.prepare("UPDATE meta SET value = ? WHERE key = 'layout'").run(layout.replace('bersih-dedup-index/2', 'bersih-dedup-index/1'));
      db.close();
      expect(() => openSqliteStore(file, options)).toThrow(ConfigError);
      expect(() => openSqliteStore(file, options)).toThrow(/bersih-dedup-index\/1.*bersih-dedup-index\/2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
