/** PackedStrings: every string comes back exactly, whatever its characters or length, across chunks. */

import { describe, expect, it } from 'vitest';
import { PackedStrings } from '../../src/corpus/packed-strings.js';

describe('PackedStrings', () => {
  it('gives back every string pushed, in order, across chunks', () => {
    const strings = Array.from({ length: 30_000 }, (_, index) => `kompas/${index % 17}/artikel-${index}.txt`);
    const packed = new PackedStrings();
    for (const value of strings) packed.push(value);
    expect(packed.length).toBe(strings.length);
    expect(packed.get(0)).toBe(strings[0]);
    expect(packed.get(29_999)).toBe(strings[29_999]);
    expect([...packed]).toEqual(strings);
  });

  it('keeps any text exactly: non-Latin letters, emoji, an empty string, a lone surrogate, a string longer than a chunk', () => {
    const strings = ['berita/ß-ü.txt', '新闻/文章.txt', 'emoji 🙂 👍', '', 'broken \uD800 name', `${'x'.repeat(300_000)}é`, 'end'];
    const packed = new PackedStrings();
    for (const value of strings) packed.push(value);
    expect([...packed]).toEqual(strings);
  });

  it('refuses an index it does not hold', () => {
    const packed = new PackedStrings();
    packed.push('a');
    expect(() => packed.get(1)).toThrow(RangeError);
    expect(() => packed.get(-1)).toThrow(RangeError);
  });
});
