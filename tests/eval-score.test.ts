import { describe, expect, it } from 'vitest';
import {
  commonPrefix,
  commonSuffix,
  pairMangled,
  prf,
  scoreDocument,
  textLines,
  totalScores,
} from '../scripts/lib/score.js';

describe('scripts → score', () => {
  describe('.textLines', () => {
    it('drops only the one terminating newline', () => {
      expect(textLines('a\nb\n')).toEqual(['a', 'b']);
      expect(textLines('a\nb')).toEqual(['a', 'b']);
      expect(textLines('a\n\nb\n\n')).toEqual(['a', '', 'b', '']);
      expect(textLines('')).toEqual([]);
      expect(textLines('\n')).toEqual(['']);
    });
  });

  describe('.scoreDocument', () => {
    it('scores an identical text as exact with P = R = F1 = 1', () => {
      const score = scoreDocument('x', 'Satu.\nDua.\n', 'Satu.\nDua.\n');
      expect(score).toMatchObject({ exact: true, matched: 2, precision: 1, recall: 1, f1: 1, lost: [], extra: [] });
    });

    it('needs identical bytes for an exact match, even when every line matches', () => {
      const noFinalNewline = scoreDocument('x', 'Satu.\nDua.', 'Satu.\nDua.\n');
      expect(noFinalNewline.exact).toBe(false);
      expect(noFinalNewline.f1).toBe(1);
      const reordered = scoreDocument('x', 'Dua.\nSatu.\n', 'Satu.\nDua.\n');
      expect(reordered.exact).toBe(false);
      expect(reordered.lost).toEqual([]);
    });

    it('lowers recall and lists the gold line when one is missing', () => {
      const score = scoreDocument('x', 'Satu.\nTiga.\n', 'Satu.\nDua.\nTiga.\n');
      expect(score.recall).toBeCloseTo(2 / 3);
      expect(score.precision).toBe(1);
      expect(score.lost).toEqual(['Dua.']);
      expect(score.extra).toEqual([]);
    });

    it('lowers precision and lists the output line when boilerplate is kept', () => {
      const score = scoreDocument('x', 'Satu.\nBaca juga: Judul\nDua.\n', 'Satu.\nDua.\n');
      expect(score.precision).toBeCloseTo(2 / 3);
      expect(score.recall).toBe(1);
      expect(score.extra).toEqual(['Baca juga: Judul']);
    });

    it('matches each line at most once: a duplicated output line counts once', () => {
      const score = scoreDocument('x', 'Satu.\nSatu.\nDua.\n', 'Satu.\nDua.\n');
      expect(score.matched).toBe(2);
      expect(score.precision).toBeCloseTo(2 / 3);
      expect(score.extra).toEqual(['Satu.']);
    });

    it('needs a repeated gold line to appear as often in the output', () => {
      const score = scoreDocument('x', 'A.\nB.\n', 'A.\nB.\nA.\n');
      expect(score.matched).toBe(2);
      expect(score.lost).toEqual(['A.']);
    });

    it('counts a mangled line as one lost and one extra line', () => {
      const gold = 'Bimtek diharapkan bisa menumbuhkan terjalinnya keselarasan.\n';
      const score = scoreDocument('x', 'Bimtek diharapkan bisa menumbuhkan\nterjalinnya keselarasan.\n', gold);
      expect(score.lost).toEqual(['Bimtek diharapkan bisa menumbuhkan terjalinnya keselarasan.']);
      expect(score.extra).toHaveLength(2);
      expect(score.f1).toBe(0);
    });

    it('does not trim: whitespace differences are differences', () => {
      const score = scoreDocument('x', '\tSatu. \n', 'Satu.\n');
      expect(score.lost).toEqual(['Satu.']);
      expect(score.extra).toEqual(['\tSatu. ']);
    });

    it('scores an empty output for a non-empty gold as recall 0, F1 0', () => {
      const score = scoreDocument('x', '', 'Satu.\n');
      expect(score).toMatchObject({ recall: 0, f1: 0, lost: ['Satu.'], exact: false });
    });
  });

  describe('.prf', () => {
    it('treats an empty denominator as nothing to get wrong', () => {
      expect(prf(0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
      expect(prf(0, 3, 0)).toEqual({ precision: 0, recall: 1, f1: 0 });
    });
  });

  describe('.totalScores', () => {
    it('micro-averages: line counts are summed before dividing', () => {
      // doc a: 1 of 1 gold line, 1 output line; doc b: 1 of 3 gold lines, 1 output line.
      const a = scoreDocument('a', 'X.\n', 'X.\n');
      const b = scoreDocument('b', 'P.\n', 'P.\nQ.\nR.\n');
      const totals = totalScores([a, b]);
      expect(totals.recall).toBeCloseTo(2 / 4); // macro would be (1 + 1/3) / 2 = 0.667
      expect(totals.precision).toBe(1);
      expect(totals.f1).toBeCloseTo((2 * 1 * 0.5) / 1.5);
      expect(totals).toMatchObject({ documents: 2, exact: 1, exactRate: 0.5, lostLines: 2, extraLines: 0 });
      expect(totals.documentsWithLoss).toEqual(['b']);
    });

    it('scores no documents as perfect rather than dividing by zero', () => {
      expect(totalScores([])).toMatchObject({ documents: 0, exactRate: 1, f1: 1 });
    });
  });

  describe('.pairMangled', () => {
    it('pairs a lost line with the extra line it was mangled into, and says where they part', () => {
      const lost = ['JAKARTA, KOMPAS.com - Direktur Eksekutif bicara.', 'Paragraf hilang sama sekali.'];
      const extra = ['Baca juga: Judul lain', 'JAKARTA, KOMPAS.com - Direktur Eksekutif'];
      const pairs = pairMangled(lost, extra);
      expect(pairs).toEqual([{ lost: lost[0], extra: extra[1], at: 'JAKARTA, KOMPAS.com - Direktur Eksekutif'.length }]);
    });

    it('pairs on a shared ending too, and never reuses an extra line', () => {
      const tail = ' seperti dikutip dari laman resmi NBA.';
      const pairs = pairMangled(['A' + tail, 'B' + tail], ['C' + tail]);
      expect(pairs).toHaveLength(1);
      expect(pairs[0]?.at).toBe(0);
    });

    it('leaves lines alone when they share less than the minimum', () => {
      expect(pairMangled(['Satu dua tiga.'], ['Satu dua empat.'])).toEqual([]);
    });
  });

  it('.commonPrefix / .commonSuffix count UTF-16 units', () => {
    expect(commonPrefix('abcd', 'abxd')).toBe(2);
    expect(commonPrefix('ab', 'abc')).toBe(2);
    expect(commonSuffix('xbcd', 'ybcd')).toBe(3);
    expect(commonSuffix('', 'a')).toBe(0);
  });
});
