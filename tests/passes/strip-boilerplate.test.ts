import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/options.js';
import { stripBoilerplate } from '../../src/passes/strip-boilerplate.js';
import { runPass, textsOf } from '../helpers/run-pass.js';

const BODY = Array.from({ length: 12 }, (_, index) => `Paragraf isi berita nomor ${index + 1} berisi kalimat yang lengkap.`);

describe('passes → boilerplate', () => {
  it('drops a line rule match anywhere and reports its rule id', () => {
    const output = runPass(stripBoilerplate, [BODY[0] as string, 'Baca juga: Harga Emas Naik', BODY[1] as string]);
    expect(textsOf(output)).toEqual([BODY[0], BODY[1]]);
    expect(output.edits).toEqual([expect.objectContaining({ pass: 'boilerplate', rule: 'common/baca-juga', action: 'drop', from: [2] })]);
  });

  it('cuts an inline marker and keeps the content before it', () => {
    const output = runPass(stripBoilerplate, ['Harga cabai naik, kata dia. Baca juga: Harga Bawang Turun']);
    expect(textsOf(output)).toEqual(['Harga cabai naik, kata dia.']);
    expect(output.edits[0]).toMatchObject({ action: 'cut', rule: 'common/baca-juga-inline', text: 'Baca juga: Harga Bawang Turun' });
  });

  it('takes the related titles under a bare marker, but not the prose after them', () => {
    const lines = ['Baca Juga', 'Harga Emas Antam Hari Ini Naik Rp 5.000', 'Jokowi Resmikan Tol Baru', 'Pemerintah menyiapkan anggaran untuk program itu tahun depan.'];
    expect(textsOf(runPass(stripBoilerplate, lines))).toEqual([lines[3]]);
    const colon = ['Baca juga:', 'Polisi Sebut Gangster Dulis di Bogor Belum Pernah Terlibat Tawuran', 'Namun, jika tidak diarahkan dengan baik, perilaku ini bergeser.'];
    expect(textsOf(runPass(stripBoilerplate, colon))).toEqual([colon[2]]);
    const fragment = ['Baca juga:', 'Polisi Tahan Pelaku Pemerkosaan di NTT', 'Sebelumnya, Aipda PS', 'resmi ditahan oleh Propam.'];
    expect(textsOf(runPass(stripBoilerplate, fragment))).toEqual(fragment.slice(2));
    const bare = ['Baca Juga', 'Harga Emas Antam Naik', 'Sebelumnya, Aipda PS', 'resmi ditahan oleh Propam.'];
    expect(textsOf(runPass(stripBoilerplate, bare))).toEqual(bare.slice(2));
    const sentenceCase = ['Baca juga:', 'Pemerintah target bangun 500 politeknik', BODY[0] as string];
    expect(textsOf(runPass(stripBoilerplate, sentenceCase))).toEqual([BODY[0]]);
    // Antara: the link under an empty "Baca juga:" was lost; after the blank lines comes the article again.
    const gap = stripBoilerplate.run({ id: 'x', site: undefined, lines: [{ text: 'Baca juga:', from: [1] }, { text: 'Lumbung suara Jokowi', from: [3] }] }, resolveOptions());
    expect(textsOf(gap)).toEqual(['Lumbung suara Jokowi']);
    const empty = ['Baca juga:', 'Wasit kemudian meninjau tayangan ulang laga itu.'];
    expect(textsOf(runPass(stripBoilerplate, empty))).toEqual([empty[1]]);
  });

  it('applies footer (tail) rules only in the last lines, and swallows the short footer lines after them', () => {
    const footer = ['Artikel ini telah tayang di Kompas.com dengan judul "Harga Naik"', 'Klik untuk baca:', 'https://example.com/berita'];
    expect(textsOf(runPass(stripBoilerplate, [...BODY, ...footer]))).toEqual(BODY);
    const early = [BODY[0] as string, ...footer, ...BODY.slice(1)];
    const output = runPass(stripBoilerplate, early);
    expect(textsOf(output)).toEqual([BODY[0], footer[1], footer[2], ...BODY.slice(1)]);
    expect(output.edits.map((edit) => edit.rule)).toEqual(['common/syndication-note-line']);
  });

  it('stops a footer block at a long line of prose', () => {
    const prose = 'Paragraf ini panjang sekali dan jelas merupakan isi berita yang tidak boleh hilang karena memuat keterangan saksi di lokasi kejadian.';
    expect(textsOf(runPass(stripBoilerplate, [...BODY, 'Artikel ini telah tayang di Tribunnews.com', prose]))).toEqual([...BODY, prose]);
  });

  it('applies credit rules at the edges only', () => {
    expect(textsOf(runPass(stripBoilerplate, [...BODY, 'Sumber: Antara']))).toEqual(BODY);
    const middle = [...BODY.slice(0, 4), 'Sumber: Antara', ...BODY.slice(4)];
    expect(textsOf(runPass(stripBoilerplate, middle))).toEqual(middle);
  });

  it('leaves a lower-case fragment that continues an unfinished line, whatever its words', () => {
    const lines = ['Simak', 'breaking news', 'dan', 'berita pilihan', 'kami langsung di ponselmu.'];
    expect(textsOf(runPass(stripBoilerplate, lines))).toEqual(lines);
  });

  it('applies site rules only to their site, and honours disabled rules', () => {
    const line = 'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu.';
    const ruleFor = (site: string): string | undefined => runPass(stripBoilerplate, [BODY[0] as string, line], {}, site).edits[0]?.rule;
    expect(ruleFor('kompas')).toBe('kompas/whatsapp-channel');
    expect(ruleFor('detik')).toBe('common/follow-prompt');
    expect(textsOf(runPass(stripBoilerplate, [BODY[0] as string, line], { disabledRules: ['common/follow-prompt'] }, 'detik'))).toEqual([BODY[0], line]);
    expect(textsOf(runPass(stripBoilerplate, ['ADVERTISEMENT'], { disabledRules: ['common/ads-and-scroll'] }))).toEqual(['ADVERTISEMENT']);
  });

  it('drops a caption above a Tribun dateline but keeps a headline there', () => {
    const lead = 'SERAMBINEWS.COM, JAKARTA - Megawati bertemu Mahfud MD di Teuku Umar.';
    const caption = 'Foto pertemuan Megawati dengan Mahfud MD di kediaman Megawati, Jakarta.';
    expect(textsOf(runPass(stripBoilerplate, [caption, lead], {}, 'tribun'))).toEqual([lead]);
    expect(textsOf(runPass(stripBoilerplate, ['Megawati Bertemu Mahfud MD', lead], {}, 'tribun'))).toEqual(['Megawati Bertemu Mahfud MD', lead]);
  });

  it('takes the caption above and the credit below a bare photo marker, and nothing more', () => {
    const lines = [BODY[0] as string, 'Ilustrasi emas batangan.', 'Photo :', 'VIVA.co.id/Anisa Rahmawati', BODY[1] as string];
    const output = runPass(stripBoilerplate, lines);
    expect(textsOf(output)).toEqual([BODY[0], BODY[1]]);
    expect(output.edits.map((edit) => [edit.rule, edit.from[0]])).toEqual([['common/photo-marker', 2], ['common/photo-marker', 3], ['common/photo-marker', 4]]);
    const longAbove = [`${BODY[0] as string} ${BODY[1] as string}`, 'Photo :', 'Pixabay'];
    expect(textsOf(runPass(stripBoilerplate, longAbove))).toEqual([longAbove[0]]);
  });

  it('does not take ordinary words for a share bar where the sentence above is unfinished', () => {
    expect(textsOf(runPass(stripBoilerplate, ['Video itu diunggah di', 'Facebook', 'pada Senin malam.']))).toEqual(['Video itu diunggah di', 'Facebook', 'pada Senin malam.']);
    expect(textsOf(runPass(stripBoilerplate, ['Bagikan', 'Facebook', 'X', 'WhatsApp', BODY[0] as string]))).toEqual([BODY[0]]);
  });
});
