/**
 * The fixture runner: every `fixtures/pipeline/<case>.raw.txt` must clean to exactly its
 * `<case>.clean.txt`, cleaning the output again must change nothing, and `keep-*` cases must come
 * out as they went in (no drop, cut or merge edits; a `flag` only reports).
 */

import { describe, expect, it } from 'vitest';
import { createCleaner } from '../src/clean.js';
import { fixtureCases } from './helpers/fixture-cases.js';

const cleaner = createCleaner();
const cases = fixtureCases(new URL('../fixtures/pipeline/', import.meta.url).pathname);

describe('fixtures/pipeline', () => {
  it('has cases, including keep-* cases', () => {
    expect(cases.length).toBeGreaterThan(5);
    expect(cases.some((fixture) => fixture.name.startsWith('keep-'))).toBe(true);
  });

  for (const fixture of cases) {
    describe(fixture.name.replace(/-/g, ' '), () => {
      const result = cleaner.clean(fixture.raw, fixture.name);

      it('cleans to the expected text', () => {
        expect(result.text).toBe(fixture.clean);
      });

      it('is idempotent', () => {
        expect(cleaner.clean(result.text).text).toBe(result.text);
      });

      if (fixture.name.startsWith('keep-')) {
        it('leaves the text unchanged', () => {
          expect(result.text).toBe(fixture.raw);
          // Flags (a recognised dateline) are reports, not changes.
          expect(result.edits.filter((edit) => edit.action !== 'flag')).toEqual([]);
        });
      }
    });
  }
});
