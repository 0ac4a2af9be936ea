import { describe, expect, it } from 'vitest';
import { dedupParagraphs } from '../../src/passes/dedup-paragraphs.js';
import { runPass, textsOf } from '../helpers/run-pass.js';

const P1 = 'Pemerintah menargetkan pembangunan 500 politeknik baru hingga 2030 untuk tenaga kerja industri.';
const P2 = 'Menteri Perindustrian mengatakan kebutuhan tenaga terampil terus meningkat setiap tahun.';
const P3 = 'Program itu akan dibiayai bersama pemerintah daerah dan swasta mulai tahun depan.';

describe('passes → dedup', () => {
  it('drops a later exact repeat and names the line it repeats', () => {
    const output = runPass(dedupParagraphs, [P1, P2, P3, P2, P3]);
    expect(textsOf(output)).toEqual([P1, P2, P3]);
    expect(output.edits.map((edit) => [edit.rule, edit.from[0]])).toEqual([['dedup/exact-repeat', 4], ['dedup/exact-repeat', 5]]);
    expect(output.edits[0]?.reason).toContain('line 2');
  });

  it('treats case, quotes, spacing and punctuation as the same paragraph', () => {
    expect(textsOf(runPass(dedupParagraphs, ['“Kami siap bertanding besok malam,” ujarnya.', '"Kami  siap bertanding besok malam", ujarnya']))).toHaveLength(1);
  });

  it('keeps short lines that repeat as dialogue', () => {
    const lines = ['Apakah tim siap menghadapi Jepang?', 'Siap.', 'Bagaimana kondisi pemain setelah perjalanan?', 'Siap.'];
    expect(textsOf(runPass(dedupParagraphs, lines))).toEqual(lines);
  });

  it('drops a short line that sits inside a repeated block', () => {
    expect(textsOf(runPass(dedupParagraphs, [P1, 'Lumbung suara', P2, P1, 'Lumbung suara', P2]))).toEqual([P1, 'Lumbung suara', P2]);
  });

  it('drops a teaser contained in the datelined lead, keeping the lead', () => {
    const output = runPass(dedupParagraphs, [P1, `SERAMBINEWS.COM, JAKARTA - ${P1}`, P2]);
    expect(textsOf(output)).toEqual([`SERAMBINEWS.COM, JAKARTA - ${P1}`, P2]);
    expect(output.edits[0]?.rule).toBe('dedup/contained');
  });

  it('drops concatenations of other lines (cascade scrape), keeping each paragraph once', () => {
    const output = runPass(dedupParagraphs, [`${P1} ${P2} ${P3}`, P1, `${P2} ${P3}`, P2, P3]);
    expect(textsOf(output)).toEqual([P1, P2, P3]);
    expect(output.edits.map((edit) => edit.rule)).toEqual(['dedup/concatenation', 'dedup/concatenation']);
  });

  it('drops a near-identical long repeat at the default threshold, not a different paragraph', () => {
    const edited = P1.replace('hingga 2030', 'sampai 2030');
    expect(textsOf(runPass(dedupParagraphs, [P1, P2, edited]))).toEqual([P1, P2]);
    expect(textsOf(runPass(dedupParagraphs, [P1, P2, edited], { nearDuplicateThreshold: 1 }))).toEqual([P1, P2, edited]);
    expect(textsOf(runPass(dedupParagraphs, [P1, P2, P3]))).toEqual([P1, P2, P3]);
  });

  it('respects the minimum word count for exact repeats', () => {
    const line = 'Harga cabai naik lagi hari ini.';
    expect(textsOf(runPass(dedupParagraphs, [line, P1, line], { dedupMinWords: 10 }))).toEqual([line, P1, line]);
    expect(textsOf(runPass(dedupParagraphs, [line, P1, line], { dedupMinWords: 3 }))).toEqual([line, P1]);
  });
});
