import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalizeLines, normalizeLineText } from '../../src/passes/normalize-lines.js';
import { splitRawLines } from '../../src/text/lines.js';
import { memoryProperty } from '../helpers/fast-check-settings.js';
import { runPass, textsOf } from '../helpers/run-pass.js';

describe('passes → normalize', () => {
  it('turns Unicode spaces and tabs into single spaces and trims', () => {
    expect(normalizeLineText('\t\t Jakarta\u00A0(ANTARA)\u2009-  Harga\u3000naik. ')).toBe('Jakarta (ANTARA) - Harga naik.');
  });

  it('removes zero-width characters and soft hyphens but keeps words', () => {
    expect(normalizeLineText('peme\u00ADrintah\u200B daerah\u200D\uFEFF')).toBe('pemerintah daerah');
  });

  // Plain ASCII lines take a shortcut; it must give what the full treatment gives.
  const asciiLine = fc.array(fc.constantFrom('a', 'Z', '.', ' ', '  ', '\t', '-'), { maxLength: 20 }).map((parts) => parts.join(''));
  test.prop([asciiLine], memoryProperty)('collapses spaces and tabs in ASCII text and trims it', (line) => {
    expect(normalizeLineText(line)).toBe(line.replace(/[ \t]+/g, ' ').trim());
  });

  it('composes decomposed letters (NFC)', () => {
    expect(normalizeLineText('cafe\u0301')).toBe('caf\u00E9');
  });

  it('drops blank lines and reports each as an edit with its raw line number', () => {
    const output = runPass(normalizeLines, ['Satu.', '', '  \t ', 'Dua.']);
    expect(textsOf(output)).toEqual(['Satu.', 'Dua.']);
    expect(output.edits.map((edit) => [edit.rule, edit.action, edit.from])).toEqual([
      ['normalize/blank-line', 'drop', [2]],
      ['normalize/blank-line', 'drop', [3]],
    ]);
  });

  it('keeps punctuation and inner text otherwise untouched', () => {
    const line = '"Bimtek (bimbingan teknis) bertujuan ..., " ujar Eko, Senin.';
    expect(textsOf(runPass(normalizeLines, [line]))).toEqual([line]);
  });
});

describe('text → splitRawLines', () => {
  it('splits CRLF, CR, LF and Unicode separators, numbering from 1', () => {
    expect(splitRawLines('a\r\nb\rc\nd\u2028e').map((line) => [line.text, line.from[0]])).toEqual([
      ['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5],
    ]);
  });

  it('strips a byte-order mark and ignores one final line break', () => {
    expect(splitRawLines('\uFEFFa\nb\n').map((line) => line.text)).toEqual(['a', 'b']);
    expect(splitRawLines('')).toEqual([]);
  });
});
