/**
 * Properties of the whole per-article pipeline on every fixture and dev-set article: each raw line
 * is accounted for, order is kept, every option switches its pass off.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../src/clean.js';
import { defaultPipeline } from '../src/default-pipeline.js';
import { splitRawLines } from '../src/text/lines.js';
import { fixtureCases } from './helpers/fixture-cases.js';

const devDir = new URL('../fixtures/dev/raw/', import.meta.url).pathname;
const articles = [
  ...fixtureCases(new URL('../fixtures/pipeline/', import.meta.url).pathname).map((fixture) => [fixture.name, fixture.raw] as const),
  ...readdirSync(devDir).sort().map((file) => [`dev/${file}`, readFileSync(devDir + file, 'utf8')] as const),
];

describe('pipeline', () => {
  it('lists its passes in the order: normalize, boilerplate, merge, boilerplate, dedup, dateline', () => {
    expect(defaultPipeline.map((step) => step.pass.id)).toEqual(['normalize', 'boilerplate', 'merge', 'boilerplate', 'dedup', 'dateline']);
  });

  describe.each(articles)('%s', (_name, raw) => {
    const result = createCleaner().clean(raw);

    it('accounts for every raw line: kept (maybe joined) or removed by a named edit', () => {
      const kept = result.lines.flatMap((line) => line.from);
      const removed = result.edits.filter((edit) => edit.action === 'drop').flatMap((edit) => edit.from);
      const all = [...kept, ...removed].sort((a, b) => a - b);
      expect(all).toEqual(splitRawLines(raw).map((line) => line.from[0]));
      for (const edit of result.edits) expect(edit.rule).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
    });

    it('keeps paragraphs in their input order', () => {
      const firsts = result.lines.map((line) => line.from[0] ?? 0);
      expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    });

    it('invents no words: every output word is in the input', () => {
      const inputWords = new Set(raw.normalize('NFC').split(/\s+/));
      const joinedInput = raw.normalize('NFC').replace(/\s+/g, '');
      for (const line of result.lines) {
        for (const word of line.text.split(' ')) {
          if (!inputWords.has(word)) expect(joinedInput).toContain(word.replace(/-/g, ''));
        }
      }
    });
  });

  it('switches passes off with their options', () => {
    const raw = 'Berita ini penting sekali untuk\nsemua warga.\nBaca juga: Judul Lain\nBerita ini penting sekali untuk\nsemua warga.\n';
    expect(createCleaner({ boilerplate: false }).clean(raw).text).toContain('Baca juga: Judul Lain');
    expect(createCleaner({ merge: false }).clean(raw).text).toBe('Berita ini penting sekali untuk\nsemua warga.\n');
    expect(createCleaner({ dedup: false }).clean(raw).text).toBe('Berita ini penting sekali untuk semua warga.\nBerita ini penting sekali untuk semua warga.\n');
    expect(createCleaner().clean(raw).text).toBe('Berita ini penting sekali untuk semua warga.\n');
  });

  it('returns empty text when nothing is left, and reports the detected site', () => {
    const result = createCleaner().clean('Baca juga: Judul\nADVERTISEMENT\n');
    expect(result.text).toBe('');
    expect(createCleaner().clean('Jakarta (ANTARA) - Harga naik.\n').site).toBe('antara');
    expect(createCleaner({ site: 'kompas' }).clean('Jakarta (ANTARA) - Harga naik.\n').site).toBe('kompas');
  });
});

describe('createCleaner → option checks', () => {
  it('refuses an unknown site or rule id, naming it', () => {
    expect(() => createCleaner({ site: 'nope' })).toThrow(/unknown site "nope"/);
    expect(() => createCleaner({ disabledRules: ['common/baca-juga', 'typo/x'] })).toThrow(/unknown rule "typo\/x"/);
    expect(() => createCleaner({ nearDuplicateThreshold: 2 })).toThrow(/nearDuplicateThreshold/);
  });
});
