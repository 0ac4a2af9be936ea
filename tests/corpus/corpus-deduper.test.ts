import { describe, expect, it } from 'vitest';
import { bestCandidate, createCorpusDeduper, type Decision } from '../../src/corpus/corpus-deduper.js';
import type { Candidate } from '../../src/corpus/dedup-store.js';
import { createMemoryStore } from '../../src/corpus/memory-store.js';
import { resolveCorpusDedupOptions } from '../../src/corpus/options.js';
import { articleSignature } from '../../src/corpus/signature.js';
import { ConfigError } from '../../src/errors.js';
import { goldParagraphs, text, withDateline, withLine, withTypo } from './articles.js';

const options = resolveCorpusDedupOptions();
const newDeduper = () => createCorpusDeduper({}, createMemoryStore(options));

/** Decisions for (id, text) pairs observed in the given order. */
function decide(articles: readonly (readonly [string, string])[]): Record<string, Decision> {
  const deduper = newDeduper();
  return Object.fromEntries(articles.map(([id, value]) => [id, deduper.observe(id, value)]));
}

const ORIGINAL = goldParagraphs('001'); // Kompas, 12 paragraphs, 260 words
const OTHER = goldParagraphs('006'); // another story entirely

/** The copies other sites make of ORIGINAL, one kind of edit each, and all of them at once. */
const COPIES: Record<string, string[]> = {
  'other dateline and footer': [
    ...withDateline(ORIGINAL, 'Bogor (ANTARA) - '),
    'Artikel ini telah tayang di Tribunnews.com dengan judul Kriminolog: Gangster Remaja Bentuk Perilaku Kolektif',
  ],
  'baca juga lines': withLine(withLine(ORIGINAL, 4, 'Baca juga: Polisi Gerebek Basecamp Gangster di Bogor'), 9, 'Baca juga: Tawuran Pelajar di Depok'),
  'last paragraphs cut': ORIGINAL.slice(0, 9),
  'a paragraph added': withLine(ORIGINAL, 10, 'Kapolresta Bogor Kota mengatakan, kedelapan remaja itu kini menjalani pemeriksaan dan orang tua mereka telah dipanggil.'),
  'lead rewritten': [
    'Kemunculan kelompok remaja mirip gangster di Mulyaharja, Bogor Selatan, disebut kriminolog UI Adrianus Meliala sebagai perilaku kolektif menyimpang.',
    ...ORIGINAL.slice(1),
  ],
  typos: withTypo(withTypo(withTypo(ORIGINAL, 2, 3), 6, 1), 9, 7),
  'all at once': withTypo(withLine(withDateline(ORIGINAL.slice(0, 10), 'Liputan6.com, Bogor - '), 5, 'Baca juga: Tawuran Pelajar di Depok'), 3, 2),
};

