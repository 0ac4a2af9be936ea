import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { foldedWordHashes, hashWord, wordsOf } from '../src/text/words.js';
import { memoryProperty } from './helpers/fast-check-settings.js';

/** The definition `foldedWordHashes` must meet, built the slow way. */
const reference = (text: string): number[] => wordsOf(text.toLowerCase()).map(hashWord);

/** Characters that test the folding: ASCII, accented and dotted capitals, Greek sigma, emoji, marks. */
const tricky = fc.constantFrom('A', 'z', 'Ü', 'é', 'İ', 'ı', 'Σ', 'ς', 'ẞ', 'ǅ', '😀', '\u0301', '“', '”', '’', '-', ' ', '.', '7', 'Ⅻ', 'Ⓐ', '\uD800');
const text = fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 }), tricky), { maxLength: 30 }).map((parts) => parts.join(''));

describe('text → foldedWordHashes', () => {
  it('hashes the lower-cased words of plain text', () => {
    expect(foldedWordHashes('Baca Juga: KPU')).toEqual(['baca', 'juga', 'kpu'].map(hashWord));
  });

  // "İ" lower-cases to two code units; a final "Σ" to "ς", elsewhere to "σ".
  it.each(['İSTANBUL', 'ΟΔΟΣ ΣΟΦΙΑ'])('takes the slow path where a letter cannot be lower-cased alone: %s', (sample) => {
    expect(foldedWordHashes(sample)).toEqual(reference(sample));
  });

  test.prop([text], memoryProperty)('equals hashing the words of the lower-cased text', (sample) => {
    expect(foldedWordHashes(sample)).toEqual(reference(sample));
  });
});
