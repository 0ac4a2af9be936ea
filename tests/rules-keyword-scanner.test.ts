import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { KeywordScanner, type KeywordPlace } from '../src/rules/keyword-scanner.js';
import { wordsOf } from '../src/text/words.js';
import { memoryProperty } from './helpers/fast-check-settings.js';

const NEAR_START_WORDS = 3;

interface Keyword {
  readonly word: string;
  readonly place: KeywordPlace;
  readonly values: readonly number[];
}

/** What the scanner must find, the obvious way: a substring of the lower-cased text, or one of its first words. */
function reference(keywords: readonly Keyword[], text: string): number[] {
  const lower = text.toLowerCase();
  const firstWords = wordsOf(lower, NEAR_START_WORDS);
  return keywords
    .filter((keyword) => (keyword.place === 'anywhere' ? lower.includes(keyword.word) : firstWords.includes(keyword.word)))
    .flatMap((keyword) => keyword.values);
}

/** The distinct values the scanner reports, sorted (it may report a keyword once per occurrence). */
function found(scanner: KeywordScanner, text: string): number[] {
  return [...new Set(scanner.scan(text).flat())].sort((a, b) => a - b);
}

describe('rules → KeywordScanner', () => {
  const scanner = new KeywordScanner(
    [
      { word: 'juga', place: 'anywhere', values: [1] },
      { word: 'bacajuga', place: 'anywhere', values: [2] },
      { word: 'baca', place: 'near-start', values: [3] },
      { word: 'editor', place: 'near-start', values: [4] },
      { word: 'c', place: 'near-start', values: [5] },
    ],
    NEAR_START_WORDS,
  );

  it('finds an anywhere keyword inside a longer word, and overlapping keywords', () => {
    expect(found(scanner, 'Artikel ini. BacaJuga: Judul')).toEqual([1, 2]);
  });

  it('finds a near-start keyword only as a whole word among the first words', () => {
    expect(found(scanner, 'Baca: judul')).toEqual([3]);
    expect(found(scanner, 'Bacaan ringan')).toEqual([]);
    expect(found(scanner, 'Ini kata editor')).toEqual([4]);
    expect(found(scanner, 'Ini kata sang editor')).toEqual([]);
    expect(found(scanner, '(c) 2024 dan cek')).toEqual([5]);
  });

  it('folds capitals, and falls back to lower-casing the text where a letter cannot be folded alone', () => {
    expect(found(scanner, 'EDITOR: İsmail')).toEqual([4]);
  });

  const alphabet = fc.constantFrom('a', 'b', 'c', 'A', 'B', ' ', '.', 'İ', 'é', 'É');
  const word = fc.array(fc.constantFrom('a', 'b', 'c', 'é'), { minLength: 1, maxLength: 3 }).map((chars) => chars.join(''));
  const keywords = fc.uniqueArray(fc.record({ word, place: fc.constantFrom<KeywordPlace>('anywhere', 'near-start') }), {
    maxLength: 8,
    selector: (keyword) => `${keyword.place} ${keyword.word}`,
  });
  const text = fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join(''));

  test.prop([keywords, text], memoryProperty)('finds exactly what the obvious search finds', (drawn, sample) => {
    const numbered = drawn.map((keyword, index) => ({ ...keyword, values: [index] }));
    expect(found(new KeywordScanner(numbered, NEAR_START_WORDS), sample)).toEqual(reference(numbered, sample).sort((a, b) => a - b));
  });
});