describe('corpus → createCorpusDeduper', () => {
  it('keeps the first article and reports an exact copy with other case, spacing and punctuation', () => {
    const copy = text(ORIGINAL).toUpperCase().replace(/[,.“”]/g, ' ').replace(/ /g, '  ');
    const decisions = decide([['a.txt', text(ORIGINAL)], ['b.txt', copy]]);
    expect(decisions['a.txt']).toEqual({ kind: 'unique' });
    expect(decisions['b.txt']).toEqual({ kind: 'duplicate', of: 'a.txt', method: 'exact', similarity: 1, earlierRun: false });
  });

  for (const [edit, paragraphs] of Object.entries(COPIES)) {
    it(`finds a near copy: ${edit}`, () => {
      const decision = decide([['a.txt', text(ORIGINAL)], ['b.txt', text(paragraphs)]])['b.txt'];
      expect(decision).toMatchObject({ kind: 'duplicate', of: 'a.txt', method: 'near' });
      expect(decision?.kind === 'duplicate' && decision.similarity).toBeGreaterThanOrEqual(options.threshold);
    });
  }

  it('reports a cluster of three against the first, whichever copy comes first', () => {
    const decisions = decide([
      ['1.txt', text(COPIES['lead rewritten'] ?? [])],
      ['2.txt', text(OTHER)],
      ['3.txt', text(ORIGINAL)],
      ['4.txt', text(COPIES['other dateline and footer'] ?? [])],
    ]);
    expect(decisions['1.txt']?.kind).toBe('unique');
    expect(decisions['2.txt']?.kind).toBe('unique');
    expect(decisions['3.txt']).toMatchObject({ kind: 'duplicate', of: '1.txt', method: 'near' });
    expect(decisions['4.txt']).toMatchObject({ kind: 'duplicate', of: '1.txt', method: 'near' });
  });

  it('keeps different stories apart, even from the same outlet', () => {
    const decisions = decide(['001', '002', '003', '006', '009', '013'].map((name) => [name, text(goldParagraphs(name))]));
    expect(Object.values(decisions).every((decision) => decision.kind === 'unique')).toBe(true);
  });

  it('keeps template stories apart: the same daily report with other numbers and names', () => {
    const report = (day: string, values: readonly string[]) =>
      text(
        [
          `Jakarta (ANTARA) - Kasus positif Covid-19 di Indonesia bertambah ${values[0]} orang pada ${day}. Dengan penambahan tersebut, total kasus Covid-19 di Tanah Air kini mencapai ${values[1]} orang sejak kasus pertama diumumkan pada Maret 2020.`,
          `Data tersebut disampaikan Satuan Tugas Penanganan Covid-19 melalui laman resminya pada ${day.split(' ')[0]} sore.`,
          `Sementara itu, jumlah pasien yang dinyatakan sembuh bertambah ${values[2]} orang sehingga totalnya menjadi ${values[3]} orang.`,
          `Adapun kasus kematian bertambah ${values[4]} orang, sehingga total pasien Covid-19 yang meninggal dunia mencapai ${values[5]} orang.`,
          `Provinsi dengan penambahan kasus tertinggi adalah ${values[6]} dengan ${values[7]} kasus, disusul ${values[8]} dengan ${values[9]} kasus.`,
          `Pemerintah juga mencatat ${values[10]} spesimen diperiksa dalam 24 jam terakhir, dengan jumlah suspek sebanyak ${values[11]} orang.`,
          `Juru bicara Satgas, ${values[12]}, kembali mengimbau masyarakat untuk tetap menerapkan protokol kesehatan, yakni memakai masker, mencuci tangan dengan sabun, dan menjaga jarak.`,
        ],
      );
    const monday = report('Senin (12/7/2021)', ['40.427', '2.567.630', '34.754', '2.119.478', '891', '67.355', 'Jawa Tengah', '7.246', 'Jawa Timur', '6.612', '176.410', '331.542', 'Wiku Adisasmito']);
    const tuesday = report('Selasa (13/7/2021)', ['47.899', '2.615.529', '32.806', '2.152.284', '1.007', '68.219', 'Jawa Barat', '9.142', 'DKI Jakarta', '8.118', '194.412', '296.773', 'Siti Nadia Tarmizi']);
    const decisions = decide([['monday.txt', monday], ['tuesday.txt', tuesday], ['monday-copy.txt', monday.replace('Jakarta (ANTARA)', 'JAKARTA, KOMPAS.com')]]);
    expect(decisions['tuesday.txt']?.kind).toBe('unique');
    expect(decisions['monday-copy.txt']).toMatchObject({ kind: 'duplicate', of: 'monday.txt' });
  });

  it('keeps an article that quotes one paragraph of another', () => {
    const quoting = text([
      'BOGOR, KOMPAS.com - Orang tua di Bogor Selatan diminta lebih memperhatikan kegiatan anak-anak mereka pada malam hari.',
      'Ketua RW setempat mengatakan warga akan kembali menggelar ronda malam mulai pekan depan untuk mencegah tawuran.',
      ORIGINAL[7] ?? '',
      'Pemerintah kota juga berencana menambah lampu penerangan jalan di gang-gang yang selama ini gelap.',
    ]);
    expect(decide([['long.txt', text(ORIGINAL)], ['quoting.txt', quoting]])['quoting.txt']?.kind).toBe('unique');
  });

  it('keeps articles without words out of the index: they are neither kept copies nor duplicates', () => {
    const deduper = newDeduper();
    expect(deduper.observe('a.txt', '—\n')).toEqual({ kind: 'unique' });
    expect(deduper.observe('b.txt', '—\n')).toEqual({ kind: 'unique' });
    expect(deduper.close()).toMatchObject({ observed: 2, empty: 2, unique: 0, indexedArticles: 0 });
  });

  it('decides the same with signatures computed elsewhere (a worker) as with its own', () => {
    const articles = Object.entries(COPIES).map(([edit, paragraphs]) => [`${edit}.txt`, text(paragraphs)] as const);
    const own = newDeduper();
    const given = newDeduper();
    for (const [id, value] of [['original.txt', text(ORIGINAL)] as const, ...articles]) {
      expect(given.observe(id, value, articleSignature(value, resolveCorpusDedupOptions()))).toEqual(own.observe(id, value));
    }
    expect(given.close()).toEqual(own.close());
  });

  it('counts what it decided', () => {
    const deduper = newDeduper();
    deduper.observe('a.txt', text(ORIGINAL));
    deduper.observe('b.txt', text(ORIGINAL));
    deduper.observe('c.txt', text(COPIES.typos ?? []));
    deduper.observe('d.txt', text(OTHER));
    const stats = deduper.close();
    expect(stats).toMatchObject({ observed: 4, unique: 2, empty: 0, exactDuplicates: 1, nearDuplicates: 1, indexedArticles: 2 });
    expect(stats.candidatesVerified).toBeGreaterThanOrEqual(1);
    expect(stats.indexMemoryBytes).toBeGreaterThan(0);
    expect(stats.indexDiskBytes).toBe(0);
  });

  it('refuses a store built for another signature shape', () => {
    expect(() => createCorpusDeduper({ bands: 16, rows: 8 }, createMemoryStore(options))).toThrow(ConfigError);
  });
});

