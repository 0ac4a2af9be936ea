import { describe, expect, it } from 'vitest';
import { resolveCorpusDedupOptions } from '../../src/corpus/options.js';
import { articleSignature, distinctShingles, words32 } from '../../src/corpus/signature.js';
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
    expect(Array.from(signature.minhash.subarray(0, 3))).toEqual([681173783, 1092997760, 14035808]);
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

  it('depends on the seed', () => {
    const other = articleSignature(ARTICLE, resolveCorpusDedupOptions({ seed: 7 }));
    expect(Array.from(other.minhash)).not.toEqual(Array.from(articleSignature(ARTICLE, options).minhash));
  });
});
