import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { endsSentence } from '../src/text/classify.js';
import { wordCount } from '../src/text/lines.js';
import { memoryProperty } from './helpers/fast-check-settings.js';

/** The definition: final punctuation, then only closing quotes or brackets. */
const SENTENCE_END_RE = /[.!?…]["'”’»)\]]*$/u;

describe('text → endsSentence', () => {
  it.each(['Harga naik.', 'Benarkah?"', 'Ya!)', 'Lalu…”', 'Kata dia.’»'])('a sentence ends: %s', (text) => {
    expect(endsSentence(text)).toBe(true);
  });

  it.each(['', '"', 'Harga naik', 'Harga naik,', 'Harga. naik', '(foto)'])('no sentence ends: %s', (text) => {
    expect(endsSentence(text)).toBe(false);
  });

  const text = fc.array(fc.constantFrom('a', ' ', '.', '!', '?', '…', '"', "'", '”', '’', '»', ')', ']', '(', ',', '😀'), { maxLength: 12 }).map((chars) => chars.join(''));
  test.prop([text], memoryProperty)('agrees with the pattern that defines it', (sample) => {
    expect(endsSentence(sample)).toBe(SENTENCE_END_RE.test(sample));
  });
});

describe('text → wordCount', () => {
  const spaces = [' ', '\t', '\n', '\u00A0', '\u2003', '\u3000', '\uFEFF', '\u2028'];
  const text = fc.array(fc.constantFrom('a', 'B', '.', '😀', '\u200B', ...spaces), { maxLength: 16 }).map((chars) => chars.join(''));

  it('counts words between any white space', () => {
    expect(wordCount('  Baca\u00A0juga:\tJudul  ')).toBe(3);
    expect(wordCount(' \u3000 ')).toBe(0);
  });

  test.prop([text], memoryProperty)('agrees with splitting the trimmed text on \\s+', (sample) => {
    const trimmed = sample.trim();
    expect(wordCount(sample)).toBe(trimmed === '' ? 0 : trimmed.split(/\s+/).length);
  });
});