describe('corpus → bestCandidate', () => {
  const sketch = new Uint16Array(128).fill(7);
  const stored = (ref: number, values: Uint16Array, shingles = 100): Candidate => ({ ref, shingles, sketch: values });
  const half = sketch.map((value, i) => (i % 2 === 0 ? value : 9));
  const limits = { threshold: 0.5, minJaccard: 0.2, minShingles: 20 };

  it('takes the most similar candidate, and the first kept of equally similar ones', () => {
    const result = bestCandidate([stored(1, half), stored(2, sketch), stored(3, sketch)], { sketch, shingles: 100 }, limits);
    expect(result.candidate?.ref).toBe(2);
    expect(result.similarity).toBe(1);
    expect(result.verified).toBe(3);
  });

  it('rejects candidates below the threshold, the Jaccard floor, or the minimum size', () => {
    const quarter = sketch.map((value, i) => (i % 4 === 0 ? value : 9));
    expect(bestCandidate([stored(1, half)], { sketch, shingles: 100 }, { ...limits, threshold: 0.7 }).candidate).toBeUndefined();
    // A 20-shingle article inside a 400-shingle one: containment 1 at Jaccard 0.25, so only the floor decides.
    expect(bestCandidate([stored(1, quarter, 20)], { sketch, shingles: 400 }, limits).candidate?.ref).toBe(1);
    expect(bestCandidate([stored(1, quarter, 20)], { sketch, shingles: 400 }, { ...limits, minJaccard: 0.3 }).candidate).toBeUndefined();
    expect(bestCandidate([stored(1, sketch, 19)], { sketch, shingles: 100 }, limits)).toMatchObject({ candidate: undefined, verified: 0 });
  });
});
