/** The pool of cleaning workers: the same outcomes as cleaning in this thread, text or bytes, new options between batches, and a batch a worker runs out of memory on is cleaned here instead. */

import { describe, expect, it } from 'vitest';
import type { Batch } from '../src/io/clean-job.js';
import { createCleanPool } from '../src/io/clean-pool.js';

const ARTICLE = 'Pemerintah daerah membuka pendaftaran beasiswa bagi pelajar berprestasi tahun ini.\nBaca juga: Harga cabai naik\n';

/** A long article of distinct lines (about 100 bytes each). */
function longArticle(lines: number): string {
  const words = ['banjir', 'warga', 'pesisir', 'pemerintah', 'bantuan', 'sekolah', 'jalan', 'pasar', 'harga', 'petani', 'nelayan', 'desa'];
  const line = (i: number): string => `${Array.from({ length: 14 }, (_, k) => `${words[(i * 7 + k * 3 + (i >> k % 5)) % words.length] ?? ''}${k === 3 ? ` ${i}` : ''}`).join(' ')}.`;
  return `${Array.from({ length: lines }, (_, i) => line(i)).join('\n')}\n`;
}

/** A batch with one article as text and one as the bytes of a file. */
function mixedBatch(text: string): Batch {
  const bytes = new TextEncoder().encode(text);
  return { jobs: [{ id: 'a.jsonl:1', text: ARTICLE }, { id: 'b.txt', start: 0, end: bytes.byteLength }], bytes: bytes.buffer };
}

describe('createCleanPool', () => {
  it('cleans text and bytes alike, on workers as in this thread', async () => {
    const inline = await createCleanPool({}, 1).clean(mixedBatch(ARTICLE));
    const pool = createCleanPool({}, 2);
    try {
      expect(await pool.clean(mixedBatch(ARTICLE))).toEqual(inline);
    } finally {
      await pool.close();
    }
    expect(inline[0]).toEqual(inline[1]);
    expect(inline[0]).toMatchObject({ linesIn: 2, linesOut: 1 });
  });

  it('cleans the batches after setOptions with the new options, on the same workers; not while a batch is pending', async () => {
    const pool = createCleanPool({}, 2);
    try {
      expect((await pool.clean(mixedBatch(ARTICLE)))[0]).toMatchObject({ linesOut: 1 });
      pool.setOptions({ boilerplate: false });
      const kept = await pool.clean(mixedBatch(ARTICLE));
      expect(kept).toEqual(await createCleanPool({ boilerplate: false }, 1).clean(mixedBatch(ARTICLE)));
      expect(kept[0]).toMatchObject({ linesOut: 2 });
      const pending = pool.clean(mixedBatch(ARTICLE));
      expect(() => pool.setOptions({})).toThrow(/between its batches/);
      await pending;
    } finally {
      await pool.close();
    }
  });

  it('a file that is not text is a failure of its own, not of the batch', async () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x41, 0x00]);
    const outcomes = await createCleanPool({}, 1).clean({ jobs: [{ id: 'u16.txt', start: 0, end: 4 }, { id: 'b', text: ARTICLE }], bytes: bytes.buffer });
    expect(outcomes[0]).toEqual({ failure: { code: 'utf16', message: expect.stringContaining('UTF-16') } });
    expect(outcomes[1]).toMatchObject({ linesOut: 1 });
  });

  it('a batch a worker runs out of memory on is cleaned in this thread, with the same outcomes, and the pool goes on', async () => {
    // 1 MB of lines needs far more than 16 MB of heap to clean.
    const batch = mixedBatch(longArticle(10_000));
    const inline = await createCleanPool({}, 1).clean(batch);
    const pool = createCleanPool({}, 2, { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 8 });
    try {
      expect(await pool.clean(batch)).toEqual(inline);
      expect(await pool.clean(mixedBatch(ARTICLE))).toEqual(await createCleanPool({}, 1).clean(mixedBatch(ARTICLE)));
    } finally {
      await pool.close();
    }
  });
});
