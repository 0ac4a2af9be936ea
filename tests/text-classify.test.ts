import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { endsSentence } from '../src/text/classify.js';
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
