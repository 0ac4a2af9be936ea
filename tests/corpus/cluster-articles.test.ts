import { describe, expect, it } from 'vitest';
import { clusterArticles, type ClusterItem } from '../../src/corpus/cluster-articles.js';
import { resolveCorpusDedupOptions } from '../../src/corpus/options.js';
import { articleSignature } from '../../src/corpus/signature.js';
import { goldParagraphs, text, withDateline, withLine } from './articles.js';

const options = resolveCorpusDedupOptions();
const item = (id: string, value: string): ClusterItem => ({ id, signature: articleSignature(value, options) });

const ORIGINAL = goldParagraphs('001');
const CUT = text(ORIGINAL.slice(0, 9));
const FULL = text(ORIGINAL);
const UPDATED = text(withLine(ORIGINAL, 12, 'Polisi kini memeriksa kedelapan remaja itu bersama orang tua mereka di Mapolresta Bogor Kota.'));

const ITEMS = [
  item('a/cut.txt', CUT),
  item('b/other.txt', text(goldParagraphs('006'))),
  item('c/updated.txt', UPDATED),
  item('d/full.txt', FULL),
  item('e/exact.txt', FULL.toUpperCase()),
  item('f/moved.txt', text(withDateline(goldParagraphs('006'), 'TEMPO.CO, Jakarta - '))),
];

describe('corpus → clusterArticles (keep: longest)', () => {
  it('keeps the longest copy of each story, whichever came first', () => {
    expect(clusterArticles(ITEMS)).toEqual([
      { kept: 'b/other.txt', duplicates: [{ id: 'f/moved.txt', method: 'near', similarity: expect.any(Number) }] },
      {
        kept: 'c/updated.txt',
        duplicates: [
          { id: 'a/cut.txt', method: 'near', similarity: expect.any(Number) },
          { id: 'd/full.txt', method: 'near', similarity: expect.any(Number) },
          { id: 'e/exact.txt', method: 'near', similarity: expect.any(Number) },
        ],
      },
    ]);
  });

  it('reports exact copies of the kept one as exact, and similarities to the kept one', () => {
    const [cluster] = clusterArticles([item('a.txt', CUT), item('b.txt', FULL), item('c.txt', FULL.replace(/\s+/g, ' '))]);
    expect(cluster?.kept).toBe('b.txt');
    expect(cluster?.duplicates).toEqual([
      { id: 'a.txt', method: 'near', similarity: expect.any(Number) },
      { id: 'c.txt', method: 'exact', similarity: 1 },
    ]);
    expect(cluster?.duplicates[0]?.similarity).toBeGreaterThan(options.threshold);
  });

  it('breaks a tie in length by path', () => {
    const [cluster] = clusterArticles([item('z.txt', FULL), item('m.txt', FULL.toUpperCase()), item('q.txt', FULL)]);
    expect(cluster?.kept).toBe('m.txt');
  });

  it('gives the same clusters whatever the order of the items', () => {
    const expected = clusterArticles(ITEMS);
    for (const order of [[5, 4, 3, 2, 1, 0], [3, 0, 5, 1, 4, 2], [2, 5, 0, 4, 1, 3]]) {
      expect(clusterArticles(order.map((i) => ITEMS[i] as ClusterItem))).toEqual(expected);
    }
  });

  it('joins a copy to its original past an earlier candidate that fails verification', () => {
    // The copy shares bands with the two-paragraph quote (checked first: too short at minShingles 80)
    // and with the original.
    const quote = item('a.txt', text(ORIGINAL.slice(6, 8)));
    const copy = item('c.txt', text(ORIGINAL.slice(5, 10)));
    const clusters = clusterArticles([quote, item('b.txt', FULL), copy], { minShingles: 80 });
    expect(clusters.map((cluster) => [cluster.kept, ...cluster.duplicates.map((member) => member.id)])).toEqual([['b.txt', 'c.txt']]);
  });

  it('returns no cluster for articles that are all different', () => {
    expect(clusterArticles(['001', '002', '003'].map((name) => item(name, text(goldParagraphs(name)))))).toEqual([]);
  });
});
